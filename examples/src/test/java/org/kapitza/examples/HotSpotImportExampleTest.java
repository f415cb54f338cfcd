package org.kapitza.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapitza.cli.Main;
import org.kapitza.cli.Pipeline;
import org.kapitza.io.report.BlockReport;
import org.kapitza.io.report.ResistanceBudget;
import org.kapitza.io.report.RunReport;

/**
 * examples/hotspot-import: the shipped case.yaml is what {@code kapitza import hotspot} writes from the three
 * HotSpot files; solved, all 46.272 W of the trace leave through the sink, the budget adds up, and every block has
 * its temperature, the hottest in core0.
 */
class HotSpotImportExampleTest {
    private static final Path DIR = Path.of("hotspot-import");

    @Test
    void theShippedCaseIsTheImportOfTheHotSpotFiles(@TempDir Path tmp) throws Exception {
        for (String f : List.of("case.config", "case.flp", "case.ptrace")) Files.copy(DIR.resolve(f), tmp.resolve(f));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                "import", "hotspot", tmp.resolve("case.config").toString(), tmp.resolve("case.flp").toString(),
                tmp.resolve("case.ptrace").toString(), "--name", "hotspot-import", "-o", tmp.resolve("case.yaml").toString());
        assertEquals(Main.OK, code, err.toString(StandardCharsets.UTF_8));
        assertEquals(Files.readString(DIR.resolve("case.yaml")), Files.readString(tmp.resolve("case.yaml")));
    }

    @Test
    void theImportedCaseSolves(@TempDir Path out) throws Exception {
        Pipeline.Outcome o = ExampleRunner.run("hotspot-import", out);
        RunReport r = o.report();
        assertEquals(46.272, r.energyBalance().heatIn(), 1e-9);
        assertEquals(46.272, o.result().patchOutflow("sink.bottom"), 1e-8);
        List<BlockReport> blocks = r.blocks();
        assertEquals(11, blocks.size());
        BlockReport hottest = blocks.stream().max((a, b) -> Double.compare(a.max(), b.max())).orElseThrow();
        assertEquals("core0", hottest.block());
        ResistanceBudget b = r.budget();
        assertTrue(b.addsUp(), b.toString());
        assertEquals(0.1, b.rows().get(b.rows().size() - 1).resistance(), 1e-9, "r_convec");
        // Above the one-dimensional stack under the die: spreading from an 11-block map adds to it.
        double die = 0.0128 * 0.0128;
        double oneD = 0.1 + 6.9e-3 / (400 * 0.06 * 0.06) + 1e-3 / (400 * 0.03 * 0.03) + 20e-6 / (4 * die) + 150e-6 / (130 * die);
        assertTrue(b.thetaJA() > oneD, "θ_JA " + b.thetaJA() + " against 1D " + oneD);
        assertEquals(b.thetaJA() - oneD, b.spreading(), 1e-3 * b.thetaJA(), "no interfaces declared: the rest is spreading");
        assertTrue(Files.readString(out.resolve("hotspot-import.steady")).startsWith("bg_s\t"));
    }
}
