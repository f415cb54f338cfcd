package org.kapitza.numerics;

import java.util.function.DoubleUnaryOperator;

/**
 * Root of a function that changes sign on a bracket [a, b], by the Illinois variant of regula falsi:
 * each step takes the secant through the two bracket ends and keeps the sub-bracket where the sign
 * changes; when the same end is kept twice its function value is halved, so the other end moves too
 * and convergence is superlinear (order about 1.44) instead of the one-sided crawl of plain regula
 * falsi. The bracket never widens, so it always converges.
 *
 * <p>Source: Dowell and Jarratt, BIT 11 (1971) 168; Dahlquist and Björck, Numerical Methods (1974),
 * §6.2.
 */
public final class Illinois {
    /** Iteration cap: far more than any bracket of doubles needs at order 1.44. */
    private static final int MAX_ITERATIONS = 200;

    private Illinois() {
    }

    /**
     * A root of f in [a, b].
     *
     * @param fa  f(a), already evaluated by the caller (who needed it to find the bracket)
     * @param fb  f(b), of the opposite sign (or zero)
     * @param tol stop once the bracket is at most this wide (same unit as a and b)
     * @return the last secant point (a or b itself where f vanishes there)
     */
    public static double root(DoubleUnaryOperator f, double a, double b, double fa, double fb, double tol) {
        if (fa == 0) return a;
        if (fb == 0) return b;
        return iterate(f, a, b, fa, fb, tol, false);
    }

    /**
     * As {@link #root}, but the bracket's width is judged after each secant step, so the point returned
     * is the secant point of the final bracket, one step further. This is the convention of the face-flow
     * iteration in {@code fv} (its results are pinned); f(a) must not vanish.
     */
    public static double rootWithFinalStep(DoubleUnaryOperator f, double a, double b, double fa, double fb, double tol) {
        return iterate(f, a, b, fa, fb, tol, true);
    }

    private static double iterate(DoubleUnaryOperator f, double a, double b, double fa, double fb, double tol,
                                  boolean finalStep) {
        int side = 0;
        double c = finalStep ? b : a;
        for (int it = 0; it < MAX_ITERATIONS && (finalStep || Math.abs(b - a) > tol); it++) {
            c = (a * fb - b * fa) / (fb - fa);
            double fc = f.applyAsDouble(c);
            if (fc == 0 || finalStep && Math.abs(b - a) <= tol) return c;
            if (Math.signum(fc) == Math.signum(fb)) {
                b = c;
                fb = fc;
                if (side == -1) fa *= 0.5;
                side = -1;
            } else {
                a = c;
                fa = fc;
                if (side == 1) fb *= 0.5;
                side = 1;
            }
        }
        return c;
    }
}
