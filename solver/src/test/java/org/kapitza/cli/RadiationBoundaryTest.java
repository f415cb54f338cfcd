package org.kapitza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapitza.boundary.Radiation;

/**
 * {@code type: radiation} against the closed form of a radiating slab: a bar of length L and conductivity k
 * held at T₀ at one end and radiating to T_sur at the other carries q = k (T₀ − T_s)/L = ε σ (T_s⁴ − T_sur⁴);
 * T_s is the root of that quartic, found here by bisection. The finite-volume flux through a uniform bar
 * is exact on any grid, so the solver must match it to its nonlinear tolerance.
 */
class RadiationBoundaryTest {
    private static final double L = 0.1;
    private static final double K = 1.5;
    private static final double T0 = 400;
    private static final double TSUR = 300;

    private static String kase(String emissivity) {
        return """
                name: radiating-bar
                mesh:
                  grid:
                    x: {from: 0, to: 0.1 m, cells: 8}
                    regions:
                      - {name: bar, material: glassy, box: {x: [0, 0.1 m]}}
                materials:
                  - {name: glassy, k: 1.5 W/m/K}
                boundaries:
                  - {patch: xmin, type: temperature, T: 400 K}
                  - {patch: xmax, type: radiation, emissivity: %s, T_surroundings: 300 K}
                """.formatted(emissivity);
    }

    /** The exact flux (W/m²) for emissivity e: bisection on k (T₀ − T_s)/L − e σ (T_s⁴ − T_sur⁴) = 0. */
    private static double exactFlux(double e) {
        double lo = TSUR;
        double hi = T0;
        for (int i = 0; i < 200; i++) {
            double ts = 0.5 * (lo + hi);
            double r = K * (T0 - ts) / L - e * Radiation.STEFAN_BOLTZMANN * (Math.pow(ts, 4) - Math.pow(TSUR, 4));
            if (r > 0) lo = ts;
            else hi = ts;
        }
        return K * (T0 - 0.5 * (lo + hi)) / L;
    }

    private static double outflow(Path dir, String emissivity) throws Exception {
        Path file = Files.writeString(dir.resolve("bar.yaml"), kase(emissivity));
        Path out = dir.resolve("out");
        CommandLineTest.Run r = CommandLineTest.run("run", "-q", file.toString(), "-o", out.toString());
        assertEquals(Main.OK, r.code(), r.err());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        for (JsonNode p : summary.get("patches")) if (p.get("patch").asText().equals("xmax")) return p.get("outflow").asDouble();
        throw new AssertionError("no xmax patch in " + summary.get("patches"));
    }

    @Test
    void aRadiatingSlabCarriesTheClosedFormFlux(@TempDir Path dir) throws Exception {
        double q = exactFlux(0.8);
        assertTrue(q > 300 && q < 700, "a strongly nonlinear case: q = " + q); // T_s about 40 K below T₀
        assertEquals(q, outflow(dir, "0.8"), 1e-8 * q);
    }

    @Test
    void twoEmissivitiesCombineAsParallelPlates(@TempDir Path dir) throws Exception {
        assertEquals(1.0 / 3, Radiation.effectiveEmissivity(0.5, 0.5), 1e-15);
        double q = exactFlux(1.0 / 3);
        assertEquals(q, outflow(dir, "[0.5, 0.5]"), 1e-8 * q);
    }

    @Test
    void anEmissivityAboveOneIsRefusedWithItsKey(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bar.yaml"), kase("1.5"));
        CommandLineTest.Run r = CommandLineTest.run("check", file.toString());
        assertEquals(Main.INVALID_INPUT, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("boundaries[1].emissivity") && r.err().contains("(0, 1]"), r.err());
    }
}
