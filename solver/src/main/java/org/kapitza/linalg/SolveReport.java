package org.kapitza.linalg;

import java.util.Arrays;

/**
 * How a linear solve went.
 *
 * @param converged        whether the stopping criterion was met
 * @param iterations       iterations performed
 * @param relativeResidual final ||b - A x||₂ / ||b||₂
 * @param history          relative residual before the first iteration and after each one
 * @param preconditioner   name of the preconditioner used
 */
public record SolveReport(boolean converged, int iterations, double relativeResidual, double[] history,
                          String preconditioner) {

    /** The residual history as text, for failure reports: first, every tenth, and the last entries. */
    public String historyText() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < history.length; i++) {
            if (i == 0 || i == history.length - 1 || i % 10 == 0 || history.length <= 12) {
                s.append(String.format(java.util.Locale.ROOT, "  %5d  %.3e%n", i, history[i]));
            }
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SolveReport r && r.converged == converged && r.iterations == iterations
                && r.relativeResidual == relativeResidual && Arrays.equals(r.history, history)
                && r.preconditioner.equals(preconditioner);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(history) + iterations;
    }

    @Override
    public String toString() {
        return "SolveReport[converged=" + converged + ", iterations=" + iterations + ", relativeResidual="
                + relativeResidual + ", preconditioner=" + preconditioner + "]";
    }
}
