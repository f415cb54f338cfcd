package org.kapitza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where no heat crosses an interface, grain boundaries or a layer, its resistance is 0/0: the outputs
 * shall say so ("—" in the table with the reason, null in summary.json, an empty CSV field), never
 * NaN or Infinity. A grid case shall print no per-layer table.
 */
class UndeterminedValuesTest {
    /** Two slabs with grains in the left one, both ends at 300 K: no heat flows anywhere. */
    private static final String ISOTHERMAL = """
            name: isothermal
            mesh:
              grid:
                x: {from: 0, to: 1 m, cells: 20}
                y: {from: 0, to: 1 m, cells: 4}
                z: {from: 0, to: 1 m, cells: 4}
                regions:
                  - {name: left,  material: slab-a, box: {x: [0, 0.5 m]}}
                  - {name: right, material: slab-b, box: {x: [0.5 m, 1 m]}}
              polycrystals:
                - {region: left, grains: 4, seed: 2}
            materials:
              - {name: slab-a, k: 10 W/m/K}
              - {name: slab-b, k: 2 W/m/K}
            interfaces:
              - {between: [left, right], model: constant, R: 0.1 m^2*K/W}
            grain_boundaries:
              - {region: left, model: constant, R: 1e-3 m^2*K/W}
            boundaries:
              - {patch: xmin, type: temperature, T: 300 K}
              - {patch: xmax, type: temperature, T: 300 K}
            """;

    private static void noNaNOrInfinity(Path out, String table) throws Exception {
        for (String f : new String[] {"summary.json", "interfaces.csv"}) {
            String text = Files.readString(out.resolve(f));
            assertFalse(text.contains("NaN") || text.contains("Infinity"), f + ":\n" + text);
        }
        assertFalse(table.contains("NaN") || table.contains("Infinity"), table);
    }

    @Test
    void aGridCaseWithoutHeatShowsDashesNullsAndEmptyFields(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("isothermal.yaml"), ISOTHERMAL);
        Path out = dir.resolve("out");
        CommandLineTest.Run r = CommandLineTest.run("run", "-q", file.toString(), "-o", out.toString());
        assertEquals(Main.OK, r.code(), r.err());
        noNaNOrInfinity(out, r.out());
        assertTrue(r.out().contains("— left|right: no heat crosses, so its R·A = ΔT/q is undetermined"), r.out());
        assertTrue(r.out().contains("— the grain boundaries of left: no heat crosses, so their h = q/ΔT is undetermined"),
                r.out());
        assertFalse(r.out().contains("Layers"), "a grid case has no per-layer table:\n" + r.out());

        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertTrue(summary.at("/interfaces/0/resistanceArea").isNull(), summary.at("/interfaces/0").toString());
        assertTrue(summary.at("/interfaces/0/h").isNull(), summary.at("/interfaces/0").toString());
        assertTrue(summary.at("/grainBoundaries/0/h").isNull(), summary.at("/grainBoundaries/0").toString());
        assertTrue(summary.at("/interfaces/0/area").isNumber(), "finite values stay numbers");

        String csv = Files.readString(out.resolve("interfaces.csv"));
        String row = csv.lines().filter(l -> l.startsWith("interface,left|right,")).findFirst().orElseThrow();
        String[] cols = row.split(",", -1);
        assertEquals(12, cols.length, row);
        assertEquals("", cols[8], "R·A: " + row);
        assertEquals("", cols[9], "h: " + row);
        String gb = csv.lines().filter(l -> l.startsWith("grain-boundaries,")).findFirst().orElseThrow();
        String[] gbCols = gb.split(",", -1);
        assertEquals(12, gbCols.length, gb);
        assertEquals("", gbCols[8], "1/h: " + gb);
        assertEquals("", gbCols[9], "h: " + gb);
    }

    @Test
    void aStackWithoutHeatShowsADashForEachLayer(@TempDir Path dir) throws Exception {
        Path everything = Path.of(UndeterminedValuesTest.class.getResource("/cases/everything.yaml").toURI());
        Path out = dir.resolve("out");
        CommandLineTest.Run r = CommandLineTest.run("run", "-q", everything.toString(), "-o", out.toString(), "--set",
                "boundaries=[{patch: plate.bottom, type: temperature, T: 300 K}]", "--set", "sources=[]", "--set",
                "output.effective_conductivity=null");
        assertEquals(Main.OK, r.code(), r.err());
        noNaNOrInfinity(out, r.out());
        assertTrue(r.out().contains("Layers") && r.out().contains("— layer plate: no heat crosses, so its R = ΔT/Q is undetermined"),
                r.out());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertTrue(summary.at("/layers/0/resistance").isNull(), summary.at("/layers").toString());
    }

    @Test
    void aGridCaseWithHeatHasNumbersAndNoLayerTable(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("isothermal.yaml"), ISOTHERMAL.replace("T: 300 K}\n", "T: 310 K}\n")
                .replaceFirst("T: 310 K", "T: 300 K"));
        Path out = dir.resolve("out");
        CommandLineTest.Run r = CommandLineTest.run("run", "-q", file.toString(), "-o", out.toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertFalse(r.out().contains("no heat crosses") || r.out().contains("Layers"), r.out());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(0.1, summary.at("/interfaces/0/resistanceArea").asDouble(), 1e-9);
    }
}
