package org.kapitza.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapitza.cli.Pipeline;
import org.kapitza.fv.SteadyResult;

/**
 * The ParaView files explain themselves, read back by VTK's own readers: the names behind the region,
 * material and pair ids and the unit of every array as field data; the jump oriented as the console's
 * (T_A − T_B, A the first region of the rule); the heat entering through every power-map block visible in
 * {@code -boundary.vtp}. Skipped with a message without python3-vtk9 (failed on CI).
 */
class SelfExplainingVtkTest {

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void namesUnitsAndTheConsolesSignAreInTheFiles(@TempDir Path out) throws Exception {
        // two-slab with its interface named from the right: side A is 'right', so the console's jump is
        // T_right − T_left = −25 K, and the file must say the same, not T_minus − T_plus = +25 K.
        Pipeline.Outcome o = ExampleRunner.run("two-slab", out, "interfaces[0].between=[right, left]");
        SteadyResult.InterfaceStats i = o.result().interfaces().get(0);
        assertEquals(-25, i.meanJump(), 1e-9, "console mean jump, T_right − T_left");
        String table = org.kapitza.io.report.ReportTable.format(o.report());
        assertTrue(table.matches("(?s).*right\\|left\\s.*\\s-25\\.000\\s+-25\\.000\\s.*"),
                "mean and max jump both T_right − T_left = −25 K in the console table:\n" + table);
        Path vtr = out.resolve("two-slab.vtr");
        Path vtp = out.resolve("two-slab-interfaces.vtp");
        JsonNode all = VtkOutputTest.read(vtr, vtp);
        JsonNode volume = all.get(vtr.toString());
        assertEquals(List.of("left", "right"), strings(volume.at("/fieldData/region_names")));
        assertEquals(List.of("slab-a", "slab-b"), strings(volume.at("/fieldData/material_names")));
        List<String> units = strings(volume.at("/fieldData/units"));
        volume.get("arrays").fieldNames().forEachRemaining(name ->
                assertTrue(units.stream().anyMatch(u -> u.startsWith(name + ": ")), name + " has no unit in " + units));
        assertTrue(units.contains("T: K") && units.contains("heat_flux: W/m^2"), units.toString());
        JsonNode faces = all.get(vtp.toString());
        assertEquals(-25, faces.at("/arrays/jump/values/0").asDouble(), 1e-9, "the file's jump is the console's");
        assertEquals(362.5, faces.at("/arrays/T_A/values/0").asDouble(), 1e-9);
        assertEquals(387.5, faces.at("/arrays/T_B/values/0").asDouble(), 1e-9);
        assertEquals(-250, faces.at("/arrays/flux_A_to_B/values/0").asDouble(), 1e-9);
        assertEquals(List.of("right|left"), strings(faces.at("/fieldData/pair_names")));
        assertTrue(faces.at("/fieldData/jump_convention/0").asText().startsWith("jump = T_A - T_B"));
        List<String> faceUnits = strings(faces.at("/fieldData/units"));
        faces.get("arrays").fieldNames().forEachRemaining(name ->
                assertTrue(faceUnits.stream().anyMatch(u -> u.startsWith(name + ": ")), name + " has no unit"));
    }

    @Test
    void everyPowerMapBlockShowsItsHeatInTheBoundaryFile(@TempDir Path out) throws Exception {
        ExampleRunner.run("chip-package", out);
        Path b = out.resolve("chip-package-boundary.vtp");
        JsonNode file = VtkOutputTest.read(b).get(b.toString());
        List<String> patches = strings(file.at("/fieldData/patch_names"));
        JsonNode patch = file.at("/arrays/patch/values");
        JsonNode heatIn = file.at("/arrays/heat_in/values");
        JsonNode area = file.at("/arrays/area/values");
        assertTrue(area.isMissingNode(), "no area array: heat is per unit area");
        // Σ heat_in × face area per block = the block's power (the faces' areas from the case's floorplan).
        String[] blocks = {"core0", "core1", "core2", "gpu", "cache", "io"};
        double[] watts = {12, 12, 12, 16, 5, 3};
        double[] blockArea = {3.2e-3 * 4.8e-3, 3.2e-3 * 4.8e-3, 3.2e-3 * 4.8e-3, 7.2e-3 * 5.6e-3, 3.2e-3 * 3.2e-3, 3.2e-3 * 1.6e-3};
        for (int k = 0; k < blocks.length; k++) {
            int id = patches.indexOf("die.top." + blocks[k]);
            assertTrue(id >= 0, blocks[k] + " not among " + patches);
            double flux = Double.NaN;
            int faces = 0;
            for (int q = 0; q < patch.size(); q++) {
                if (patch.get(q).asInt() != id) continue;
                faces++;
                flux = heatIn.get(q).asDouble();
            }
            assertTrue(faces > 0, blocks[k] + " has no face");
            // uniform over the block (a power spread over its area), and that flux times its area is its power
            assertEquals(watts[k], flux * blockArea[k], 1e-6 * watts[k], blocks[k]);
        }
        // the convective sink bottom: heat leaves (negative heat_in) everywhere
        int sink = patches.indexOf("sink.bottom");
        for (int q = 0; q < patch.size(); q++) if (patch.get(q).asInt() == sink) assertTrue(heatIn.get(q).asDouble() < 0);
    }
}
