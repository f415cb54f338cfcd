package org.kapitza.fv;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.kapitza.InputException;
import org.kapitza.linalg.AggregationAmg;
import org.kapitza.linalg.BiCgStab;
import org.kapitza.linalg.ConjugateGradient;
import org.kapitza.linalg.IterationListener;
import org.kapitza.linalg.Preconditioner;
import org.kapitza.linalg.SolveReport;
import org.kapitza.linalg.StencilMatrix;
import org.kapitza.linalg.StencilOperator;
import org.kapitza.material.HeatCapacity;
import org.kapitza.material.Material;
import org.kapitza.mesh.Mesh;
import org.kapitza.nonlinear.ForcingTerm;
import org.kapitza.nonlinear.LineSearch;
import org.kapitza.nonlinear.NewtonKrylov;
import org.kapitza.nonlinear.NonlinearSystem;

/**
 * The equations of one implicit time step, cell by cell,
 * {@code R(u) = V (H(u) − H(uⁿ))/Δt + θ r(u, tⁿ⁺¹) + (1 − θ) r(uⁿ, tⁿ) = 0}, with H the enthalpy per
 * volume and r the heat leaving a cell through its faces minus its sources ({@link HeatBalance}), solved
 * by {@link NewtonKrylov}: for a linear problem one conjugate-gradient solve of M = V C/Δt + θ A (the full
 * step taken), otherwise BiCGStab on J = V C/Δt + θ J_r preconditioned with M and a backtracking line
 * search. A step is solved when its energy balance |Σ R| holds to the tolerance (or to round-off) and,
 * for a nonlinear one, the last Newton step moved no temperature by more than the nonlinear tolerance.
 *
 * <p>The preconditioner of M is chosen by {@code solver.preconditioner}; the multigrid hierarchy is built
 * once and refreshed when Δt or the coefficients change.
 */
final class ImplicitStep implements NonlinearSystem {
    private final TransientSettings settings;
    private final List<IterationListener> linearListeners;
    final Discretization d;
    final Assembly asm;
    final HeatBalance balance;
    final int n;
    final int[] active;
    final double[] volume;
    private final HeatCapacity[] capacity; // per region
    final boolean nonlinear;
    /** M = V C/Δt + θ A, the symmetric matrix the Krylov solver is preconditioned with. */
    private final StencilMatrix m;
    private StencilOperator jacobian;
    private final NewtonKrylov newton;
    AggregationAmg amg;
    /** The preconditioner of M chosen by {@code solver.preconditioner}: {@link #amg} or one built from m. */
    Preconditioner pc;
    int[][] pendingAggregates;
    /** Δt and θ of the matrix the multigrid hierarchy was last computed from (linear problems). */
    double amgDt = Double.NaN;
    double amgTheta = Double.NaN;
    /** Δt and θ the matrix m holds (linear problems: A is assembled once). */
    private double mDt = Double.NaN;
    private double mTheta = Double.NaN;
    private boolean assembledA;

    /** r(u) of the last residual evaluated. */
    final double[] r;
    /** The solved field and its step residual. */
    final double[] uNew;
    final double[] bigR;
    /** ||R|| of each Newton iteration of the last step attempted, and why it failed: for failure reports. */
    List<Double> history = List.of();
    String failure = "";

    // The step being solved.
    private TransientState st;
    private double dt;
    private double theta;
    private double tScale;
    private double allowed;

    ImplicitStep(ThermalProblem problem, TransientSettings settings, List<IterationListener> linearListeners) {
        this.settings = settings;
        this.linearListeners = linearListeners;
        this.d = new Discretization(problem, true);
        this.asm = new Assembly(d);
        this.balance = new HeatBalance(d);
        this.n = d.n;
        this.active = d.activeCells;
        Mesh mesh = problem.mesh();
        this.volume = new double[n];
        for (int c : active) volume[c] = mesh.volume(c);
        this.capacity = new HeatCapacity[mesh.regionCount()];
        boolean capNonlinear = false;
        for (int reg = 0; reg < capacity.length; reg++) {
            Material mat = d.faces.material(reg);
            if (mat.heatCapacity() == null) {
                throw new InputException("material '" + mat.name() + "' of region '" + mesh.regionName(reg)
                        + "' has no heat capacity; a transient run needs its density and specific heat (rho and cp)");
            }
            capacity[reg] = mat.heatCapacity();
            capNonlinear |= capacity[reg].temperatureDependent();
        }
        this.nonlinear = d.nonlinear || capNonlinear;
        this.m = new StencilMatrix(mesh.grid().nx(), mesh.grid().ny(), mesh.grid().nz());
        this.r = new double[n];
        this.uNew = new double[n];
        this.bigR = new double[n];
        // A linear step takes the full step of one exact solve; a nonlinear one backtracks on ||R||.
        double eta = Math.min(0.1, Math.max(1e-10, settings.steady().linearTolerance()));
        this.newton = new NewtonKrylov(n, active, ForcingTerm.constant(eta),
                nonlinear ? LineSearch.backtracking(1e-6) : LineSearch.basic(1e-6),
                settings.steady().maxNonlinearIterations(), !nonlinear);
    }

