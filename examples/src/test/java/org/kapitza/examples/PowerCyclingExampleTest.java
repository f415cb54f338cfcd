package org.kapitza.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kapitza.cli.Pipeline;
import org.kapitza.fv.SteadyResult;
import org.kapitza.io.report.TransientReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/power-cycling: a package driven by a power trace. Every number is checked against physics
 * computed here from the case's data, not against the solver's own figures: the energy balance of the
 * whole run, the long-time limit (a steady solve of the same package at the held power), where the peak
 * falls, and the package's thermal time constant against its lumped capacitance.
 */
class PowerCyclingExampleTest {
    private static final Path EXAMPLE = Path.of("power-cycling");
    private static final double T_INF = 313.15;
    private static final double H = 5000;
    private static final double SINK_AREA = 30e-3 * 30e-3;
    private static final double INTERVAL = 0.1;
    private static final double END = 30;
    /** ρ c_p (J/(m³K)) of the built-in copper and silicon (CRC Handbook, 300 K), as the case file states. */
    private static final double RHO_C_COPPER = 8960 * 385;
    private static final double RHO_C_SILICON = 2329 * 705;
    /** Burst intervals of bursts.ptrace (s). */
    private static final double[][] BURSTS = {{2.0, 2.2}, {3.0, 3.2}};

