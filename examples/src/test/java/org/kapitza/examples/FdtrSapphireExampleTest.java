package org.kapitza.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapitza.cli.Main;

/**
 * The FDTR example shall recover the boundary conductance and the sapphire conductivity that generated
 * its synthetic data within the reported 95 % intervals, with χ²/dof near 1, and its intervals shall
 * shrink in proportion to the noise — the numbers its README quotes.
 */
class FdtrSapphireExampleTest {
    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        assertEquals(Main.OK, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode fit(Path dir, String noise) throws Exception {
        String stack = "fdtr-sapphire/stack.yaml";
        Path data = dir.resolve("data-" + noise + ".csv");
        run("fdtr", stack, "--set", "interfaces[0].G=100MW/m^2/K", "--set", "layers[1].k=35W/m/K", "--set", "noise.phase=" + noise,
                "--simulate", data.toString(), "--seed", "7");
        Path out = dir.resolve("out-" + noise);
        String table = run("fdtr", stack, data.toString(), "-o", out.toString(), "--set", "noise.phase=" + noise);
        assertTrue(table.contains("transducer|substrate.G"), table);
        return new ObjectMapper().readTree(out.resolve("fit.json").toFile());
    }

    @Test
    void fitsGAndSapphireConductivityBackFromItsOwnNoisyData(@TempDir Path dir) throws Exception {
        JsonNode r = fit(dir, "0.2deg");
        double[] truth = {1e8, 35};
        for (int j = 0; j < 2; j++) {
            JsonNode p = r.get("parameters").get(j);
            assertTrue(p.get("low95").asDouble() <= truth[j] && truth[j] <= p.get("high95").asDouble(), p.toString());
        }
        // The README's numbers.
        assertEquals(1.0191e8, r.get("parameters").get(0).get("value").asDouble(), 0.0001e8);
        assertEquals(35.481, r.get("parameters").get(1).get("value").asDouble(), 0.001);
        assertEquals(0.803, r.get("correlation").get(0).get(1).asDouble(), 0.001);
        assertEquals(0.986, r.get("reducedChiSquare").asDouble(), 0.001);
        assertTrue(r.get("warnings").isEmpty(), r.get("warnings").toString());

        JsonNode quiet = fit(dir, "0.05deg");
        for (int j = 0; j < 2; j++) {
            double ratio = quiet.get("parameters").get(j).get("relativeSigma").asDouble()
                    / r.get("parameters").get(j).get("relativeSigma").asDouble();
            assertEquals(0.25, ratio, 0.01, "interval ratio of " + r.get("parameters").get(j).get("name"));
        }
        assertTrue(Files.size(dir.resolve("out-0.2deg").resolve("fit.png")) > 10_000);
    }
}
