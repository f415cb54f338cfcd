package org.kapitza.fv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kapitza.InputException;
import org.kapitza.linalg.ConjugateGradient;
import org.kapitza.linalg.CsrMatrix;
import org.kapitza.linalg.DicPreconditioner;
import org.kapitza.linalg.FluxFormOperator;
import org.kapitza.linalg.IterationListener;
import org.kapitza.linalg.JacobiPreconditioner;
import org.kapitza.linalg.NotConvergedException;
import org.kapitza.linalg.Preconditioner;
import org.kapitza.linalg.SolveReport;
import org.kapitza.material.Conductivity;

/**
 * Solves steady conduction with interface and grain-boundary resistances: setup, assemble, solve,
 * and, for temperature-dependent conductivities and resistances, Picard iterations (coefficients at the
 * last temperatures, solve, repeat) until the largest temperature change falls below the tolerance.
 *
 * <p>A converged Picard iteration satisfies every nonlinear law exactly: interface resistances are
 * secant resistances evaluated at the face temperatures (see {@link org.kapitza.interfaces.InterfaceModel}).
 */
public final class SteadySolver {
    private final SolverSettings settings;
    private final List<IterationListener> linearListeners = new ArrayList<>();
    private final List<NonlinearListener> nonlinearListeners = new ArrayList<>();

    public SteadySolver(SolverSettings settings) {
        this.settings = settings;
    }

    public SteadySolver() {
        this(SolverSettings.defaults());
    }

    public SteadySolver addListener(IterationListener l) {
        linearListeners.add(l);
        return this;
    }

    public SteadySolver addListener(NonlinearListener l) {
        nonlinearListeners.add(l);
        return this;
    }

    /**
     * @throws InputException         for problems that cannot be solved as stated
     * @throws NotConvergedException  when a linear or the nonlinear iteration does not converge
     */
    public SteadyResult solve(ThermalProblem problem) {
        long t0 = System.nanoTime();
        Discretization d = new Discretization(problem);
        double setup = (System.nanoTime() - t0) * 1e-9;
        long t1 = System.nanoTime();
        double[] theta = new double[d.n];
        int linear = 0;
        int picard = 0;
        double change = Double.NaN;
        double[] next = new double[d.n];
        while (true) {
            picard++;
            d.assemble(theta);
            System.arraycopy(theta, 0, next, 0, d.n);
            SolveReport report = linearSolve(d, next);
            linear += report.iterations();
            change = 0;
            for (int u = 0; u < d.n; u++) {
                double t = next[u];
                if (!Double.isFinite(t)) {
                    throw new NotConvergedException("the temperature became " + t + " at Picard iteration " + picard, report);
                }
                change = Math.max(change, Math.abs(t - theta[u]));
            }
            double[] swap = theta;
            theta = next;
            next = swap;
            for (NonlinearListener l : nonlinearListeners) l.iteration(picard, change, report.iterations());
            if (!d.nonlinear) break;
            double scale = 0;
            for (int u = 0; u < d.n; u++) scale = Math.max(scale, Math.abs(d.tRef + theta[u]));
            if (change <= settings.nonlinearTolerance() * scale) break;
            if (picard >= settings.maxNonlinearIterations()) {
                throw new NotConvergedException(String.format(Locale.ROOT,
                        "the nonlinear (Picard) iteration did not converge in %d iterations: the last one changed the"
                                + " temperature by up to %.3g K (tolerance %.3g K)", picard, change,
                        settings.nonlinearTolerance() * scale), report);
            }
        }
        double solve = (System.nanoTime() - t1) * 1e-9;
        List<String> warnings = rangeWarnings(d, theta);
        SteadyResult result = new SteadyResult(d, theta, picard, linear, setup, solve, warnings);
        return result.withWarnings(linearResponseWarnings(d, result));
    }

