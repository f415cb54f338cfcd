package org.kapitza.fv;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.kapitza.InputException;
import org.kapitza.boundary.TimeFunction;
import org.kapitza.io.AtomicFile;
import org.kapitza.linalg.AggregationAmg;
import org.kapitza.linalg.BiCgStab;
import org.kapitza.linalg.ConjugateGradient;
import org.kapitza.linalg.IterationListener;
import org.kapitza.linalg.NotConvergedException;
import org.kapitza.linalg.Preconditioner;
import org.kapitza.linalg.SolveReport;
import org.kapitza.linalg.StencilMatrix;
import org.kapitza.linalg.StencilOperator;
import org.kapitza.material.HeatCapacity;
import org.kapitza.material.Material;
import org.kapitza.mesh.Mesh;

/**
 * Transient conduction with every interface keeping its jump condition: each step solves, cell by cell,
 *
 * <pre>  V (H(Tⁿ⁺¹) − H(Tⁿ)) / Δt + θ r(Tⁿ⁺¹, tⁿ⁺¹) + (1 − θ) r(Tⁿ, tⁿ) = 0,</pre>
 *
 * where H is the enthalpy per volume ({@link HeatCapacity}) and r the heat leaving the cell through its
 * faces minus its sources, the same face laws as the steady solver (conductivities at the cell
 * temperatures, interface laws at the face temperatures). θ = 1 is backward Euler, θ = ½ Crank–Nicolson.
 * Summed over cells the interior flows cancel, so the stored-energy change of every step equals the net
 * input over it: that is checked every step and reported.
 *
 * <p>Temperature-dependent k, C and R are handled inside each step by Newton's method (the steady
 * solver's face-flux Jacobian plus the capacity on the diagonal); a linear problem needs one conjugate
 * gradient solve of (V C/Δt + θ A) per step, preconditioned as {@code solver.preconditioner} says (as in
 * the steady solver). The multigrid hierarchy is built once and refreshed when Δt or the coefficients
 * change; DIC and Jacobi are rebuilt from M whenever it changes.
 *
 * <p><b>Step control.</b> The local error is estimated from an explicit predictor (forward Euler for
 * backward Euler steps, Milne's device; Adams–Bashforth 2 for Crank–Nicolson steps, Gresho and Sani,
 * Incompressible Flow and the Finite Element Method, 1998, §3.16) and steps adapt to the tolerance in
 * K. Steps land exactly on output times and on every breakpoint of the inputs; after a jump of an input
 * (a power trace's next interval) Crank–Nicolson takes two backward Euler steps (Rannacher, Numer. Math.
 * 43 (1984) 309) so that the fast modes the jump excites are damped.
 *
 * <p><b>Checkpoints</b> hold the whole state, the multigrid aggregates included, so a run restarted from
 * one repeats exactly what the uninterrupted run did.
 */
public final class TransientSolver {
    private final TransientSettings settings;
    private final List<Probe> probes = new ArrayList<>();
    private final List<TransientObserver> observers = new ArrayList<>();
    private final List<IterationListener> linearListeners = new ArrayList<>();
    private Path checkpointFile;
    private int checkpointEvery;
    private int stopAfterSteps = -1;

    public TransientSolver(TransientSettings settings) {
        this.settings = settings;
    }

    public TransientSolver probe(Probe p) {
        probes.add(p);
        return this;
    }

    public TransientSolver addObserver(TransientObserver o) {
        observers.add(o);
        return this;
    }

    public TransientSolver addListener(IterationListener l) {
        linearListeners.add(l);
        return this;
    }

    /**
     * Writes a checkpoint to this file every {@code everySteps} accepted steps (and at the end); with 0,
     * never (the file is then only read by {@link #resume}).
     */
    public TransientSolver checkpoint(Path file, int everySteps) {
        this.checkpointFile = file;
        this.checkpointEvery = everySteps;
        return this;
    }

    /** Stops (as if killed) after this many accepted steps: for restart tests. */
    TransientSolver stopAfter(int steps) {
        this.stopAfterSteps = steps;
        return this;
    }

