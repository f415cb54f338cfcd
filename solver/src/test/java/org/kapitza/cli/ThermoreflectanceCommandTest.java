package org.kapitza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kapitza fdtr} and {@code kapitza tdtr}: data simulated from known values is fitted back within the
 * reported intervals, the promised files are written, and mistakes exit with 2 and one line.
 */
class ThermoreflectanceCommandTest {
    static final String STACK = """
            name: al-sapphire
            layers:
              - {name: al, k: 180 W/m/K, C: 2.42e6 J/m^3/K, thickness: 80 nm}
              - {name: sapphire, material: sapphire}
            interfaces:
              - {between: [al, sapphire], G: 100 MW/m^2/K}
            beams: {pump: 10 um, probe: 8 um}
            fdtr: {from: 10 kHz, to: 20 MHz, count: 20}
            tdtr: {modulation: 9.8 MHz, repetition: 80 MHz, from: 300 ps, to: 3.5 ns, count: 12}
            fit: [al|sapphire.G, sapphire.k]
            noise: {phase: 0.2 deg, ratio: 0.01}
            """;

    private static CommandLineTest.Run refused(String... args) {
        CommandLineTest.Run r = CommandLineTest.run(args);
        assertEquals(Main.INVALID_INPUT, r.code(), "exit code; stderr: " + r.err() + " stdout: " + r.out());
        assertTrue(r.err().startsWith("error: ") && r.err().strip().lines().count() == 1, "one message: " + r.err());
        assertFalse(r.err().contains("\tat org."), "no stack trace: " + r.err());
        return r;
    }

    @Test
    void fdtrFitsSimulatedDataBackWithinItsIntervals(@TempDir Path dir) throws Exception {
        Path stack = dir.resolve("stack.yaml");
        Files.writeString(stack, STACK);
        Path data = dir.resolve("data.csv");
        CommandLineTest.Run sim = CommandLineTest.run("fdtr", stack.toString(), "--simulate", data.toString(), "--seed", "3");
        assertEquals(Main.OK, sim.code(), sim.err());
        // Start the fit away from the truth (G 100 MW/m²K, k 35 W/m/K).
        Path out = dir.resolve("out");
        CommandLineTest.Run fit = CommandLineTest.run("fdtr", stack.toString(), data.toString(), "-o", out.toString(),
                "--set", "interfaces[0].G=400MW/m^2/K", "--set", "layers[1].k=15W/m/K");
        assertEquals(Main.OK, fit.code(), fit.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve("fit.json").toFile());
        double[] truth = {1e8, 35};
        for (int j = 0; j < 2; j++) {
            // Within 3σ (99.7 %) for this one seed; FitTest checks the 95 % coverage over many.
            JsonNode p = json.get("parameters").get(j);
            double sigma = p.get("relativeSigma").asDouble();
            assertEquals(0, Math.log(p.get("value").asDouble() / truth[j]), 3 * sigma, p.toString());
            assertTrue(sigma < 0.05, p.toString());
        }
        assertTrue(fit.out().contains("al|sapphire.G") && fit.out().contains("Correlations"), fit.out());
        for (String png : new String[] {"fit.png", "sensitivity.png"}) {
            BufferedImage image = ImageIO.read(out.resolve(png).toFile());
            assertEquals(900, image.getWidth(), png);
        }
        // fit.csv: a header with units, 20 rows whose residual is data − model.
        var lines = Files.readAllLines(out.resolve("fit.csv"));
        assertEquals("frequency [Hz],data phase [deg],model phase [deg],residual phase [deg]", lines.get(0));
        assertEquals(21, lines.size());
        String[] row = lines.get(5).split(",");
        assertEquals(Double.parseDouble(row[1]) - Double.parseDouble(row[2]), Double.parseDouble(row[3]), 1e-6);
    }

