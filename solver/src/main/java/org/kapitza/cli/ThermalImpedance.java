package org.kapitza.cli;

import java.util.ArrayList;
import java.util.List;
import org.kapitza.InputException;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.boundary.TimeFunction;
import org.kapitza.fv.InitialCondition;
import org.kapitza.fv.SteadyResult;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.fv.TransientObserver;
import org.kapitza.fv.TransientSettings;
import org.kapitza.fv.TransientSolver;
import org.kapitza.io.casefile.Case;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.Mesh;
import org.kapitza.zth.CauerNetwork;
import org.kapitza.zth.FosterNetwork;

/**
 * Transient thermal impedance of a power step (JESD51-14): from the body at ambient, the case's power
 * (all of it, or one floorplan block's) switched on at t = 0; Zth(t) = (T_J(t) − T_A)/P with T_J the
 * hottest point (cell or surface) at each time, sampled on log-spaced times. Its Foster fit and the Cauer
 * ladder of that fit give the cumulative structure function.
 */
public final class ThermalImpedance {
    /**
     * One measured curve.
     *
     * @param power       P, the step (W)
     * @param ambient     T_A (K)
     * @param times       sample times (s)
     * @param zth         Zth at those times (K/W)
     * @param steadyTheta the steady θ_JA of the same power, (T_J − T_A)/P (K/W): Zth(∞)
     * @param foster      the fitted Foster network
     * @param cauer       its Cauer ladder
     */
    public record Curve(double power, double ambient, double[] times, double[] zth, double steadyTheta, FosterNetwork foster,
                        CauerNetwork cauer) {
    }

    private ThermalImpedance() {
    }

    /**
     * @param block      the floorplan block to step (the others off), or null for all the case's power
     * @param from       first sample time (s)
     * @param to         last sample time (s)
     * @param perDecade  samples, and Foster time constants, per decade
     * @param tolerance  local error per time step (K)
     */
    public static Curve measure(Case kase, String block, double from, double to, int perDecade, double tolerance) {
        if (!(from > 0) || !(to > from)) {
            throw new InputException("Zth times: need 0 < from < to, got from " + from + " s, to " + to + " s");
        }
        double ambient = org.kapitza.io.report.CaseReport.ambient(kase);
        if (!Double.isFinite(ambient)) {
            throw new InputException("Zth needs one ambient: every convection T_inf and fixed temperature of the case must be"
                    + " the same, so that the body starts in equilibrium at it");
        }
        ThermalProblem problem = kase.problem();
        boolean found = block == null;
        for (ThermalProblem.PatchCondition pc : problem.boundaries()) {
            if (!(pc.condition() instanceof BoundaryCondition.TotalPower)) continue;
            String name = pc.patch();
            int dot = name.lastIndexOf('.');
            boolean isBlock = name.chars().filter(ch -> ch == '.').count() >= 2;
            if (block != null && isBlock && name.substring(dot + 1).equals(block)) {
                found = true;
                continue;
            }
            if (block != null && isBlock) problem.drive(pc.condition(), TimeFunction.constant(0));
        }
        if (!found) throw new InputException("--block " + block + ": no floorplan block of that name in " + kase.caseFile());
        problem.validate(true);
        int decades = (int) Math.ceil(Math.log10(to / from) * perDecade);
        double[] times = new double[decades + 1];
        for (int i = 0; i <= decades; i++) times[i] = from * Math.pow(to / from, (double) i / decades);
        TransientSettings settings = new TransientSettings(TransientSettings.Integrator.CRANK_NICOLSON, to, from / 10, from * 1e-4,
                to / 20, false, tolerance, times, kase.solver());
        double[] junction = new double[times.length];
        java.util.Arrays.fill(junction, Double.NaN);
        TransientSolver solver = new TransientSolver(settings);
        solver.addObserver(new TransientObserver() {
            @Override
            public void output(double time, int index, SteadyResult view) {
                for (int i = 0; i < times.length; i++) {
                    if (Math.abs(times[i] - time) <= 1e-9 * times[i]) junction[i] = hottest(view);
                }
            }
        });
        solver.run(problem, new InitialCondition.Uniform(ambient));
        // The steady state of the same inputs: a run that starts from it and takes one short step.
        SteadyResult steady = new TransientSolver(new TransientSettings(TransientSettings.Integrator.BACKWARD_EULER, from * 1e-3,
                from * 1e-3, from * 1e-3, from * 1e-3, true, 1, new double[0], kase.solver()))
                .run(problem, new InitialCondition.Steady()).finalState();
        double power = steady.energyBalance().heatIn();
        if (!(power > 0)) throw new InputException("Zth: the case dissipates no power" + (block == null ? "" : " in block " + block));
        double[] zth = new double[times.length];
        for (int i = 0; i < zth.length; i++) {
            if (Double.isNaN(junction[i])) throw new IllegalStateException("Zth: the run did not land on t = " + times[i] + " s");
            zth[i] = (junction[i] - ambient) / power;
        }
        FosterNetwork foster = FosterNetwork.fit(times, zth, perDecade);
        return new Curve(power, ambient, times, zth, (hottest(steady) - ambient) / power, foster, CauerNetwork.fromFoster(foster));
    }

    /** The hottest point: the hottest cell or boundary surface (K). */
    static double hottest(SteadyResult r) {
        Mesh m = r.mesh();
        double t = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < m.cellCount(); c++) if (m.isActive(c)) t = Math.max(t, r.temperature(c));
        for (int f = m.faceStart(FaceClass.BOUNDARY); f < m.faceCount(); f++) t = Math.max(t, r.surfaceTemperature(f));
        return t;
    }

    /**
     * Where two cumulative structure functions separate (JESD51-14's dual-interface method). R(C), the R_Σ at which
     * a curve's C_Σ first reaches C, is compared at C levels 20 per decade: the curves have separated at C when one
     * reaches C/(1 + ε) only at an R_Σ more than (1 + ε) times the R_Σ at which the other reaches C(1 + ε). The
     * tolerance in C keeps two plateaus of nearly the same C_Σ (the fit's grid of time constants shifts them a
     * little) from counting as a separation. θ_JC is the first curve's R(C) at the first separated level (K/W);
     * NaN when the curves do not separate.
     */
    public static double separation(CauerNetwork a, CauerNetwork b, double epsilon) {
        double[] ca = a.cumulativeCapacitance();
        double[] cb = b.cumulativeCapacitance();
        double lo = Math.max(ca[0], cb[0]);
        double hi = Math.min(ca[ca.length - 1], cb[cb.length - 1]);
        int n = (int) Math.ceil(20 * Math.log10(hi / lo));
        double f = 1 + epsilon;
        for (int i = 0; i <= n; i++) {
            double c = lo * Math.pow(hi / lo, (double) i / Math.max(n, 1));
            if (resistanceAt(b, c / f) > f * resistanceAt(a, c * f) || resistanceAt(a, c / f) > f * resistanceAt(b, c * f)) {
                return resistanceAt(a, c);
            }
        }
        return Double.NaN;
    }

    /** R(C): the R_Σ at which the step function C_Σ(R_Σ) first reaches C (its total R when it never does). */
    private static double resistanceAt(CauerNetwork n, double c) {
        double[] rs = n.cumulativeResistance();
        double[] cs = n.cumulativeCapacitance();
        for (int k = 0; k < cs.length; k++) if (cs[k] >= c) return k == 0 ? 0 : rs[k - 1];
        return rs[rs.length - 1];
    }
}
