package org.kapitza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapitza.io.casefile.Case;

/**
 * The system shall compute the transient thermal impedance of a power step: Zth(t) of a single slab against
 * its analytic series, Zth(∞) equal to the steady θ, and {@code kapitza zth} writing the CSV and PNG files.
 */
class ThermalImpedanceTest {
    /** A 1 mm slab (k = 1 W/m/K, ρc = 1e6 J/m³/K: α = 1e-6 m²/s, L²/α = 1 s) on 1 mm², 1 mW on top, bottom at 300 K. */
    private static final String SLAB = """
            name: slab
            mesh:
              stack:
                base: {x: 1 mm, y: 1 mm, cells: [1, 1]}
                layers:
                  - {name: slab, material: m, thickness: 1 mm, cells: 60, grading: 0.95}
            materials:
              - {name: m, k: 1 W/m/K, rho: 1000 kg/m^3, cp: 1000 J/kg/K}
            boundaries:
              - {patch: slab.bottom, type: temperature, T: 300 K}
              - {patch: slab.top, type: power, P: 1 mW}
            output: {vtk: false}
            """;

    /**
     * Surface temperature of a slab [0, L] with T(0) = T_A and a flux q into x = L from t = 0 (Carslaw and Jaeger,
     * Conduction of Heat in Solids, 2nd ed., §3.3): T(L, t) − T_A = (qL/k)[1 − Σ_n 8/((2n+1)²π²) exp(−(2n+1)²π²αt/(4L²))].
     */
    static double slabZth(double t, double lOverKA, double alphaOverL2) {
        double sum = 0;
        for (int n = 0; n < 2000; n++) {
            double m = (2 * n + 1) * Math.PI;
            sum += 8 / (m * m) * Math.exp(-m * m * alphaOverL2 * t / 4);
        }
        return lOverKA * (1 - sum);
    }

    @Test
    void zthOfASlabFollowsItsAnalyticSeriesAndEndsAtTheSteadyTheta(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("slab.yaml"), SLAB);
        Case kase = new Pipeline(Settings.load()).prepare(file, List.of());
        ThermalImpedance.Curve c = ThermalImpedance.measure(kase, null, 1e-2, 10, 5, 1e-6);
        double theta = 1e-3 / (1 * 1e-6); // L/(kA) = 1000 K/W
        assertEquals(theta, c.steadyTheta(), 1e-9 * theta, "steady θ of the slab");
        assertEquals(1e-3, c.power(), 1e-15);
        double worst = 0;
        for (int i = 0; i < c.times().length; i++) {
            double exact = slabZth(c.times()[i], theta, 1);
            worst = Math.max(worst, Math.abs(c.zth()[i] - exact) / exact);
        }
        assertTrue(worst < 0.01, "largest relative deviation from the series " + worst);
        // Zth(∞) = θ: at 10 L²/α the series has decayed to e^{-π²·10/4} ≈ 2e-11.
        assertEquals(c.steadyTheta(), c.zth()[c.zth().length - 1], 1e-4 * theta);
        assertEquals(c.steadyTheta(), c.foster().total(), 0.01 * theta, "the Foster fit's Σ R");
    }

    @Test
    void theCommandWritesZthAndTheStructureFunction(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("slab.yaml"), SLAB);
        Path out = dir.resolve("zth");
        CommandLineTest.Run r = CommandLineTest.run("zth", file.toString(), "--from", "0.1", "--to", "10", "--per-decade", "3",
                "--compare", "materials[0].k=2 W/m/K", "-o", out.toString());
        assertEquals(Main.OK, r.code(), r.err());
        for (String f : List.of("zth.csv", "zth.png", "structure.csv", "structure.png")) assertTrue(Files.size(out.resolve(f)) > 0, f);
        assertTrue(r.out().contains("steady θ_JA = 1000.0 K/W") && r.out().contains("steady θ_JA = 500.00 K/W"), r.out());
        assertTrue(r.out().contains("separate"), r.out());
        List<String> csv = Files.readAllLines(out.resolve("zth.csv"));
        assertEquals("time_s,zth1_K_per_W,foster1_K_per_W,zth2_K_per_W,foster2_K_per_W", csv.get(0));
        assertEquals(3 * 2 + 2, csv.size());
        CommandLineTest.Run bad = CommandLineTest.run("zth", file.toString(), "--block", "nope", "-o", out.toString());
        assertEquals(Main.INVALID_INPUT, bad.code(), bad.err());
        assertTrue(bad.err().contains("--block nope"), bad.err());
    }

    @Test
    void aBlockStepSwitchesOnThatBlockOnly(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("two.yaml"), """
                name: two-blocks
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
                      - {name: right, x: [1 mm, 2 mm], y: [0, 2 mm], power: 0.25 W}
                output: {vtk: false}
                """);
        Pipeline p = new Pipeline(Settings.load());
        ThermalImpedance.Curve right = ThermalImpedance.measure(p.prepare(file, List.of()), "right", 1e-4, 1, 2, 1e-4);
        assertEquals(0.25, right.power(), 1e-12, "only the right block's power");
        ThermalImpedance.Curve all = ThermalImpedance.measure(p.prepare(file, List.of()), null, 1e-4, 1, 2, 1e-4);
        assertEquals(1.25, all.power(), 1e-12);
        // One block heats a smaller area than both: its junction rise per watt is larger.
        assertTrue(right.steadyTheta() > all.steadyTheta(), right.steadyTheta() + " vs " + all.steadyTheta());
    }
}
