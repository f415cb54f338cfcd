package org.kapitza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapitza.fv.SteadyResult;

/**
 * The system shall read HotSpot's inputs: {@code kapitza import hotspot} turns a configuration, floorplan
 * and power trace into a case that solves to the temperatures of the same case written by hand; a power
 * map reads a floorplan that must tile its layer (a gap or an overlap is one error naming the blocks) and
 * takes a trace's row, mean or peak in a steady run; HotSpot options Kapitza cannot honour are named.
 */
class HotSpotImportTest {
    /** Coarser than the import's default, for a test of seconds; both cases get the same. */
    private static final String COARSE = "mesh.stack.base.max_cell=3 mm";

    private static Path copyCase(Path dir) throws Exception {
        for (String f : List.of("case.config", "case.flp", "case.ptrace", "hand-written.yaml")) {
            Files.copy(Path.of(HotSpotImportTest.class.getResource("/hotspot/" + f).toURI()), dir.resolve(f));
        }
        return dir;
    }

    private static SteadyResult solve(Path caseFile, Path out, String... sets) throws Exception {
        return new Pipeline(Settings.load()).run(caseFile, List.of(sets), out, "off",
                new PrintStream(java.io.OutputStream.nullOutputStream())).result();
    }

    @Test
    void theImportedCaseSolvesToTheTemperaturesOfTheHandWrittenOne(@TempDir Path dir) throws Exception {
        copyCase(dir);
        Path imported = dir.resolve("imported.yaml");
        CommandLineTest.Run r = CommandLineTest.run("import", "hotspot", dir.resolve("case.config").toString(),
                dir.resolve("case.flp").toString(), dir.resolve("case.ptrace").toString(), "-o", imported.toString());
        assertEquals(Main.OK, r.code(), r.err());
        // The one option of the anchor case that Kapitza cannot honour is named on stderr and in the file.
        assertTrue(r.err().contains("-c_convec 140.4 (line 23)"), r.err());
        String yaml = Files.readString(imported);
        assertTrue(yaml.contains("#   -c_convec 140.4 (line 23)"), yaml);
        assertTrue(yaml.contains("floorplan: case.flp") && yaml.contains("file: case.ptrace"), yaml);

        SteadyResult a = solve(imported, dir.resolve("out-imported"), COARSE);
        SteadyResult b = solve(dir.resolve("hand-written.yaml"), dir.resolve("out-hand"), COARSE);
        assertEquals(b.mesh().cellCount(), a.mesh().cellCount(), "the same grid");
        double worst = 0;
        for (int c = 0; c < a.mesh().cellCount(); c++) {
            if (!a.mesh().isActive(c)) continue;
            worst = Math.max(worst, Math.abs(a.temperature(c) - b.temperature(c)));
        }
        assertTrue(worst < 1e-9, "largest difference " + worst + " K");
        assertEquals(46.272, a.energyBalance().heatIn(), 1e-9, "the trace's 11 powers");
        assertTrue(a.temperature(0) > 318.15);
    }

    /** A small stack with a floorplan power map, for the error and trace tests. */
    private static Path smallCase(Path dir, String flp, String trace, String traceEntry) throws Exception {
        Files.writeString(dir.resolve("die.flp"), flp);
        if (trace != null) Files.writeString(dir.resolve("die.ptrace"), trace);
        Path c = dir.resolve("small.yaml");
        Files.writeString(c, """
                name: small
                mesh:
                  stack:
                    base: {x: 4 mm, y: 4 mm, cells: [8, 8]}
                    layers:
                      - {name: base, material: copper, thickness: 1 mm, cells: 2}
                      - {name: die, material: silicon, thickness: 0.2 mm, cells: 1, footprint: {x: 2 mm, y: 2 mm}}
                boundaries:
                  - {patch: base.bottom, type: temperature, T: 300 K}
                sources:
                  - type: power-map
                    surface: die.top
                    floorplan: die.flp
                """ + (traceEntry == null ? "    blocks: [{name: a, power: 1 W}, {name: b, power: 2 W}]\n" : "    trace: " + traceEntry + "\n")
                + "output: {vtk: false}\n");
        return c;
    }

    private static final String TILED = """
            # two blocks side by side on a 2 mm die
            a 0.001 0.002 0 0

            b\t0.001\t0.002\t0.001\t0
            """;