    @Test
    void tdtrFitsSimulatedRatiosBackWithinTheirIntervals(@TempDir Path dir) throws Exception {
        Path stack = dir.resolve("stack.yaml");
        Files.writeString(stack, STACK);
        Path data = dir.resolve("ratio.csv");
        assertEquals(Main.OK, CommandLineTest.run("tdtr", stack.toString(), "--simulate", data.toString()).code());
        assertTrue(Files.readAllLines(data).get(1).equals("delay [ps],ratio"));
        Path out = dir.resolve("out");
        CommandLineTest.Run fit = CommandLineTest.run("tdtr", stack.toString(), data.toString(), "-o", out.toString(),
                "--set", "interfaces[0].G=250MW/m^2/K", "--set", "layers[1].k=25W/m/K");
        assertEquals(Main.OK, fit.code(), fit.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve("fit.json").toFile());
        double[] truth = {1e8, 35};
        for (int j = 0; j < 2; j++) {
            JsonNode p = json.get("parameters").get(j);
            assertEquals(0, Math.log(p.get("value").asDouble() / truth[j]), 3 * p.get("relativeSigma").asDouble(), p.toString());
        }
    }

    @Test
    void mistakesAreOneLineNamingTheFileAndKey(@TempDir Path dir) throws Exception {
        Path stack = dir.resolve("stack.yaml");
        Files.writeString(stack, STACK.replace("fit: [al|sapphire.G, sapphire.k]", "fit: [al|sapphire.G, saphire.k]"));
        CommandLineTest.Run r = refused("fdtr", stack.toString(), "--simulate", dir.resolve("x.csv").toString());
        assertTrue(r.err().contains("stack.yaml") && r.err().contains("fit[1]") && r.err().contains("did you mean 'sapphire.k'"), r.err());

        Files.writeString(stack, STACK.replace("beams: {pump: 10 um, probe: 8 um}", "beams: {pump: 10 um, prob: 8 um}"));
        r = refused("fdtr", stack.toString());
        assertTrue(r.err().contains("prob") && r.err().contains("probe"), r.err());

        Files.writeString(stack, STACK.replace("thickness: 80 nm", "thickness: 80 W"));
        r = refused("fdtr", stack.toString());
        assertTrue(r.err().contains("layers[0].thickness") && r.err().contains("length"), r.err());

        Files.writeString(stack, STACK);
        Path data = dir.resolve("bad.csv");
        Files.writeString(data, "freq [Hz],phase [deg]\n1e4,-10\n");
        r = refused("fdtr", stack.toString(), data.toString(), "-o", dir.resolve("o").toString());
        assertTrue(r.err().contains("bad.csv:1") && r.err().contains("'frequency'"), r.err());

        Files.writeString(data, "frequency [Hz],phase [deg]\n1e4,-10\n2e4,abc\n");
        r = refused("fdtr", stack.toString(), data.toString(), "-o", dir.resolve("o").toString());
        assertTrue(r.err().contains("bad.csv:3") && r.err().contains("'abc'"), r.err());

        Files.writeString(data, "frequency [kg],phase [deg]\n1e4,-10\n2e4,-12\n");
        r = refused("fdtr", stack.toString(), data.toString(), "-o", dir.resolve("o").toString());
        assertTrue(r.err().contains("bad.csv:1") && r.err().contains("frequency"), r.err());

        // A harmonic run's CSV (name_unit headers) is read as FDTR data: here refused only for its sign.
        Files.writeString(data, "frequency_Hz,amplitude_K,phase_deg\n1e4,1,13\n1e5,1,29\n1e6,1,36\n1e7,1,35\n");
        r = refused("fdtr", stack.toString(), data.toString(), "-o", dir.resolve("o").toString());
        assertTrue(r.err().contains("opposite sign"), r.err());

        // A lock-in that reports the lag as a positive phase.
        Files.writeString(data, "frequency [kHz],phase [deg]\n10,13\n100,29\n1000,36\n10000,35\n");
        r = refused("fdtr", stack.toString(), data.toString(), "-o", dir.resolve("o").toString());
        assertTrue(r.err().contains("opposite sign"), r.err());

        r = refused("fdtr", stack.toString(), "--model", "fem");
        assertTrue(r.err().contains("--model fem"), r.err());
        r = refused("tdtr", stack.toString(), "--model", "fv");
        assertTrue(r.err().contains("FDTR phases only"), r.err());
    }
}
