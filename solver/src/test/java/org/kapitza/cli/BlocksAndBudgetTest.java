package org.kapitza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapitza.fv.SteadyResult;
import org.kapitza.io.report.BlockReport;
import org.kapitza.io.report.LayerReport;
import org.kapitza.io.report.ResistanceBudget;
import org.kapitza.io.report.RunReport;
import org.kapitza.mesh.Mesh;

/**
 * The system shall report every floorplan block's mean and maximum temperature (table, summary.json,
 * blocks.csv, a HotSpot {@code .steady} file), and a resistance budget whose parts add up: θ_JA of a
 * one-dimensional stack is the series sum exactly; undeclared perfect contacts are not listed as interfaces.
 */
class BlocksAndBudgetTest {
    private static Pipeline.Outcome run(Path caseFile, Path out, String... sets) throws Exception {
        return new Pipeline(Settings.load()).run(caseFile, List.of(sets), out, "off",
                new PrintStream(java.io.OutputStream.nullOutputStream()));
    }

    @Test
    void blockMeansAreAreaWeightedMeansOfTheCellsSurfaceTemperatures(@TempDir Path dir) throws Exception {
        for (String f : List.of("case.config", "case.flp", "case.ptrace", "hand-written.yaml")) {
            Files.copy(Path.of(BlocksAndBudgetTest.class.getResource("/hotspot/" + f).toURI()), dir.resolve(f));
        }
        Path out = dir.resolve("out");
        Pipeline.Outcome o = run(dir.resolve("hand-written.yaml"), out, "mesh.stack.base.max_cell=3 mm");
        SteadyResult r = o.result();
        Mesh m = r.mesh();
        List<BlockReport> blocks = o.report().blocks();
        assertEquals(11, blocks.size());
        double area = 0;
        double sum = 0;
        for (BlockReport b : blocks) {
            // Independently: each face of the block carries the flux P/A, so its surface lies q d/k above its cell.
            int p = m.patchIndex("die.top." + b.block());
            double a = 0;
            double ta = 0;
            double max = Double.NEGATIVE_INFINITY;
            double q = b.power() / m.patchArea(p);
            for (int i = 0; i < m.patchFaceCount(p); i++) {
                int f = m.patchFace(p, i);
                int c = m.owner(f);
                double t = r.temperature(c) + q * m.ownerDistance(f) / r.conductivity(c, 2);
                a += m.area(f);
                ta += m.area(f) * t;
                max = Math.max(max, t);
            }
            assertEquals(ta / a, b.mean(), 1e-9, b.block());
            assertEquals(max, b.max(), 1e-9, b.block());
            assertTrue(b.max() >= b.mean());
            area += b.area();
            sum += b.area() * b.mean();
        }
        // The blocks tile the die: their area-weighted means are the die's top-surface mean.
        LayerReport die = o.report().layers().stream().filter(l -> l.region().equals("die")).findFirst().orElseThrow();
        assertEquals(die.topMean(), sum / area, 1e-9);
        assertEquals(0.0128 * 0.0128, area, 1e-15);

        // blocks.csv, <name>.steady (HotSpot: name TAB temperature), summary.json
        List<String> csv = Files.readAllLines(out.resolve("blocks.csv"));
        assertEquals("block,surface,area_m2,power_W,mean_K,max_K", csv.get(0));
        assertEquals(12, csv.size());
        String[] core0 = csv.stream().filter(l -> l.startsWith("core0,")).findFirst().orElseThrow().split(",");
        assertEquals(20, Double.parseDouble(core0[3]), 1e-9);
        List<String> steady = Files.readAllLines(out.resolve("hand-written.steady"));
        assertEquals(11, steady.size());
        assertTrue(steady.get(0).matches("bg_s\t3\\d\\d\\.\\d\\d"), steady.get(0));
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals("hot", summary.at("/blocks/2/block").asText());
        assertEquals(blocks.get(2).max(), summary.at("/blocks/2/max").asDouble(), 1e-12);
        assertTrue(summary.at("/budget/addsUp").asBoolean(), summary.at("/budget").toString());
        assertTrue(o.table().contains("Blocks (surface temperature of each floorplan block)"), o.table());
        // No interface is declared: the three perfect contacts are not listed.
        assertTrue(o.report().interfaces().isEmpty(), o.report().interfaces().toString());
        assertFalse(o.table().contains("\nInterfaces\n"), o.table());
    }

    /** Three slabs on 1 mm², a constant R and a thin layer between them, 1 W on top, convection below. */
    private static final String STACK = """
            name: stack-1d
            mesh:
              stack:
                base: {x: 1 mm, y: 1 mm, cells: [3, 3]}
                layers:
                  - {name: a, material: ma, thickness: 1 mm, cells: 3}
                  - {name: b, material: mb, thickness: 0.5 mm, cells: 2}
                  - {name: c, material: mc, thickness: 2 mm, cells: 4}
            materials:
              - {name: ma, k: 10 W/m/K}
              - {name: mb, k: 2 W/m/K}
              - {name: mc, k: 100 W/m/K}
            interfaces:
              - {between: [a, b], model: constant, R: 1e-6 m^2*K/W}
              - {between: [c, b], model: layer, thickness: 10 um, k: 0.5 W/m/K}
            boundaries:
              - {patch: a.bottom, type: convection, h: 1000 W/m^2/K, T_inf: 300 K}
              - {patch: c.top, type: power, P: 1 W}
            output: {vtk: false, case_surface: b.bottom}
            solver: {tolerance: 1e-13}
            """;

