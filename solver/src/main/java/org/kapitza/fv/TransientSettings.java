package org.kapitza.fv;

/**
 * How a transient solve steps in time.
 *
 * @param integrator      backward Euler (first order, L-stable) or Crank–Nicolson (second order)
 * @param endTime         end of the run (s), counted from 0
 * @param initialStep     first time step (s)
 * @param minStep         smallest step the error control may take (s)
 * @param maxStep         largest step (s)
 * @param fixedStep       steps of {@code initialStep} without error control (still landing on events)
 * @param tolerance       local error per step the adaptive control aims at (K)
 * @param outputTimes     times (s) at which fields are written; the stepper lands on each
 * @param steady          settings of the linear and nonlinear solves inside each step
 */
public record TransientSettings(Integrator integrator, double endTime, double initialStep, double minStep,
                                double maxStep, boolean fixedStep, double tolerance, double[] outputTimes,
                                SolverSettings steady) {

    /** The time integration scheme. */
    public enum Integrator {
        /** θ = 1: first order, damps every mode, the safe choice for sharp power steps. */
        BACKWARD_EULER(1.0, 1),
        /**
         * θ = ½: second order; the first two steps, and two after every jump of an input, are backward
         * Euler (Rannacher's start) so that the jump's fast modes are damped, not left to oscillate.
         */
        CRANK_NICOLSON(0.5, 2);

        final double theta;
        final int order;

        Integrator(double theta, int order) {
            this.theta = theta;
            this.order = order;
        }
    }

    public TransientSettings {
        if (!(endTime > 0) || !Double.isFinite(endTime)) throw new IllegalArgumentException("end time must be positive, got " + endTime + " s");
        if (!(initialStep > 0)) throw new IllegalArgumentException("initial time step must be positive, got " + initialStep + " s");
        if (!(minStep > 0) || !(maxStep >= minStep)) {
            throw new IllegalArgumentException("time steps: need 0 < min ≤ max, got min " + minStep + " s, max " + maxStep + " s");
        }
        if (!(tolerance > 0)) throw new IllegalArgumentException("time-step tolerance must be positive, got " + tolerance + " K");
        outputTimes = outputTimes == null ? new double[0] : outputTimes.clone();
    }

    /** Adaptive Crank–Nicolson to {@code end} with a first step of end/1000 and a 0.01 K local error. */
    public static TransientSettings adaptive(double end) {
        return new TransientSettings(Integrator.CRANK_NICOLSON, end, end / 1000, end * 1e-9, end / 10, false, 0.01,
                new double[0], SolverSettings.defaults());
    }

    /** Fixed steps of dt with the given integrator. */
    public static TransientSettings fixed(Integrator integrator, double end, double dt) {
        return new TransientSettings(integrator, end, dt, dt, dt, true, 1, new double[0], SolverSettings.defaults());
    }

    public TransientSettings withOutputTimes(double... times) {
        return new TransientSettings(integrator, endTime, initialStep, minStep, maxStep, fixedStep, tolerance, times, steady);
    }

    public TransientSettings withSteady(SolverSettings s) {
        return new TransientSettings(integrator, endTime, initialStep, minStep, maxStep, fixedStep, tolerance, outputTimes, s);
    }
}