    /** The trace's rows of block powers (W), read here independently of the solver's reader. */
    private static List<double[]> trace() throws Exception {
        List<double[]> rows = new ArrayList<>();
        boolean header = true;
        for (String line : Files.readAllLines(EXAMPLE.resolve("bursts.ptrace"))) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            if (header) {
                assertEquals(List.of("core0", "core1", "cache", "gpu"), List.of(t.split("\\s+")));
                header = false;
                continue;
            }
            rows.add(java.util.Arrays.stream(t.split("\\s+")).mapToDouble(Double::parseDouble).toArray());
        }
        return rows;
    }

    private static double sum(double[] row) {
        double s = 0;
        for (double v : row) s += v;
        return s;
    }

    @Test
    void energyLongTimeLimitPeakAndTimeConstant(@TempDir Path out) throws Exception {
        // Field files are not what this test checks (VtkOutputTest reads them back); without them the run is faster.
        Pipeline.Outcome o = ExampleRunner.run("power-cycling", out.resolve("transient"), "output.vtk=false");
        TransientReport r = o.transientReport();
        List<double[]> rows = ExampleRunner.probeRows(out.resolve("transient"));
        List<double[]> trace = trace();
        double[] held = trace.get(trace.size() - 1);
        double heldPower = sum(held);
        assertEquals(END, rows.get(rows.size() - 1)[0], 1e-12);
        assertTrue(r.run().maxEnergyError() < 1e-9, "energy error of a step " + r.run().maxEnergyError());

        // 1. Energy over the whole run: what the trace delivers (each row for one interval, the last one held
        // to the end) = what the cold plate took, h A (T̄_s − T∞) integrated over the probe rows, + what the
        // package stores, Σ ρc V (T̄ − T₀) over the regions at the end. The outflow integral is the trapezoid
        // rule over every step, which is what Crank–Nicolson steps use; the backward-Euler start-up steps
        // after each jump differ from it by (Δt²/2)·dQ/dt, and the sink bottom, 3 mm of copper away from the
        // die, barely moves then: a relative 1e-6 is far above what that amounts to here (measured: 3e-10).
        double in = 0;
        for (double[] row : trace) in += sum(row) * INTERVAL;
        in += heldPower * (END - trace.size() * INTERVAL);
        double outflow = 0;
        for (int i = 1; i < rows.size(); i++) {
            double dt = rows.get(i)[0] - rows.get(i - 1)[0];
            outflow += H * SINK_AREA * (0.5 * (rows.get(i)[3] + rows.get(i - 1)[3]) - T_INF) * dt;
        }
        double stored = 0;
        for (SteadyResult.RegionStats g : r.finalRegions()) {
            double rhoC = g.material().equals("silicon") ? RHO_C_SILICON : RHO_C_COPPER;
            stored += rhoC * g.volume() * (g.mean() - T_INF);
        }
        assertEquals(in, outflow + stored, 1e-6 * in, "energy in " + in + " J, out " + outflow + " J, stored " + stored + " J");

        // 2. After ~12 time constants at the held power the package is at its steady state: the same case,
        // solved steady with the held powers (the trace line and the transient section cut out), has the same
        // junction temperature. The sink bottom is exactly at T∞ + P/(hA) then.
        List<String> lines = Files.readAllLines(EXAMPLE.resolve("case.yaml"));
        List<String> steady = new ArrayList<>();
        for (String l : lines) {
            if (l.startsWith("transient:")) break;
            if (!l.strip().startsWith("trace:")) steady.add(l);
        }
        assertEquals(lines.stream().filter(l -> l.strip().startsWith("trace:")).count() + steady.size()
                + lines.stream().dropWhile(l -> !l.startsWith("transient:")).count(), lines.size());
        Path steadyCase = out.resolve("steady.yaml");
        Files.write(steadyCase, steady);
        String[] blocks = {"core0", "core1", "cache", "gpu"};
        String[] sets = new String[blocks.length + 1];
        for (int b = 0; b < blocks.length; b++) sets[b] = "sources[0].blocks[" + b + "].power=" + held[b] + " W";
        sets[blocks.length] = "output.vtk=false";
        Pipeline.Outcome s = ExampleRunner.runFile(steadyCase, out.resolve("steady"), sets);
        assertEquals(heldPower, s.result().patchOutflow("sink.bottom"), 1e-9 * heldPower);
        double tjSteady = s.report().hotspot().temperature();
        TransientReport.ProbeSummary junction = probe(r, "junction");
        // The run's remaining distance to steady is ~10 K × e^(−26 s / 2.3 s) ≈ 1e-4 K; the adaptive steps'
        // local error target is 0.01 K, and errors of a stable scheme decay with the field.
        assertEquals(tjSteady, junction.finalValue(), 0.01, "junction at the end of the hold vs the steady solve");
        assertEquals(T_INF + heldPower / (H * SINK_AREA), probe(r, "sink bottom").finalValue(), 0.01);

        // 3. The peak junction temperature falls in a turbo burst (end points included: the die's time constant,
        // R_TIM ρc t ≈ 3 ms, is far shorter than a burst, so the hot spot rises until the burst ends) and is well
        // above the steady value at the held power.
        boolean inBurst = false;
        for (double[] b : BURSTS) inBurst |= junction.timeOfMax() >= b[0] - 1e-9 && junction.timeOfMax() <= b[1] + 1e-9;
        assertTrue(inBurst, "peak at t = " + junction.timeOfMax() + " s");
        assertTrue(junction.max() > tjSteady + 10, "peak " + junction.max() + " K vs steady " + tjSteady + " K");
        for (double[] b : BURSTS) {
            double p = sum(trace.get((int) Math.round(b[0] / INTERVAL)));
            assertTrue(p > heldPower, "a burst row (" + p + " W) exceeds the held " + heldPower + " W");
        }

        // 4. The thermal time constant: late in the hold, T_ss − T̄_sink decays as e^(−t/τ) in the slowest mode.
        // Lumped capacitance gives τ_L = C/(hA) with C = Σ ρc V; by the Rayleigh quotient of the conduction
        // network (trial vector: uniform), τ ≥ τ_L exactly, internal resistance only slowing the package. The
        // sink (92 % of C) has a Biot number h t/k = 0.04 and the spreader's capacity sits behind TIM2
        // (0.074 K/W against 0.22 K/W to the coolant): τ within 20 % above τ_L.
        double capacity = 0;
        for (SteadyResult.RegionStats g : r.finalRegions()) {
            capacity += (g.material().equals("silicon") ? RHO_C_SILICON : RHO_C_COPPER) * g.volume();
        }
        double tauLumped = capacity / (H * SINK_AREA);
        double tss = T_INF + heldPower / (H * SINK_AREA);
        double[] a = at(rows, 6);
        double[] b = at(rows, 11);
        double tau = (b[0] - a[0]) / Math.log((tss - a[3]) / (tss - b[3]));
        assertTrue(tau >= tauLumped * (1 - 1e-3) && tau <= 1.2 * tauLumped, "τ = " + tau + " s, lumped " + tauLumped + " s");
    }

    private static TransientReport.ProbeSummary probe(TransientReport r, String name) {
        return r.probes().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /** The probe row nearest to time t. */
    private static double[] at(List<double[]> rows, double t) {
        double[] best = rows.get(0);
        for (double[] row : rows) if (Math.abs(row[0] - t) < Math.abs(best[0] - t)) best = row;
        return best;
    }
}
