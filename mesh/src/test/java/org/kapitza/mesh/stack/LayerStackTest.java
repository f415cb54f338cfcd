package org.kapitza.mesh.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.Mesh;
import org.kapitza.mesh.MeshException;
import org.kapitza.mesh.MeshSummary;
import org.kapitza.mesh.Side;
import org.junit.jupiter.api.Test;

class LayerStackTest {
    private static final double MM = 1e-3;

    /** Sink, spreader, TIM and die of decreasing footprints with a three-block floorplan on the die top. */
    private static LayerStack.Builder chipPackage() {
        return LayerStack.builder()
                .base(60 * MM, 60 * MM).baseCells(48, 48)
                .layer(Layer.of("sink", "copper", 6.9 * MM, 6))
                .layer(Layer.of("spreader", "copper", 1 * MM, 4).on(Footprint.centred(30 * MM, 30 * MM)))
                .layer(Layer.of("tim", "tim", 20e-6, 1).on(Footprint.centred(12.8 * MM, 12.8 * MM)))
                .layer(Layer.of("die", "silicon", 0.15 * MM, 3).on(Footprint.centred(12.8 * MM, 12.8 * MM)))
                .block(new FloorplanBlock("die", Side.TOP, "core0", 1.6 * MM, 4.8 * MM, 6.4 * MM, 9.6 * MM))
                .block(new FloorplanBlock("die", Side.TOP, "core1", 4.8 * MM, 8.0 * MM, 6.4 * MM, 9.6 * MM))
                .block(new FloorplanBlock("die", Side.TOP, "cache", 0, 12.8 * MM, 0, 6.4 * MM));
    }

    /** Equal to round-off: relative 1e-12 (sums of hundreds of face areas). */
    private static void assertRel(double expected, double actual) {
        assertEquals(expected, actual, 1e-12 * Math.abs(expected));
    }

    private static void assertRel(double expected, double actual, String message) {
        assertEquals(expected, actual, 1e-12 * Math.abs(expected), message);
    }

    private static double interfaceArea(MeshSummary s, String a, String b) {
        for (MeshSummary.InterfaceArea i : s.interfaces()) {
            if (i.regionA().equals(a) && i.regionB().equals(b) || i.regionA().equals(b) && i.regionB().equals(a)) {
                return i.area();
            }
        }
        throw new AssertionError("no interface " + a + "|" + b);
    }

    @Test
    void interfaceAreasEqualTheFootprints() {
        Mesh m = chipPackage().build().mesh();
        MeshSummary s = m.summary();
        assertRel(12.8 * 12.8 * MM * MM, interfaceArea(s, "die", "tim"));
        assertRel(12.8 * 12.8 * MM * MM, interfaceArea(s, "tim", "spreader"));
        assertRel(30 * 30 * MM * MM, interfaceArea(s, "spreader", "sink"));
        assertEquals(3, s.interfaces().size(), "only touching layers form interfaces");
    }

    @Test
    void layerPatchesHaveTheirAnalyticAreas() {
        Mesh m = chipPackage().build().mesh();
        assertRel(60 * 60 * MM * MM, m.patchArea(m.patchIndex("sink.bottom")));
        assertRel((60 * 60 - 30 * 30) * MM * MM, m.patchArea(m.patchIndex("sink.top")));
        assertRel((30 * 30 - 12.8 * 12.8) * MM * MM, m.patchArea(m.patchIndex("spreader.top")));
        assertRel(12.8 * 12.8 * MM * MM, m.patchArea(m.patchIndex("die.top")));
        assertRel(4 * 12.8 * MM * 0.15 * MM, m.patchArea(m.patchIndex("die.sides")));
        assertRel(4 * 60 * MM * 6.9 * MM, m.patchArea(m.patchIndex("sink.sides")));
        assertEquals(0, m.patchFaceCount(m.patchIndex("die.bottom")), "the die bottom is covered by the TIM");
        // Box patches.
        assertRel(60 * 60 * MM * MM, m.patchArea(m.patchIndex("zmin")));
        assertRel(12.8 * 12.8 * MM * MM, m.patchArea(m.patchIndex("zmax")));
    }