    /** H(T_new) − H(T_old) of cell c, J/m³, to round-off relative to the change. */
    double enthalpyChange(int c, double from, double to) {
        return capacity[d.mesh.region(c)].enthalpyChange(d.tRef + from, d.tRef + to);
    }

    double heatCapacity(int c, double u) {
        return capacity[d.mesh.region(c)].volumetric(d.tRef + u);
    }

    /**
     * Solves the step from st over dt with weight theta for {@link #uNew}. counts receives {Newton
     * iterations, Krylov iterations}. Returns false when it does not converge (the step is then retried
     * shorter), with {@link #failure} and {@link #history} saying why.
     */
    boolean solve(TransientState st, double dt, double theta, int[] counts) {
        // Inputs at the end of the step as they are during it: a step that lands on a jump ends before it.
        d.setTimeJustBefore(st.time + dt);
        this.st = st;
        this.dt = dt;
        this.theta = theta;
        System.arraycopy(st.u, 0, uNew, 0, n);
        tScale = 0;
        for (int c : active) tScale = Math.max(tScale, Math.abs(d.tRef + st.u[c]));
        failure = "Newton's method did not converge in " + settings.steady().maxNonlinearIterations() + " iterations";
        NewtonKrylov.Result res = newton.solve(this, uNew, bigR);
        counts[0] += res.iterations();
        counts[1] += res.linearIterations();
        history = res.history();
        switch (res.reason()) {
            case DIVERGED_LINEAR_SOLVE -> failure = String.format(Locale.ROOT,
                    "conjugate gradients (%s) stopped at ||r||/||b|| = %.3e after %d iterations",
                    pc.name(), res.lastLinear().relativeResidual(), res.lastLinear().iterations());
            case DIVERGED_LINE_SEARCH -> failure = String.format(Locale.ROOT,
                    "the line search found no decrease of ||R|| = %.3e W", res.fNorm());
            default -> {
            }
        }
        return res.converged();
    }

    /** R = V (H(u) − H(uⁿ))/Δt + θ r(u) + (1−θ) rⁿ into out; returns ||R||₂. {@link #r} receives r(u). */
    @Override
    public double residual(double[] u, double[] out) {
        balance.residual(u, r);
        double norm = 0;
        for (int c : active) {
            double v = volume[c] * enthalpyChange(c, st.u[c], u[c]) / dt + theta * r[c] + (1 - theta) * st.rOld[c];
            out[c] = v;
            norm += v * v;
        }
        return Math.sqrt(norm);
    }

    @Override
    public SolveReport solveNewtonStep(int iteration, double[] u, double[] rhs, double[] delta, double eta) {
        buildMatrix(u, iteration == 1);
        double through = throughputOfStep();
        allowed = Math.max(settings.steady().energyBalanceTolerance() * through, roundOff(u));
        if (!nonlinear) {
            ConjugateGradient cg = new ConjugateGradient(settings.steady().linearTolerance(),
                    settings.steady().maxLinearIterations()).flexible(pc instanceof AggregationAmg a && a.variable());
            for (IterationListener l : linearListeners) cg.addListener(l);
            double bound = allowed;
            cg.acceptance((x, residualSum) -> Math.abs(residualSum) <= bound);
            return cg.solve(m, pc, rhs, delta);
        }
        if (jacobian == null) jacobian = new StencilOperator(m.nx, m.ny, m.nz);
        balance.jacobian(u, jacobian);
        scaleJacobian(u);
        BiCgStab krylov = new BiCgStab(eta, settings.steady().maxLinearIterations());
        for (IterationListener l : linearListeners) krylov.addListener(l);
        return krylov.solve(jacobian, pc, rhs, delta);
    }

    @Override
    public boolean admissible(double[] trial) {
        boolean valid = true;
        for (int c : active) valid &= d.tRef + trial[c] > 0;
        return valid;
    }

    @Override
    public boolean converged(int iteration, double[] u, double[] res, double fNorm, double change, SolveReport linear) {
        double sum = 0;
        for (int c : active) sum += res[c];
        boolean balanced = Math.abs(sum) <= allowed;
        if (!balanced) {
            failure = String.format(Locale.ROOT, "the step's energy imbalance |ΣR| = %.3e W stayed above %.3e W", Math.abs(sum), allowed);
        }
        if (!nonlinear && balanced) return true;
        return change <= settings.steady().nonlinearTolerance() * tScale && balanced;
    }