    /** Simulated time (s) a checkpoint file was written at, or 0 when it cannot be read. */
    public static double checkpointTime(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            return TransientState.peekTime(in);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Runs from an initial condition. */
    public TransientResult run(ThermalProblem problem, InitialCondition initial) {
        return execute(problem, initial, null);
    }

    /**
     * Continues a run from its last checkpoint (the file given to {@link #checkpoint}).
     *
     * @throws InputException when the checkpoint is missing or belongs to another mesh
     */
    public TransientResult resume(ThermalProblem problem) {
        if (checkpointFile == null || !Files.isRegularFile(checkpointFile)) {
            throw new InputException("no checkpoint to restart from at " + checkpointFile);
        }
        TransientState s;
        try (InputStream raw = Files.newInputStream(checkpointFile);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            s = TransientState.read(in, problem.mesh().cellCount(), checkpointFile.toString());
        } catch (IOException e) {
            throw new InputException("checkpoint " + checkpointFile + " cannot be read: " + e.getMessage());
        }
        return execute(problem, null, s);
    }

    // ---- the run ------------------------------------------------------------------------------------

    private TransientResult execute(ThermalProblem problem, InitialCondition initial, TransientState resumed) {
        long wall0 = System.nanoTime();
        Run run = new Run(problem);
        TransientState st;
        if (resumed != null) {
            st = resumed;
            // The hierarchy the interrupted run used, so the restarted run repeats it step for step.
            run.pendingAggregates = resumed.aggregates;
            run.amgDt = resumed.amgDt;
            run.amgTheta = resumed.amgTheta;
            try {
                run.asm.restoreLinearisationState(resumed.linearisation);
            } catch (IllegalArgumentException e) {
                throw new InputException("checkpoint " + checkpointFile + " belongs to another case (" + e.getMessage()
                        + "); start afresh without --restart or point to this case's checkpoint");
            }
        } else {
            st = run.initialState(initial);
            run.writeOutputs(st); // an output time of 0 is the initial field
        }
        run.loop(st);
        SteadyResult last = run.view(st.u);
        return new TransientResult(last, probes, st, (System.nanoTime() - wall0) * 1e-9);
    }

    /** The working data of one run. */
    private final class Run {
        final ThermalProblem problem;
        final Discretization d;
        final Assembly asm;
        final HeatBalance balance;
        final int n;
        final int[] active;
        final double[] volume;
        final HeatCapacity[] capacity; // per region
        final boolean nonlinear;
        final StencilMatrix m;
        StencilOperator jacobian;
        AggregationAmg amg;
        /** The preconditioner of M chosen by {@code solver.preconditioner}: {@link #amg} or one built from m. */
        Preconditioner pc;
        /** ||R|| of each Newton iteration of the last step attempted, and why it failed: for failure reports. */
        final List<Double> newtonHistory = new ArrayList<>();
        String failure = "";
        final double[] r;
        final double[] bigR;
        final double[] uNew;
        final double[] delta;
        final double[] rhs;
        final double[] trial;
        final double[] trialR;
        double[] uOld; // the field at the start of the step being solved
        final double[] events;

        Run(ThermalProblem problem) {
            this.problem = problem;
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
            this.bigR = new double[n];
            this.uNew = new double[n];
            this.delta = new double[n];
            this.rhs = new double[n];
            this.trial = new double[n];
            this.trialR = new double[n];
            this.events = events();
        }

        /** Output times, input breakpoints and the end, ascending. */
        private double[] events() {
            TreeSet<Double> e = new TreeSet<>();
            for (double t : settings.outputTimes()) if (t > 0 && t <= settings.endTime()) e.add(t);
            for (TimeFunction f : problem.drivers()) for (double t : f.breakpoints(0, settings.endTime())) e.add(t);
            e.add(settings.endTime());
            return e.stream().mapToDouble(Double::doubleValue).toArray();
        }

        private boolean isJump(double t) {
            for (TimeFunction f : problem.drivers()) {
                if (!f.jumps()) continue;
                for (double b : f.breakpoints(t - 1e-12 * Math.max(1, t), t)) if (b == t) return true;
            }
            return false;
        }

        /** H(T_new) − H(T_old) of cell c, J/m³, to round-off relative to the change. */
        double enthalpyChange(int c, double from, double to) {
            return capacity[d.mesh.region(c)].enthalpyChange(d.tRef + from, d.tRef + to);
        }

        double heatCapacity(int c, double u) {
            return capacity[d.mesh.region(c)].volumetric(d.tRef + u);
        }

        TransientState initialState(InitialCondition initial) {
            TransientState st = new TransientState();
            st.u = new double[n];
            Mesh mesh = d.mesh;
            if (initial instanceof InitialCondition.Uniform uni) {
                for (int c : active) st.u[c] = uni.temperature() - d.tRef;
            } else if (initial instanceof InitialCondition.Field field) {
                if (field.temperatures().length != n) {
                    throw new InputException("initial field has " + field.temperatures().length + " values; the mesh has "
                            + n + " cells");
                }
                for (int c : active) st.u[c] = field.temperatures()[c] - d.tRef;
            } else {
                SteadyResult steady = new SteadySolver(settings.steady()).solve(problem);
                for (int c : active) st.u[c] = steady.temperature(c) - d.tRef;
            }
            for (int c : active) {
                if (!(d.tRef + st.u[c] > 0)) {
                    throw new InputException("initial temperature " + (d.tRef + st.u[c]) + " K in region '"
                            + mesh.regionName(mesh.region(c)) + "' is not positive");
                }
            }
            d.setTime(0);
            st.rOld = new double[n];
            balance.residual(st.u, st.rOld);
            st.f = new double[n];
            initialRate(st.u, st.rOld, st.f);
            st.fPrevious = new double[n];
            st.dt = settings.initialStep();
            st.previousDt = st.dt;
            st.rannacher = settings.integrator() == TransientSettings.Integrator.CRANK_NICOLSON ? 2 : 0;
            st.probeRows.add(probeRow(0, st.u));
            return st;
        }

        /** dT/dt = −r / (V C): the rate the inputs impose on the current field. */
        private void initialRate(double[] u, double[] res, double[] f) {
            Arrays.fill(f, 0);
            for (int c : active) f[c] = -res[c] / (volume[c] * heatCapacity(c, u[c]));
        }

        void loop(TransientState st) {
            double end = settings.endTime();
            double eps = 1e-12 * end;
            int sinceCheckpoint = 0;
            while (st.time < end - eps) {
                double tNext = nextEvent(st.time + eps);
                double remaining = tNext - st.time;
                double dt = settings.fixedStep() ? st.dt : Math.min(settings.maxStep(), Math.max(settings.minStep(), st.dt));
                // Land exactly on the next event; rather than leave a sliver before it, take two even steps.
                if (dt >= remaining) dt = remaining;
                else if (remaining < 1.2 * dt) dt = 0.5 * remaining;
                boolean landing = dt == remaining;
                double theta = st.rannacher > 0 ? 1.0 : settings.integrator().theta;
                int[] counts = new int[2];
                boolean ok = solveStep(st, dt, theta, counts);
                st.newtonIterations += counts[0];
                st.linearIterations += counts[1];
                if (!ok) {
                    if (settings.fixedStep() || dt <= settings.minStep() * 1.0001) {
                        double[] history = new double[newtonHistory.size()];
                        // Relative to the first residual; a step that started balanced has none to divide by.
                        double first = !newtonHistory.isEmpty() && newtonHistory.get(0) > 0 ? newtonHistory.get(0) : 1;
                        for (int i = 0; i < history.length; i++) history[i] = newtonHistory.get(i) / first;
                        throw new NotConvergedException(String.format(Locale.ROOT,
                                "transient step from t = %.6g s with Δt = %.3g s did not converge: %s (Newton ||R||/||R₀||"
                                + " below)", st.time, dt, failure),
                                new SolveReport(false, counts[1], history.length == 0 ? Double.NaN : history[history.length - 1],
                                        history, pc == null ? settings.steady().preconditioner() : pc.name()));
                    }
                    st.dt = Math.max(settings.minStep(), 0.25 * dt);
                    st.rejected++;
                    continue;
                }
                double err = settings.fixedStep() ? 0 : errorEstimate(st, dt, theta);
                int order = theta == 1.0 ? 1 : 2;
                if (!settings.fixedStep() && err > settings.tolerance() && dt > settings.minStep() * 1.0001) {
                    st.dt = Math.max(settings.minStep(), dt * Math.max(0.2, 0.9 * Math.pow(settings.tolerance() / err, 1.0 / (order + 1))));
                    st.rejected++;
                    continue;
                }
                accept(st, dt, theta, landing ? tNext : st.time + dt);
                if (!settings.fixedStep()) {
                    double grow = err == 0 ? 2 : Math.min(2, Math.max(0.2, 0.9 * Math.pow(settings.tolerance() / err, 1.0 / (order + 1))));
                    st.dt = Math.min(settings.maxStep(), Math.max(settings.minStep(), dt * grow));
                }
                for (TransientObserver o : observers) o.step(st.time, dt, st.step, counts[0], counts[1]);
                writeOutputs(st);
                sinceCheckpoint++;
                boolean stopping = stopAfterSteps >= 0 && st.step >= stopAfterSteps;
                if (checkpointFile != null && checkpointEvery > 0
                        && (sinceCheckpoint >= checkpointEvery || st.time >= end - eps || stopping)) {
                    writeCheckpoint(st);
                    sinceCheckpoint = 0;
                }
                if (stopping) return;
            }
        }

        private double nextEvent(double after) {
            for (double e : events) if (e > after) return e;
            return settings.endTime();
        }

        /**
         * Local error of the step just solved (K): the largest difference from the explicit predictor,
         * scaled by the pair's error constants.
         */
        private double errorEstimate(TransientState st, double dt, double theta) {
            double err = 0;
            if (theta == 1.0 || !st.havePrevious) {
                // Backward Euler against forward Euler: LTE ≈ ½ |T_BE − T_FE| (Milne's device).
                for (int c : active) err = Math.max(err, Math.abs(uNew[c] - (st.u[c] + dt * st.f[c])));
                return 0.5 * err;
            }
            double w = dt / st.previousDt;
            for (int c : active) {
                double pred = st.u[c] + 0.5 * dt * ((2 + w) * st.f[c] - w * st.fPrevious[c]);
                err = Math.max(err, Math.abs(uNew[c] - pred));
            }
            return err / (3 * (1 + st.previousDt / dt));
        }

        private void accept(TransientState st, double dt, double theta, double tNew) {
            // Energy: stored change against net input over the step, both from the converged state.
            double stored = 0;
            double scale = 0;
            for (int c : active) {
                double de = volume[c] * enthalpyChange(c, st.u[c], uNew[c]);
                stored += de;
                scale += Math.abs(de);
            }
            double through = balance.residual(uNew, r);
            double sumNew = 0;
            double sumOld = 0;
            for (int c : active) {
                sumNew += r[c];
                sumOld += st.rOld[c];
            }
            double input = -dt * (theta * sumNew + (1 - theta) * sumOld);
            double moved = Math.max(Math.max(Math.abs(stored), Math.abs(input)), Math.max(scale, dt * through));
            double imbalance = Math.abs(stored - input);
            // A step near equilibrium (a cool-down's last steps) moves so little heat that round-off alone, the
            // floor ε|M_cc T_c| each cell's balance is resolved to, exceeds the tolerance times that heat: its
            // imbalance relative to the heat is the round-off of temperature differences of a few ulp(T), not
            // an error of the step (a copper bar near 4 K showed 2e-9 to 7e-8 on such steps). Those steps are
            // counted and measured against the floor instead; the relative error covers the others.
            double floor = dt * roundOff(uNew);
            if (moved * settings.steady().energyBalanceTolerance() >= floor) {
                if (moved > 0) st.maxEnergyError = Math.max(st.maxEnergyError, imbalance / moved);
            } else {
                st.roundOffSteps++;
                st.maxRoundOffImbalance = Math.max(st.maxRoundOffImbalance, imbalance / floor);
            }

            // Rates for the next error estimate: dT/dt = −r/(V C) at the new field, the rate the equations
            // impose there. (Recovering it from the trapezoidal rule, 2 ΔT/Δt − fⁿ, is neutrally unstable: an
            // error in one rate, such as the initial rate of a cell next to a cold bath, alternates in sign
            // forever, and the Adams–Bashforth predictor then holds Crank–Nicolson at a fixed small step.)
            double[] fNew = st.fPrevious; // reuse the oldest array
            for (int c : active) fNew[c] = -r[c] / (volume[c] * heatCapacity(c, uNew[c]));
            st.fPrevious = st.f;
            st.f = fNew;
            st.havePrevious = true;
            System.arraycopy(uNew, 0, st.u, 0, n);
            System.arraycopy(r, 0, st.rOld, 0, n);
            st.previousDt = dt;
            st.time = tNew;
            st.step++;
            if (st.rannacher > 0) st.rannacher--;
            if (isJump(st.time)) {
                // The inputs jump here: the old rates describe the other side of the jump. Restart the
                // estimator from the rate the new inputs impose, and damp with two backward Euler steps.
                d.setTime(st.time);
                balance.residual(st.u, st.rOld);
                initialRate(st.u, st.rOld, st.f);
                st.havePrevious = false;
                if (settings.integrator() == TransientSettings.Integrator.CRANK_NICOLSON) st.rannacher = 2;
            }
            st.probeRows.add(probeRow(st.time, st.u));
        }

        /**
         * Solves one step for uNew. counts receives {Newton iterations, Krylov iterations}. Returns false
         * when Newton's method does not converge (the step is then retried shorter).
         */
        private boolean solveStep(TransientState st, double dt, double theta, int[] counts) {
            // Inputs at the end of the step as they are during it: a step that lands on a jump ends before it.
            d.setTimeJustBefore(st.time + dt);
            uOld = st.u;
            System.arraycopy(st.u, 0, uNew, 0, n);
            double tScale = 0;
            for (int c : active) tScale = Math.max(tScale, Math.abs(d.tRef + st.u[c]));
            double rNorm = residualOfStep(uNew, st, dt, theta, bigR, r);
            newtonHistory.clear();
            newtonHistory.add(rNorm);
            failure = "Newton's method did not converge in " + settings.steady().maxNonlinearIterations() + " iterations";
            for (int it = 1; it <= settings.steady().maxNonlinearIterations(); it++) {
                counts[0]++;
                buildMatrix(uNew, dt, theta, it == 1);
                for (int c = 0; c < n; c++) {
                    rhs[c] = -bigR[c];
                    delta[c] = 0;
                }
                double through = throughputOfStep(st, dt);
                double allowed = Math.max(settings.steady().energyBalanceTolerance() * through, roundOff(uNew));
                SolveReport rep;
                if (!nonlinear) {
                    ConjugateGradient cg = new ConjugateGradient(settings.steady().linearTolerance(),
                            settings.steady().maxLinearIterations()).flexible(pc instanceof AggregationAmg a && a.variable());
                    for (IterationListener l : linearListeners) cg.addListener(l);
                    cg.acceptance((x, residualSum) -> Math.abs(residualSum) <= allowed);
                    rep = cg.solve(m, pc, rhs, delta);
                } else {
                    if (jacobian == null) jacobian = new StencilOperator(m.nx, m.ny, m.nz);
                    balance.jacobian(uNew, jacobian);
                    scaleJacobian(uNew, dt, theta);
                    double eta = Math.min(0.1, Math.max(1e-10, settings.steady().linearTolerance()));
                    BiCgStab krylov = new BiCgStab(eta, settings.steady().maxLinearIterations());
                    for (IterationListener l : linearListeners) krylov.addListener(l);
                    rep = krylov.solve(jacobian, pc, rhs, delta);
                }
                counts[1] += rep.iterations();
                // A linear step is one solve: if it fell short, the step is retried shorter.
                if (!nonlinear && !rep.converged()) {
                    failure = String.format(Locale.ROOT, "conjugate gradients (%s) stopped at ||r||/||b|| = %.3e after %d iterations",
                            pc.name(), rep.relativeResidual(), rep.iterations());
                    return false;
                }
                // Line search on ||R||: a full step for a linear problem, shortened only if it does not help.
                double lambda = 1;
                double trialNorm;
                while (true) {
                    boolean valid = true;
                    for (int c : active) {
                        trial[c] = uNew[c] + lambda * delta[c];
                        valid &= d.tRef + trial[c] > 0;
                    }
                    if (valid) {
                        try {
                            trialNorm = residualOfStep(trial, st, dt, theta, trialR, r);
                        } catch (InputException e) {
                            valid = false;
                            trialNorm = Double.NaN;
                        }
                    } else {
                        trialNorm = Double.NaN;
                    }
                    if (valid && (trialNorm <= (1 - 1e-4 * lambda) * rNorm || !nonlinear)) break;
                    lambda *= 0.5;
                    if (lambda < 1e-6) {
                        failure = String.format(Locale.ROOT, "the line search found no decrease of ||R|| = %.3e W", rNorm);
                        return false;
                    }
                }
                double change = 0;
                for (int c : active) change = Math.max(change, Math.abs(lambda * delta[c]));
                System.arraycopy(trial, 0, uNew, 0, n);
                System.arraycopy(trialR, 0, bigR, 0, n);
                rNorm = trialNorm;
                newtonHistory.add(rNorm);
                double sum = 0;
                for (int c : active) sum += bigR[c];
                boolean balanced = Math.abs(sum) <= allowed;
                if (!balanced) {
                    failure = String.format(Locale.ROOT, "the step's energy imbalance |ΣR| = %.3e W stayed above %.3e W", Math.abs(sum), allowed);
                }
                if (!nonlinear && balanced) return true;
                if (change <= settings.steady().nonlinearTolerance() * tScale && balanced) return true;
            }
            return false;
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
        private double roundOff(double[] u) {
            double worst = 0;
            for (int c : active) worst = Math.max(worst, Math.abs(m.diagonal(c) * (d.tRef + u[c])));
            return 16 * Math.ulp(1.0) * Math.sqrt(n) * worst;
        }

        /** R = V (H(u) − H(uⁿ))/Δt + θ r(u) + (1−θ) rⁿ; returns ||R||₂. r receives r(u). */
        private double residualOfStep(double[] u, TransientState st, double dt, double theta, double[] out, double[] rBuf) {
            balance.residual(u, rBuf);
            double norm = 0;
            for (int c : active) {
                double v = volume[c] * enthalpyChange(c, uOld[c], u[c]) / dt + theta * rBuf[c] + (1 - theta) * st.rOld[c];
                out[c] = v;
                norm += v * v;
            }
            return Math.sqrt(norm);
        }

        /**
         * The heat a step moves (W), the scale of its energy-balance tolerances: the larger of the flows
         * through the boundaries and sources, half the storage, and half the step residual's terms (the
         * flows that redistribute heat inside an insulated body, where the first two can be zero).
         */
        private double throughputOfStep(TransientState st, double dt) {
            double s = asm.throughput(uNew);
            double storage = 0;
            double terms = 0;
            for (int c : active) {
                storage += Math.abs(volume[c] * enthalpyChange(c, uOld[c], uNew[c]) / dt);
                terms += Math.abs(bigR[c]);
            }
            return Math.max(s, 0.5 * Math.max(storage, terms)) + 1e-300;
        }

        /**
         * M = V C/Δt + θ A(u), the symmetric matrix the Krylov solver is preconditioned with. A linear
         * problem's A does not change (drivers change values, never coefficients), so it is assembled once
         * and M rebuilt only when Δt or θ change. The multigrid hierarchy is recomputed at the start of
         * every step of a nonlinear problem, and for a linear one only when Δt has moved by more than a
         * factor 1.5 since the last time: a hierarchy of a nearby M preconditions as well, and setting it up
         * costs as much as several cycles.
         */
        private void buildMatrix(double[] u, double dt, double theta, boolean stepStart) {
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
        private void scaleJacobian(double[] u, double dt, double theta) {
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

        int[][] pendingAggregates;
        /** Δt and θ of the matrix the multigrid hierarchy was last computed from (linear problems). */
        double amgDt = Double.NaN;
        double amgTheta = Double.NaN;
        /** Δt and θ the matrix m holds (linear problems: A is assembled once). */
        private double mDt = Double.NaN;
        private double mTheta = Double.NaN;
        private boolean assembledA;

        /** The field u as a result view: face conductances assembled at u, so flows and jumps are those of u. */
        SteadyResult view(double[] u) {
            if (nonlinear) asm.assembleSecant(u);
            else asm.assemble(u);
            return new SteadyResult(asm, u.clone(), 0, 0, 0, 0, List.of());
        }

        double[] probeRow(double time, double[] u) {
            double[] row = new double[probes.size() + 1];
            row[0] = time;
            boolean faces = probes.stream().anyMatch(Probe::needsFaces);
            SteadyResult view = faces ? view(u) : null;
            Mesh mesh = d.mesh;
            for (int i = 0; i < probes.size(); i++) {
                Probe p = probes.get(i);
                row[i + 1] = switch (p.kind()) {
                    case POINT -> d.tRef + u[cellAt(p)];
                    case REGION_MAX -> {
                        int reg = regionOf(p);
                        double max = Double.NEGATIVE_INFINITY;
                        for (int c : active) if (mesh.region(c) == reg) max = Math.max(max, d.tRef + u[c]);
                        yield max;
                    }
                    case PATCH_MEAN -> patchMean(view, p);
                    case INTERFACE_JUMP -> interfaceJump(view, p);
                };
            }
            return row;
        }

        private int cellAt(Probe p) {
            Mesh mesh = d.mesh;
            var g = mesh.grid();
            int[] idx = new int[3];
            for (int a = 0; a < 3; a++) {
                double v = p.point()[a];
                if (v < g.min(a) || v > g.max(a)) {
                    throw new InputException("probe '" + p.name() + "': point " + Arrays.toString(p.point()) + " m is outside the mesh");
                }
                int k = 0;
                while (k < g.cells(a) - 1 && g.node(a, k + 1) < v) k++;
                idx[a] = k;
            }
            int c = g.index(idx[0], idx[1], idx[2]);
            if (!mesh.isActive(c)) {
                throw new InputException("probe '" + p.name() + "': point " + Arrays.toString(p.point()) + " m lies outside the geometry");
            }
            return c;
        }

        private int regionOf(Probe p) {
            int reg = d.mesh.regionId(p.target());
            if (reg < 0) throw new InputException("probe '" + p.name() + "': no region named '" + p.target() + "'");
            return reg;
        }

        private double patchMean(SteadyResult view, Probe p) {
            Mesh mesh = d.mesh;
            int patch = mesh.patchIndex(p.target());
            if (patch < 0 || mesh.patchFaceCount(patch) == 0) {
                throw new InputException("probe '" + p.name() + "': no patch with faces named '" + p.target() + "'");
            }
            double s = 0;
            double a = 0;
            for (int i = 0; i < mesh.patchFaceCount(patch); i++) {
                int f = mesh.patchFace(patch, i);
                s += mesh.area(f) * view.surfaceTemperature(f);
                a += mesh.area(f);
            }
            return s / a;
        }

        private double interfaceJump(SteadyResult view, Probe p) {
            // A rule's label, or "a|b" for the regions in either order (the jump is then T_a − T_b).
            for (SteadyResult.InterfaceStats s : view.interfaces()) {
                if (s.name().equals(p.target())) return s.meanJump();
            }
            for (SteadyResult.InterfaceStats s : view.interfaces()) {
                if (p.target().equals(s.regionA() + "|" + s.regionB())) return s.meanJump();
                if (p.target().equals(s.regionB() + "|" + s.regionA())) return -s.meanJump();
            }
            List<String> names = new ArrayList<>();
            for (SteadyResult.InterfaceStats s : view.interfaces()) names.add(s.name());
            throw new InputException("probe '" + p.name() + "': no interface named '" + p.target() + "'; interfaces are: "
                    + String.join(", ", names));
        }

        private void writeOutputs(TransientState st) {
            double[] times = settings.outputTimes();
            double eps = 1e-12 * settings.endTime();
            while (st.nextOutput < times.length && times[st.nextOutput] <= st.time + eps) {
                if (Math.abs(times[st.nextOutput] - st.time) <= eps) {
                    int index = st.outputs.size();
                    st.outputs.add(new double[] {st.time, index});
                    if (!observers.isEmpty()) {
                        SteadyResult v = view(st.u);
                        for (TransientObserver o : observers) o.output(st.time, index, v);
                    }
                }
                st.nextOutput++;
            }
        }

        private void writeCheckpoint(TransientState st) {
            st.aggregates = amg == null ? null : amg.aggregates();
            st.amgDt = amgDt;
            st.amgTheta = amgTheta;
            st.linearisation = asm.linearisationState();
            try {
                AtomicFile.write(checkpointFile, out -> st.write(new DataOutputStream(out), n));
            } catch (IOException e) {
                // A full disk or a permission is the machine's fault, not the case's: exit 4, not 2.
                throw new org.kapitza.EnvironmentException(e.getMessage() + " (the checkpoint; the run stopped at t = "
                        + org.kapitza.Numbers.format(st.time) + " s)", e);
            }
        }
    }

}
