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
import org.kapitza.linalg.IterationListener;
import org.kapitza.linalg.NotConvergedException;
import org.kapitza.linalg.SolveReport;
import org.kapitza.material.HeatCapacity;
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
 * <p>Each step's equations are {@link ImplicitStep}'s, solved by the shared Newton–Krylov iteration
 * ({@link org.kapitza.nonlinear.NewtonKrylov}): temperature-dependent k, C and R by Newton's method (the
 * steady solver's face-flux Jacobian plus the capacity on the diagonal); a linear problem by one conjugate
 * gradient solve of (V C/Δt + θ A) per step, preconditioned as {@code solver.preconditioner} says. This
 * class is the step control around it; probes are evaluated by {@link ProbeSampler}, checkpoints written
 * through a {@link CheckpointWriter} the application chooses.
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
    private CheckpointWriter checkpointWriter = CheckpointWriter.MOVE_INTO_PLACE;
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

    /** As {@link #checkpoint(Path, int)}, writing the file through writer (the application's durable writes). */
    public TransientSolver checkpoint(Path file, int everySteps, CheckpointWriter writer) {
        this.checkpointWriter = writer;
        return checkpoint(file, everySteps);
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
            run.step.pendingAggregates = resumed.aggregates;
            run.step.amgDt = resumed.amgDt;
            run.step.amgTheta = resumed.amgTheta;
            try {
                run.step.asm.restoreLinearisationState(resumed.linearisation);
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

    /** The working data of one run: the step control around one {@link ImplicitStep}. */
    private final class Run {
        final ThermalProblem problem;
        final ImplicitStep step;
        final Discretization d;
        final int n;
        final int[] active;
        final double[] volume;
        final double[] r;
        final double[] uNew;
        final double[] events;
        final ProbeSampler sampler;

        Run(ThermalProblem problem) {
            this.problem = problem;
            this.step = new ImplicitStep(problem, settings, linearListeners);
            this.d = step.d;
            this.n = step.n;
            this.active = step.active;
            this.volume = step.volume;
            this.r = step.r;
            this.uNew = step.uNew;
            this.events = events();
            this.sampler = new ProbeSampler(d, probes);
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

        double enthalpyChange(int c, double from, double to) {
            return step.enthalpyChange(c, from, to);
        }

        double heatCapacity(int c, double u) {
            return step.heatCapacity(c, u);
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
            step.balance.residual(st.u, st.rOld);
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
                boolean ok = step.solve(st, dt, theta, counts);
                st.newtonIterations += counts[0];
                st.linearIterations += counts[1];
                if (!ok) {
                    if (settings.fixedStep() || dt <= settings.minStep() * 1.0001) {
                        List<Double> newtonHistory = step.history;
                        double[] history = new double[newtonHistory.size()];
                        // Relative to the first residual; a step that started balanced has none to divide by.
                        double first = !newtonHistory.isEmpty() && newtonHistory.get(0) > 0 ? newtonHistory.get(0) : 1;
                        for (int i = 0; i < history.length; i++) history[i] = newtonHistory.get(i) / first;
                        throw new NotConvergedException(String.format(Locale.ROOT,
                                "transient step from t = %.6g s with Δt = %.3g s did not converge: %s (Newton ||R||/||R₀||"
                                + " below)", st.time, dt, step.failure),
                                new SolveReport(false, counts[1], history.length == 0 ? Double.NaN : history[history.length - 1],
                                        history, step.pc == null ? settings.steady().preconditioner() : step.pc.name()));
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
            double through = step.balance.residual(uNew, r);
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
            double floor = dt * step.roundOff(uNew);
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
                step.balance.residual(st.u, st.rOld);
                initialRate(st.u, st.rOld, st.f);
                st.havePrevious = false;
                if (settings.integrator() == TransientSettings.Integrator.CRANK_NICOLSON) st.rannacher = 2;
            }
            st.probeRows.add(probeRow(st.time, st.u));
        }

        /** The field u as a result view: face conductances assembled at u, so flows and jumps are those of u. */
        SteadyResult view(double[] u) {
            if (step.nonlinear) step.asm.assembleSecant(u);
            else step.asm.assemble(u);
            return new SteadyResult(step.asm, u.clone(), 0, 0, 0, 0, List.of());
        }

        double[] probeRow(double time, double[] u) {
            return sampler.row(time, u, () -> view(u));
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
            st.aggregates = step.amg == null ? null : step.amg.aggregates();
            st.amgDt = step.amgDt;
            st.amgTheta = step.amgTheta;
            st.linearisation = step.asm.linearisationState();
            try {
                checkpointWriter.write(checkpointFile, out -> st.write(new DataOutputStream(out), n));
            } catch (IOException e) {
                // A full disk or a permission is the machine's fault, not the case's: exit 4, not 2.
                throw new org.kapitza.EnvironmentException(e.getMessage() + " (the checkpoint; the run stopped at t = "
                        + org.kapitza.Numbers.format(st.time) + " s)", e);
            }
        }
    }

}