    /**
     * The smallest energy imbalance |Σ R| (W) a step can be solved to at u: the round-off of evaluating
     * R. Each cell's R is resolved only to ε |M_cc T_c|: the storage term V ΔH/Δt changes by V C ulp(T)/Δt
     * when T moves by one unit in the last place, each face flow by G ulp(T). Both grow without bound
     * relative to the heat a step moves (the storage term as Δt shrinks, the flows as the field nears
     * equilibrium), so a tolerance only relative to the throughput can be out of reach: a cool-down's
     * steps then failed one after another down to the smallest step. The same bound as the steady
     * solver's conjugate-gradient acceptance.
     */
    double roundOff(double[] u) {
        double worst = 0;
        for (int c : active) worst = Math.max(worst, Math.abs(m.diagonal(c) * (d.tRef + u[c])));
        return 16 * Math.ulp(1.0) * Math.sqrt(n) * worst;
    }

    /**
     * The heat a step moves (W), the scale of its energy-balance tolerances: the larger of the flows
     * through the boundaries and sources, half the storage, and half the step residual's terms (the
     * flows that redistribute heat inside an insulated body, where the first two can be zero).
     */
    private double throughputOfStep() {
        double s = asm.throughput(uNew);
        double storage = 0;
        double terms = 0;
        for (int c : active) {
            storage += Math.abs(volume[c] * enthalpyChange(c, st.u[c], uNew[c]) / dt);
            terms += Math.abs(bigR[c]);
        }
        return Math.max(s, 0.5 * Math.max(storage, terms)) + 1e-300;
    }

    /**
     * M = V C/Δt + θ A(u). A linear problem's A does not change (drivers change values, never
     * coefficients), so it is assembled once and M rebuilt only when Δt or θ change. The multigrid
     * hierarchy is recomputed at the start of every step of a nonlinear problem, and for a linear one only
     * when Δt has moved by more than a factor 1.5 since the last time: a hierarchy of a nearby M
     * preconditions as well, and setting it up costs as much as several cycles.
     */
    private void buildMatrix(double[] u, boolean stepStart) {
        if (nonlinear || !assembledA) {
            asm.assemble(u);
            assembledA = true;
        } else if (dt == mDt && theta == mTheta) {
            return;
        }
        fillMatrix(u, dt, theta);
        if (!"amg".equals(settings.steady().preconditioner())) {
            pc = SteadySolver.singleLevel(settings.steady().preconditioner(), m);
            return;
        }
        if (amg == null) {
            if (pendingAggregates != null && !nonlinear && Double.isFinite(amgDt)) {
                // A resumed linear run: the hierarchy of the interrupted run was built at amgDt.
                fillMatrix(u, amgDt, amgTheta);
                amg = new AggregationAmg(m, pendingAggregates);
                fillMatrix(u, dt, theta);
            } else {
                amg = pendingAggregates != null ? new AggregationAmg(m, pendingAggregates) : new AggregationAmg(m);
                amgDt = dt;
                amgTheta = theta;
            }
            pendingAggregates = null;
        } else if (nonlinear ? stepStart : theta != amgTheta || dt > 1.5 * amgDt || dt < amgDt / 1.5) {
            amg.refresh(m);
            amgDt = dt;
            amgTheta = theta;
        }
        pc = amg;
    }

    private void fillMatrix(double[] u, double dt, double theta) {
        StencilMatrix a = asm.matrix;
        for (int c = 0; c < a.gx.length; c++) m.gx[c] = theta * a.gx[c];
        for (int c = 0; c < a.gy.length; c++) m.gy[c] = theta * a.gy[c];
        for (int c = 0; c < a.gz.length; c++) m.gz[c] = theta * a.gz[c];
        Arrays.fill(m.rowSum, 1); // identity rows outside the geometry
        for (int c : active) m.rowSum[c] = theta * a.rowSum[c] + volume[c] * heatCapacity(c, u[c]) / dt;
        mDt = dt;
        mTheta = theta;
    }

    /** J = θ J_r + V C/Δt on the diagonal. */
    private void scaleJacobian(double[] u) {
        StencilOperator j = jacobian;
        for (int a = 0; a < 3; a++) {
            for (int c = 0; c < j.up[a].length; c++) {
                j.up[a][c] *= theta;
                j.down[a][c] *= theta;
            }
        }
        for (int c = 0; c < n; c++) j.diag[c] *= theta;
        for (int c : active) j.diag[c] += volume[c] * heatCapacity(c, u[c]) / dt;
    }
}
