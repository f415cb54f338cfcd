package org.kapitza.fv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kapitza.InputException;
import org.kapitza.linalg.AggregationAmg;
import org.kapitza.linalg.BiCgStab;
import org.kapitza.linalg.ConjugateGradient;
import org.kapitza.linalg.IterationListener;
import org.kapitza.linalg.NotConvergedException;
import org.kapitza.linalg.Preconditioner;
import org.kapitza.linalg.SolveReport;
import org.kapitza.linalg.StencilMatrix;
import org.kapitza.linalg.StencilOperator;
import org.kapitza.linalg.StencilPreconditioners;
import org.kapitza.material.Conductivity;
import org.kapitza.nonlinear.ForcingTerm;
import org.kapitza.nonlinear.LineSearch;
import org.kapitza.nonlinear.NewtonKrylov;
import org.kapitza.nonlinear.NonlinearSystem;

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
     * What a solve on the same mesh may start from: the temperatures of an earlier solve and its
     * multigrid hierarchy, whose aggregates are kept and whose values are refreshed from the new
     * matrix (as Newton steps and time steps already do). A solve from it converges to the same
     * tolerance as a cold one in fewer iterations and without the aggregation setup; its result depends
     * only on the problem and on the warm start, not on what else was solved. Parameter studies start
     * each point from one fixed earlier point of the same mesh.
     */
    public static final class WarmStart {
        private final org.kapitza.mesh.Mesh mesh;
        private final double[] temperature;
        private final AggregationAmg amg;

        private WarmStart(org.kapitza.mesh.Mesh mesh, double[] temperature, AggregationAmg amg) {
            this.mesh = mesh;
            this.temperature = temperature;
            this.amg = amg;
        }

        /** Only the temperatures, for measuring what each half of a warm start brings. */
        public WarmStart temperaturesOnly() {
            return new WarmStart(mesh, temperature, null);
        }

        /** Only the multigrid hierarchy (a cold initial guess). */
        public WarmStart hierarchyOnly() {
            return new WarmStart(mesh, null, amg);
        }

        /** The mesh it belongs to (the same object, not an equal one, is needed to use it). */
        public org.kapitza.mesh.Mesh mesh() {
            return mesh;
        }
    }

    /**
     * The warm start a later solve of the same mesh may use: this solver's last result and hierarchy.
     * The hierarchy is handed over, not copied: a solve from the warm start refreshes it in place, so
     * warm starts are for solves one after another on one thread.
     */
    public WarmStart warmStart(SteadyResult r) {
        double[] t = new double[r.mesh().cellCount()];
        for (int c = 0; c < t.length; c++) t[c] = r.temperature(c);
        return new WarmStart(r.mesh(), t, amg);
    }

    /**
     * @throws InputException         for problems that cannot be solved as stated
     * @throws NotConvergedException  when a linear or the nonlinear iteration does not converge
     */
    public SteadyResult solve(ThermalProblem problem) {
        return solve(problem, null);
    }

    /**
     * Solves starting from an earlier solve of the same mesh, or cold when {@code from} is null or belongs
     * to another mesh.
     */
    public SteadyResult solve(ThermalProblem problem, WarmStart from) {
        long t0 = System.nanoTime();
        Discretization d = new Discretization(problem);
        Assembly a = new Assembly(d);
        double setup = (System.nanoTime() - t0) * 1e-9;
        long t1 = System.nanoTime();
        double[] theta = new double[d.n];
        if (from != null && from.mesh == problem.mesh()) {
            if (from.temperature != null) for (int c : d.activeCells) theta[c] = from.temperature[c] - d.tRef;
            if (settings.preconditioner().equals("amg") && from.amg != null) {
                amg = from.amg;
                amgMatrix = null;
                amgFromEarlier = true;
            }
        }
        int[] counts;
        if (!d.nonlinear || settings.nonlinearMethod().equals("picard")) {
            counts = picard(a, theta);
        } else if (settings.nonlinearMethod().equals("newton")) {
            counts = newton(a, theta);
        } else {
            throw new InputException("solver: unknown nonlinear method '" + settings.nonlinearMethod()
                    + "'; choose newton or picard");
        }
        double solve = (System.nanoTime() - t1) * 1e-9;
        SteadyResult result = new SteadyResult(a, theta, counts[0], counts[1], setup, solve, List.of())
                .withPreconditionerBytes(amg == null ? 0 : amg.memoryBytes());
        result = result.withWarnings(rangeWarnings(d, result));
        return result.withWarnings(linearResponseWarnings(d, result));
    }

    /** Picard iterations: coefficients at the last temperatures, solve, repeat. Returns {iterations, CG iterations}. */
    private int[] picard(Assembly a, double[] theta) {
        Discretization d = a.d;
        int linear = 0;
        int picard = 0;
        double[] next = new double[d.n];
        while (true) {
            picard++;
            a.assemble(theta);
            System.arraycopy(theta, 0, next, 0, d.n);
            SolveReport report = linearSolve(a, next);
            linear += report.iterations();
            double change = 0;
            for (int u = 0; u < d.n; u++) {
                double t = next[u];
                if (!Double.isFinite(t)) {
                    throw new NotConvergedException("the temperature became " + t + " at Picard iteration " + picard, report);
                }
                change = Math.max(change, Math.abs(t - theta[u]));
            }
            System.arraycopy(next, 0, theta, 0, d.n);
            for (NonlinearListener l : nonlinearListeners) l.iteration(picard, change, report.iterations());
            if (!d.nonlinear) break;
            double tol = settings.nonlinearTolerance() * temperatureScale(d, theta);
            if (change <= tol) break;
            if (picard >= settings.maxNonlinearIterations()) {
                throw new NotConvergedException(String.format(Locale.ROOT,
                        "the nonlinear (Picard) iteration did not converge in %d iterations: the last one changed the"
                                + " temperature by up to %.3g K (tolerance %.3g K); try the newton method", picard,
                        change, tol), report);
            }
        }
        return new int[] {picard, linear};
    }

    /**
     * Newton's method on the exact nonlinear balance of every cell, from the temperatures of one
     * linearised solve, by {@link NewtonKrylov}: each step solves J δ = −F by BiCGStab preconditioned with
     * the symmetric (Picard) matrix, to a relative tolerance that tightens as F falls (Eisenstat and
     * Walker, choice 2), and is shortened by backtracking until ||F|| decreases. Converged when the last
     * step moved no temperature by more than the nonlinear tolerance and the energy balance holds.
     * Returns {iterations, Krylov iterations}.
     */
    private int[] newton(Assembly a, double[] theta) {
        Discretization d = a.d;
        a.assemble(theta);
        int linear = linearSolve(a, theta).iterations();
        SteadyBalance system = new SteadyBalance(a);
        NewtonKrylov newton = new NewtonKrylov(d.n, NewtonKrylov.all(d.n), ForcingTerm.eisenstatWalker(0.1, 1e-12),
                LineSearch.backtracking(1e-8), settings.maxNonlinearIterations(), false);
        NewtonKrylov.Result r = newton.solve(system, theta, new double[d.n]);
        switch (r.reason()) {
            case CONVERGED -> {
                a.assembleSecant(theta);
                return new int[] {r.iterations(), linear + r.linearIterations()};
            }
            case DIVERGED_LINE_SEARCH -> throw new NotConvergedException(String.format(Locale.ROOT,
                    "Newton's method could not reduce the heat-balance residual (%.3e W) at iteration %d; the"
                            + " laws may have no steady solution with these boundary conditions", r.fNorm(), r.iterations()),
                    r.lastLinear());
            default -> throw new NotConvergedException(String.format(Locale.ROOT,
                    "Newton's method did not converge in %d iterations: the last step changed the temperature by"
                            + " up to %.3g K and the heat-balance residual is %.3e W", r.iterations(), r.change(), r.fNorm()),
                    r.lastLinear());
        }
    }

    /** The steady heat balance as Newton sees it: residual, Jacobian solve, energy-balance acceptance. */
    private final class SteadyBalance implements NonlinearSystem {
        private final Assembly a;
        private final Discretization d;
        private final HeatBalance balance;
        private final StencilOperator j;
        /** The throughput (W) of the last residual evaluated: the accepted iterate's when tested. */
        private double through;

        SteadyBalance(Assembly a) {
            this.a = a;
            this.d = a.d;
            this.balance = new HeatBalance(d);
            this.j = new StencilOperator(a.matrix.nx, a.matrix.ny, a.matrix.nz);
        }

        @Override
        public double residual(double[] theta, double[] f) {
            through = balance.residual(theta, f);
            return norm(f);
        }

        @Override
        public SolveReport solveNewtonStep(int iteration, double[] theta, double[] rhs, double[] delta, double eta) {
            balance.jacobian(theta, j);
            a.assemble(theta);
            Preconditioner pc = preconditioner(a.matrix);
            BiCgStab krylov = new BiCgStab(eta, settings.maxLinearIterations());
            for (IterationListener l : linearListeners) krylov.addListener(l);
            return krylov.solve(j, pc, rhs, delta);
        }

        @Override
        public boolean admissible(double[] trial) {
            for (double t : trial) if (!(d.tRef + t > 0 && Double.isFinite(t))) return false;
            return true;
        }

        @Override
        public boolean converged(int it, double[] theta, double[] f, double fNorm, double change, SolveReport linear) {
            for (NonlinearListener l : nonlinearListeners) l.iteration(it, change, linear.iterations());
            double imbalance = 0;
            for (double v : f) imbalance += v;
            boolean balanced = Math.abs(imbalance) <= Math.max(settings.energyBalanceTolerance() * through,
                    64 * Math.ulp(through) * Math.sqrt(d.n));
            return change <= settings.nonlinearTolerance() * temperatureScale(d, theta) && balanced;
        }
    }

    private static double temperatureScale(Discretization d, double[] theta) {
        double scale = 0;
        for (int c : d.activeCells) scale = Math.max(scale, Math.abs(d.tRef + theta[c]));
        return scale;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) s += x * x;
        return Math.sqrt(s);
    }

    private SolveReport linearSolve(Assembly system, double[] x) {
        Discretization d = system.d;
        StencilMatrix a = system.matrix;
        Preconditioner pc = preconditioner(a);
        ConjugateGradient cg = new ConjugateGradient(settings.linearTolerance(), settings.maxLinearIterations())
                .flexible(pc instanceof AggregationAmg amgPc && amgPc.variable());
        for (IterationListener l : linearListeners) cg.addListener(l);
        double eps = Math.ulp(1.0);
        cg.acceptance((xc, residualSum) -> {
            // The residual sum is the energy imbalance (W). Insist on it, down to what round-off allows.
            double roundOff = 0;
            for (int c : d.activeCells) roundOff = Math.max(roundOff, Math.abs(a.diagonal(c) * xc[c]));
            roundOff *= 16 * eps * Math.sqrt(d.n);
            double allowed = Math.max(settings.energyBalanceTolerance() * system.throughput(xc), roundOff);
            return Math.abs(residualSum) <= allowed;
        });
        SolveReport r = cg.solve(a, pc, system.rhs, x);
        if (!r.converged()) {
            throw new NotConvergedException(String.format(Locale.ROOT,
                    "conjugate gradients (%s) did not reach the relative residual %.1e in %d iterations (reached %.3e)",
                    pc.name(), settings.linearTolerance(), r.iterations(), r.relativeResidual()), r);
        }
        return r;
    }

    /** The multigrid hierarchy of the current solve: refreshed, not rebuilt, when only values change. */
    private AggregationAmg amg;
    private StencilMatrix amgMatrix;

    /** The hierarchy came from an earlier solve of the same mesh: refresh it from the first matrix too. */
    private boolean amgFromEarlier;

    private Preconditioner preconditioner(StencilMatrix a) {
        if (!settings.preconditioner().equals("amg")) return singleLevel(settings.preconditioner(), a);
        if (amg != null && (amgMatrix == a || amgFromEarlier)) {
            amg.refresh(a);
            amgMatrix = a;
            amgFromEarlier = false;
        } else {
            amg = new AggregationAmg(a);
            amgMatrix = a;
        }
        return amg;
    }

    /**
     * The preconditioner {@code name} other than multigrid (whose hierarchy each solver keeps itself),
     * built from a: for the steady and the transient solver alike.
     */
    static Preconditioner singleLevel(String name, StencilMatrix a) {
        return switch (name) {
            case "jacobi" -> StencilPreconditioners.jacobi(a);
            case "dic" -> StencilPreconditioners.dic(a);
            case "none" -> Preconditioner.NONE;
            default -> throw new InputException("solver: unknown preconditioner '" + name
                    + "'; choose one of: amg, dic, jacobi, none");
        };
    }

    /**
     * A linear-response R(T) (a power law) is the small-jump limit of the one-way-flux law; when a
     * converged jump exceeds 10 % of the temperature, the linearised jump is off by several per cent
     * (14 % at ΔT/T = 9 % for R ∝ T⁻³, docs/PHYSICS.md §2) and the exact law should be used.
     */
    private static List<String> linearResponseWarnings(Discretization d, SteadyResult r) {
        List<String> out = new ArrayList<>();
        var m = d.mesh;
        double[] worst = new double[m.interfacePairCount()];
        for (int f = d.ifStart; f < d.ifEnd; f++) {
            int p = m.interfacePair(f);
            if (!d.faces.pairModel(p).linearResponse()) continue;
            double[] t = r.sideTemperatures(f);
            worst[p] = Math.max(worst[p], Math.abs(t[0] - t[1]) / (0.5 * (t[0] + t[1])));
        }
        for (int p = 0; p < worst.length; p++) {
            if (worst[p] > 0.1) {
                out.add(String.format(Locale.ROOT, "interface %s: the jump reaches %.0f %% of the temperature, beyond the"
                        + " small-jump regime of its power-law R(T); use the one-way-flux (radiative) law there",
                        d.faces.pairLabel(p), 100 * worst[p]));
            }
        }
        return out;
    }

    /** Regions whose temperatures leave their material's validity range: warnings, or an error if strict. */
    private List<String> rangeWarnings(Discretization d, SteadyResult result) {
        List<String> out = new ArrayList<>();
        for (SteadyResult.RegionStats r : result.regions()) {
            Conductivity k = d.faces.material(d.mesh.regionId(r.region())).conductivity();
            if (r.min() >= k.validFrom() && r.max() <= k.validTo()) continue;
            String msg = String.format(Locale.ROOT,
                    "region '%s' (%s) reaches %.4g–%.4g K, outside the validity range %s–%s K of its conductivity (%s);"
                            + " k was held at its value at the end of the range", r.region(), r.material(),
                    r.min(), r.max(), org.kapitza.Numbers.format(k.validFrom()), org.kapitza.Numbers.format(k.validTo()),
                    k.describe());
            if (settings.strictRanges()) {
                throw new InputException(msg.replace("; k was held at its value at the end of the range",
                        "; strict ranges are on, so the result is refused"));
            }
            out.add(msg);
        }
        return out;
    }
}