    @Test
    void thetaJAOfAOneDimensionalStackIsTheSeriesSum(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("stack.yaml"), STACK);
        Pipeline.Outcome o = run(file, dir.resolve("out"));
        ResistanceBudget b = o.report().budget();
        assertNotNull(b, o.table());
        double a = 1e-6;
        double[] expected = {0, 2e-3 / (100 * a), 10e-6 / 0.5 / a, 0.5e-3 / (2 * a), 1e-6 / a, 1e-3 / (10 * a), 1 / (1000 * a)};
        double series = 0;
        for (double e : expected) series += e;
        assertEquals(series, b.thetaJA(), 1e-9 * series, o.table());
        // Row by row: no hot spot (uniform), layer c, the thin layer c|b, layer b, R of b|a, layer a, convection.
        String[] kinds = {"hot-spot", "layer", "interface", "layer", "interface", "layer", "ambient"};
        assertEquals(kinds.length, b.rows().size(), b.rows().toString());
        for (int i = 0; i < kinds.length; i++) {
            ResistanceBudget.Row row = b.rows().get(i);
            assertEquals(kinds[i], row.kind(), row.toString());
            assertEquals(expected[i], row.resistance(), 1e-9 * series, row.toString());
            assertEquals(1, row.heat(), 1e-9, "every row carries the whole power, junction to ambient: " + row);
        }
        assertEquals("c|b", b.rows().get(2).name());
        assertEquals("b|a", b.rows().get(4).name(), "oriented along the heat, whatever the case's order");
        assertTrue(b.addsUp());
        assertEquals(0, b.spreading(), 1e-9 * series);
        // θ_JC to the bottom of b: everything above it.
        assertEquals(expected[1] + expected[2] + expected[3], b.thetaJC(), 1e-9 * series);
        assertTrue(o.table().contains("adds up within 0.1 %"), o.table());
    }

    @Test
    void aCaseSurfaceThatIsNotALayerSurfaceIsRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("stack.yaml"), STACK.replace("case_surface: b.bottom", "case_surface: b.side"));
        CommandLineTest.Run r = CommandLineTest.run("check", file.toString());
        assertEquals(Main.INVALID_INPUT, r.code());
        assertTrue(r.err().contains("output.case_surface") && r.err().contains("<layer>.top or <layer>.bottom"), r.err());
    }

    @Test
    void heatLeavingByASecondPathIsFlaggedNotHidden(@TempDir Path dir) throws Exception {
        // Half the heat leaves through the top as well: the series parts no longer add up to θ_JA.
        Path file = Files.writeString(dir.resolve("stack.yaml"), STACK.replace("  - {patch: c.top, type: power, P: 1 W}",
                "  - {patch: c.top, type: convection, h: 1000 W/m^2/K, T_inf: 300 K}\n"
                + "sources:\n  - {type: volumetric, region: b, power: 1 W}"));
        RunReport r = run(file, dir.resolve("out")).report();
        assertNotNull(r.budget());
        assertFalse(r.budget().addsUp(), r.budget().toString());
    }

    @Test
    void aTransientRunWritesTheBlocksMeanAtEachOutputTimeAsAHotSpotTtrace(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("t.yaml"), """
                name: blocks-t
                mesh:
                  stack:
                    base: {x: 2 mm, y: 2 mm, cells: [4, 4]}
                    layers:
                      - {name: die, material: silicon, thickness: 0.5 mm, cells: 2}
                boundaries:
                  - {patch: die.bottom, type: temperature, T: 300 K}
                sources:
                  - type: power-map
                    surface: die.top
                    blocks:
                      - {name: left,  x: [0, 1 mm], y: [0, 2 mm], power: 1 W}
                      - {name: right, x: [1 mm, 2 mm], y: [0, 2 mm], power: 0.1 W}
                transient:
                  end: 10 ms
                  initial: {T: 300 K}
                  output: {times: [1 ms, 10 ms]}
                output: {vtk: false}
                """);
        Path out = dir.resolve("out");
        CommandLineTest.Run r = CommandLineTest.run("run", "-q", file.toString(), "-o", out.toString());
        assertEquals(Main.OK, r.code(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("blocks-t.ttrace"));
        assertEquals("left\tright", rows.get(0));
        assertEquals(4, rows.size(), "t = 0 and the two output times: " + rows);
        // At t = 0 the cells are at 300 K; the surface lies q d/k above them once the power is on.
        String[] first = rows.get(1).split("\t");
        String[] last = rows.get(3).split("\t");
        assertTrue(Double.parseDouble(first[0]) >= 300 && Double.parseDouble(first[0]) < Double.parseDouble(last[0]), rows.toString());
        assertTrue(Double.parseDouble(last[0]) > Double.parseDouble(last[1]) && Double.parseDouble(last[1]) > 300, rows.get(3));
    }
}