    private SolveReport linearSolve(Discretization d, double[] x) {
        CsrMatrix a = d.matrix;
        Preconditioner pc = preconditioner(a);
        ConjugateGradient cg = new ConjugateGradient(settings.linearTolerance(), settings.maxLinearIterations());
        for (IterationListener l : linearListeners) cg.addListener(l);
        double eps = Math.ulp(1.0);
        cg.acceptance((xc, residualSum) -> {
            // The residual sum is the energy imbalance (W). Insist on it, down to what round-off allows.
            double roundOff = 0;
            for (int u = 0; u < d.n; u++) roundOff = Math.max(roundOff, Math.abs(a.value[a.diag[u]] * xc[u]));
            roundOff *= 16 * eps * Math.sqrt(d.n);
            double allowed = Math.max(settings.energyBalanceTolerance() * d.throughput(xc), roundOff);
            return Math.abs(residualSum) <= allowed;
        });
        SolveReport r = cg.solve(new FluxFormOperator(a, d.boundaryConductance), pc, d.rhs, x);
        if (!r.converged()) {
            throw new NotConvergedException(String.format(Locale.ROOT,
                    "conjugate gradients (%s) did not reach the relative residual %.1e in %d iterations (reached %.3e)",
                    pc.name(), settings.linearTolerance(), r.iterations(), r.relativeResidual()), r);
        }
        return r;
    }

    private Preconditioner preconditioner(CsrMatrix a) {
        switch (settings.preconditioner()) {
            case "jacobi":
                return new JacobiPreconditioner(a);
            case "dic":
                return new DicPreconditioner(a);
            case "none":
                return Preconditioner.NONE;
            default:
                throw new InputException("solver: unknown preconditioner '" + settings.preconditioner()
                        + "'; choose one of: jacobi, dic, none");
        }
    }

    /**
     * A linear-response R(T) (a power law) is the small-jump limit of the one-way-flux law; when a
     * converged jump exceeds 10 % of the temperature, the linearised jump is off by several per cent
     * (14 % at ΔT/T = 9 % for R ∝ T⁻³, PHYSICS.md §2) and the exact law should be used.
     */
    private static List<String> linearResponseWarnings(Discretization d, SteadyResult r) {
        List<String> out = new ArrayList<>();
        var m = d.mesh;
        double[] worst = new double[m.interfacePairCount()];
        for (int f = d.ifStart; f < d.ifEnd; f++) {
            int p = m.interfacePair(f);
            if (!d.pairModel[p].linearResponse()) continue;
            double[] t = r.sideTemperatures(f);
            worst[p] = Math.max(worst[p], Math.abs(t[0] - t[1]) / (0.5 * (t[0] + t[1])));
        }
        for (int p = 0; p < worst.length; p++) {
            if (worst[p] > 0.1) {
                out.add(String.format(Locale.ROOT, "interface %s: the jump reaches %.0f %% of the temperature, beyond the"
                        + " small-jump regime of its power-law R(T); use the one-way-flux (radiative) law there",
                        d.pairLabel[p], 100 * worst[p]));
            }
        }
        return out;
    }

    /** Regions whose temperatures leave their material's validity range: warnings, or an error if strict. */
    private List<String> rangeWarnings(Discretization d, double[] theta) {
        List<String> out = new ArrayList<>();
        var m = d.mesh;
        int nr = m.regionCount();
        double[] lo = new double[nr];
        double[] hi = new double[nr];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (int u = 0; u < d.n; u++) {
            int r = m.region(d.cellOfUnknown[u]);
            double t = d.tRef + theta[u];
            lo[r] = Math.min(lo[r], t);
            hi[r] = Math.max(hi[r], t);
        }
        for (int r = 0; r < nr; r++) {
            if (lo[r] > hi[r]) continue;
            Conductivity k = d.regionMaterial[r].conductivity();
            if (lo[r] >= k.validFrom() && hi[r] <= k.validTo()) continue;
            String msg = String.format(Locale.ROOT,
                    "region '%s' (%s) reaches %.4g–%.4g K, outside the validity range %.4g–%.4g K of %s; k was held at"
                            + " its value at the end of the range", m.regionName(r), d.regionMaterial[r].name(), lo[r], hi[r],
                    k.validFrom(), k.validTo(), k.describe());
            if (settings.strictRanges()) {
                throw new InputException(msg.replace("; k was held at its value at the end of the range",
                        "; strict ranges are on, so the result is refused"));
            }
            out.add(msg);
        }
        return out;
    }
}