    @Test
    void floorplanBlocksBecomePatchesAndGridLinesSnapToThem() {
        Mesh m = chipPackage().build().mesh();
        assertRel(3.2 * 3.2 * MM * MM, m.patchArea(m.patchIndex("die.top.core0")));
        assertRel(3.2 * 3.2 * MM * MM, m.patchArea(m.patchIndex("die.top.core1")));
        assertRel(12.8 * 6.4 * MM * MM, m.patchArea(m.patchIndex("die.top.cache")));
        double dieX0 = (60 - 12.8) / 2 * MM;
        for (double edge : new double[] {1.6, 4.8, 8.0, 12.8}) {
            boolean found = false;
            for (int i = 0; i <= m.grid().nx(); i++) found |= Math.abs(m.grid().node(0, i) - (dieX0 + edge * MM)) < 1e-15;
            assertTrue(found, "grid line at block edge x = " + edge + " mm");
        }
    }

    @Test
    void volumesOfActiveCellsEqualTheLayers() {
        LayerStack stack = chipPackage().build();
        Mesh m = stack.mesh();
        double[] v = new double[m.regionCount()];
        for (int c = 0; c < m.cellCount(); c++) if (m.isActive(c)) v[m.region(c)] += m.volume(c);
        assertRel(60 * 60 * 6.9 * 1e-9, v[m.regionId("sink")]);
        assertRel(30 * 30 * 1 * 1e-9, v[m.regionId("spreader")]);
        assertRel(12.8 * 12.8 * 0.02 * 1e-9, v[m.regionId("tim")]);
        assertRel(12.8 * 12.8 * 0.15 * 1e-9, v[m.regionId("die")]);
        assertRel(stack.height(), m.grid().max(2));
        assertRel(6.9 * MM + 1 * MM, stack.bottomOf("tim"));
        assertTrue(m.faceCount(FaceClass.GRAIN_BOUNDARY) == 0);
    }

    private static String refusal(UnaryOperator<LayerStack.Builder> change) {
        MeshException e = assertThrows(MeshException.class, () -> change.apply(chipPackage()).build().mesh());
        return e.getMessage();
    }

    @Test
    void badStacksAreRefusedNamingLayerBlockAndValue() {
        String thick = refusal(b -> b.layer(Layer.of("lid", "copper", -1.5 * MM, 2)));
        assertTrue(thick.contains("layer 'lid'") && thick.contains("thickness") && thick.contains("-1.5"), thick);
        String zero = refusal(b -> b.layer(Layer.of("lid", "copper", 0, 2)));
        assertTrue(zero.contains("layer 'lid'") && zero.contains("thickness"), zero);
        String cells = refusal(b -> b.layer(Layer.of("lid", "copper", 1 * MM, 0)));
        assertTrue(cells.contains("layer 'lid'") && cells.contains("cells"), cells);
        String outside = refusal(b -> b.layer(Layer.of("lid", "copper", 1 * MM, 1)
                .on(new Footprint(20 * MM, 20 * MM, 50 * MM, 0))));
        assertTrue(outside.contains("layer 'lid'") && outside.contains("outside the base") && outside.contains("50"), outside);
        String overlap = refusal(b -> b.block(new FloorplanBlock("die", Side.TOP, "gpu", 4 * MM, 6 * MM, 7 * MM, 8 * MM)));
        assertTrue(overlap.contains("'gpu'") && overlap.contains("overlaps") && overlap.contains("core0"), overlap);
        String blockOut = refusal(b -> b.block(new FloorplanBlock("die", Side.TOP, "io", 12 * MM, 14 * MM, 0, 1 * MM)));
        assertTrue(blockOut.contains("'io'") && blockOut.contains("outside the layer's footprint"), blockOut);
        String noLayer = refusal(b -> b.block(new FloorplanBlock("lid", Side.TOP, "x", 0, 1 * MM, 0, 1 * MM)));
        assertTrue(noLayer.contains("no layer 'lid'"), noLayer);
        String nan = refusal(b -> b.layer(Layer.of("lid", "copper", Double.NaN, 1)));
        assertTrue(nan.contains("layer 'lid'") && nan.contains("NaN"), nan);
        String covered = refusal(b -> b.block(new FloorplanBlock("tim", Side.TOP, "pad", 0, 1 * MM, 0, 1 * MM)));
        assertTrue(covered.contains("'tim.top.pad'") && covered.contains("covered"), covered);
    }
}