    @Test
    void aFloorplanThatLeavesAGapOrOverlapsIsOneErrorNamingTheBlocks(@TempDir Path dir) throws Exception {
        Path ok = smallCase(dir, TILED, null, null);
        assertEquals(Main.OK, CommandLineTest.run("check", ok.toString()).code());

        Path gap = smallCase(dir, "a 0.001 0.002 0 0\nb 0.0005 0.002 0.0015 0\n", null, null);
        CommandLineTest.Run r = CommandLineTest.run("check", gap.toString());
        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("sources[0].floorplan") && r.err().contains("uncovered")
                && r.err().contains("'a'") && r.err().contains("'b'"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());

        Path overlap = smallCase(dir, "a 0.0012 0.002 0 0\nb 0.001 0.002 0.001 0\n", null, null);
        r = CommandLineTest.run("check", overlap.toString());
        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("blocks 'a' (line 1) and 'b' (line 2) overlap"), r.err());

        Path bad = smallCase(dir, "a 0.001 0.002 0\n", null, null);
        r = CommandLineTest.run("check", bad.toString());
        assertTrue(r.err().contains("die.flp:1") && r.err().contains("4 words"), r.err());
    }

    @Test
    void aSteadyRunTakesTheTracesRowMeanOrPeak(@TempDir Path dir) throws Exception {
        String trace = "b a\n2 1\n# a comment\n6 3\n\n1 8\n";
        double[][] expected = {{4, 3}, {3, 6}, {8, 6}}; // (a, b): mean, row 2, peak
        String[] entries = {"{file: die.ptrace}", "{file: die.ptrace, row: 2}", "{file: die.ptrace, use: peak}"};
        for (int i = 0; i < 3; i++) {
            Path c = smallCase(dir, TILED, trace, entries[i]);
            SteadyResult r = solve(c, dir.resolve("out" + i));
            assertEquals(-expected[i][0], r.patchOutflow("die.top.a"), 1e-9, entries[i]);
            assertEquals(-expected[i][1], r.patchOutflow("die.top.b"), 1e-9, entries[i]);
        }
        Path c = smallCase(dir, TILED, trace, "{file: die.ptrace, row: 4}");
        CommandLineTest.Run r = CommandLineTest.run("check", c.toString());
        assertTrue(r.err().contains("sources[0].trace.row") && r.err().contains("has 3 rows"), r.err());
        c = smallCase(dir, TILED, trace, "{file: die.ptrace, use: median}");
        assertTrue(CommandLineTest.run("check", c.toString()).err().contains("'median' is not a choice"));
    }

    @Test
    void optionsKapitzaCannotHonourAreNamedAndLayerFilesBecomeLayers(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("die.flp"), TILED);
        Files.writeString(dir.resolve("tim.flp"), "tim 0.002 0.002 0 0\n");
        Files.writeString(dir.resolve("stack.lcf"), """
                # layer 0: silicon with power
                0
                Y
                Y
                1.75e6
                0.01
                0.00015
                die.flp

                # layer 1: TIM
                1
                N
                N
                4e6
                0.25
                2e-05
                tim.flp
                """);
        Files.writeString(dir.resolve("x.config"), """
                -s_spreader 0.003
                -s_sink 0.006
                -model_secondary 1
                -t_pcb 0.002
                -leakage_used 1
                -grid_map_mode center
                -grid_layer_file stack.lcf
                -frobnicate 3
                """);
        Files.writeString(dir.resolve("die.ptrace"), "a b\n1 2\n");
        Path out = dir.resolve("stack.yaml");
        CommandLineTest.Run r = CommandLineTest.run("import", "hotspot", dir.resolve("x.config").toString(),
                dir.resolve("die.flp").toString(), dir.resolve("die.ptrace").toString(), "-o", out.toString());
        assertEquals(Main.OK, r.code(), r.err());
        for (String named : List.of("-model_secondary 1", "-t_pcb 0.002", "-leakage_used 1", "-grid_map_mode center",
                "-frobnicate 3", "layer 1 of")) {
            assertTrue(r.err().contains(named), named + ": " + r.err());
            assertTrue(Files.readString(out).contains(named), named);
        }
        SteadyResult s = solve(out, dir.resolve("out"), "mesh.stack.base.max_cell=1 mm");
        // Layer 1 (TIM, k = 1/0.25) lies between layer 0 and the spreader; 3 W in, 3 W out.
        assertTrue(s.mesh().regionId("layer0") >= 0 && s.mesh().regionId("layer1") >= 0);
        assertEquals(3, s.energyBalance().heatOut(), 1e-9);
        assertEquals(-1, s.patchOutflow("layer0.top.a"), 1e-9);
    }
}
