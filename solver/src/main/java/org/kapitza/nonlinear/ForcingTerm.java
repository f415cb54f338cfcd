package org.kapitza.nonlinear;

/**
 * The relative tolerance η_k of the k-th Newton step's linear solve (an inexact Newton method's forcing
 * term): loose far from the root, where a precise step is wasted, tight near it, where it keeps
 * quadratic convergence.
 */
@FunctionalInterface
public interface ForcingTerm {
    /**
     * @param iteration Newton iteration, from 1
     * @param fNorm     ||F|| at the current iterate
     * @param fNormPrev ||F|| at the previous iterate, NaN at the first
     */
    double eta(int iteration, double fNorm, double fNormPrev);

    /** A fixed tolerance. */
    static ForcingTerm constant(double eta) {
        return (it, f, prev) -> eta;
    }

    /**
     * Eisenstat and Walker's choice 2 (SIAM J. Sci. Comput. 17 (1996) 16):
     * {@code η = min(max, max(min, γ (||F_k||/||F_{k−1}||)^2))}, with η = max at the first step; γ = 0.9.
     */
    static ForcingTerm eisenstatWalker(double max, double min) {
        return (it, f, prev) -> {
            if (Double.isNaN(prev)) return max;
            double ratio = f / prev;
            return Math.min(max, Math.max(min, 0.9 * (ratio * ratio)));
        };
    }
}
