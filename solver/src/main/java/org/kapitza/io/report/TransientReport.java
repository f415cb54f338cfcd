package org.kapitza.io.report;

import java.util.ArrayList;
import java.util.List;
import org.kapitza.fv.Probe;
import org.kapitza.fv.SteadyResult;
import org.kapitza.fv.TransientResult;
import org.kapitza.fv.TransientSettings;
import org.kapitza.mesh.MeshSummary;

/**
 * What a transient run reports, as data: written to {@code summary.json}. Temperatures in K, times in s.
 *
 * @param finalRegions temperatures of each region at the end
 * @param probes       each probe's extremes and final value
 * @param run          how the time integration went
 */
public record TransientReport(String name, String description, int cells, int activeCells, Run run,
                              List<SteadyResult.RegionStats> finalRegions, List<ProbeSummary> probes,
                              List<String> notes, List<String> files) {

    /**
     * @param integrator        "crank-nicolson" or "backward-euler"
     * @param endTime           simulated time reached (s)
     * @param steps             accepted steps
     * @param rejectedSteps     steps repeated shorter (error too large, or a solve that failed)
     * @param newtonIterations  nonlinear iterations over all steps
     * @param linearIterations  Krylov iterations over all steps
     * @param maxEnergyError    largest |stored − input| / throughput of a step that moved resolvable heat
     * @param roundOffSteps     steps near equilibrium whose heat was too small to resolve to the tolerance
     * @param maxRoundOffImbalance their largest |stored − input|, relative to the round-off floor (≤ 1: within it)
     * @param meshSeconds       reading and meshing (s)
     * @param solveSeconds      time stepping, outputs included (s)
     * @param restarted         whether the run continued from a checkpoint
     */
    public record Run(String integrator, double endTime, int steps, int rejectedSteps, long newtonIterations,
                      long linearIterations, double maxEnergyError, int roundOffSteps, double maxRoundOffImbalance,
                      double meshSeconds, double solveSeconds, boolean restarted) {
    }

    /**
     * A probe's range over the run.
     *
     * @param threshold       the value (K) whose first crossing is reported, or null for none
     * @param timeToThreshold when the probe first reached it (s; linear between the bracketing steps), null when
     *                        it did not within the run (or no threshold was given)
     */
    public record ProbeSummary(String name, String kind, String target, double min, double timeOfMin, double max,
                               double timeOfMax, double finalValue, Double threshold, Double timeToThreshold) {
    }

    public static TransientReport of(String name, String description, MeshSummary ms, TransientSettings s, TransientResult r,
                                     double meshSeconds, boolean restarted, List<String> notes, List<String> files) {
        List<ProbeSummary> probes = new ArrayList<>();
        List<Probe> list = r.probes();
        for (int i = 0; i < list.size(); i++) {
            Probe p = list.get(i);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double tMin = 0;
            double tMax = 0;
            double last = Double.NaN;
            for (double[] row : r.probeRows()) {
                double v = row[i + 1];
                if (v < min) {
                    min = v;
                    tMin = row[0];
                }
                if (v > max) {
                    max = v;
                    tMax = row[0];
                }
                last = v;
            }
            String target = p.kind() == Probe.Kind.POINT ? java.util.Arrays.toString(p.point()) : p.target();
            Double threshold = p.hasThreshold() ? p.threshold() : null;
            Double reached = null;
            if (p.hasThreshold()) {
                double t = Probe.firstCrossing(r.series(p.name()), p.threshold());
                if (!Double.isNaN(t)) reached = t;
            }
            probes.add(new ProbeSummary(p.name(), p.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), target,
                    min, tMin, max, tMax, last, threshold, reached));
        }
        Run run = new Run(s.integrator() == TransientSettings.Integrator.CRANK_NICOLSON ? "crank-nicolson" : "backward-euler",
                r.endTime(), r.steps(), r.rejectedSteps(), r.newtonIterations(), r.linearIterations(), r.maxEnergyError(),
                r.roundOffSteps(), r.maxRoundOffImbalance(), meshSeconds, r.wallSeconds(), restarted);
        return new TransientReport(name, description, ms.cells(), ms.activeCells(), run, r.finalState().regions(), probes,
                List.copyOf(notes), new ArrayList<>(files));
    }
}
