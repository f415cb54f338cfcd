package org.kapitza.numerics;

/**
 * Monotone piecewise-cubic Hermite interpolation (PCHIP) of data y(x): between two points the curve
 * never overshoots the data, so a rising table stays rising and a positive one stays positive.
 *
 * <p>Slopes by Fritsch and Carlson, SIAM J. Numer. Anal. 17 (1980) 238, with the weighted harmonic
 * mean of Fritsch and Butland (1984) at interior points and Moler's shape-preserving three-point end
 * slopes, as in MATLAB's pchip and SciPy's PchipInterpolator ({@link #slopes}). For slopes known
 * otherwise (exact derivatives of tabulated data), {@link #limit} applies Fritsch and Carlson's
 * monotonicity limiter.
 */
public final class Pchip {
    private final double[] x;
    private final double[] y;
    private final double[] slope;

    /**
     * @param x strictly increasing abscissae, at least two (the caller checks them: it knows their unit
     *          and can name the input at fault)
     * @param y values at those abscissae
     */
    public Pchip(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("PCHIP: needs at least two points and one value per point, got "
                    + x.length + " points and " + y.length + " values");
        }
        this.x = x.clone();
        this.y = y.clone();
        this.slope = slopes(x, y);
    }

    /**
     * The interval holding xq: the index lo with x[lo] ≤ xq < x[lo + 1], clamped to the first and the
     * last interval outside the data.
     */
    public int interval(double xq) {
        int lo = 0;
        int hi = x.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] <= xq) lo = mid;
            else hi = mid;
        }
        return lo;
    }

    /**
     * The interpolant at xq. Outside the data the cubic of the end interval continues; callers that
     * must hold the end value there do so before calling.
     */
    public double value(double xq) {
        int lo = interval(xq);
        int hi = lo + 1;
        double h = x[hi] - x[lo];
        double s = (xq - x[lo]) / h;
        double s2 = s * s;
        double s3 = s2 * s;
        return (2 * s3 - 3 * s2 + 1) * y[lo] + (s3 - 2 * s2 + s) * h * slope[lo]
                + (-2 * s3 + 3 * s2) * y[hi] + (s3 - s2) * h * slope[hi];
    }

    /** The slope the interpolant has at data point i. */
    public double slope(int i) {
        return slope[i];
    }

    /** Fritsch–Butland slopes at the points of strictly increasing x (see the class comment). */
    public static double[] slopes(double[] x, double[] y) {
        int n = x.length;
        double[] h = new double[n - 1];
        double[] delta = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            h[i] = x[i + 1] - x[i];
            delta[i] = (y[i + 1] - y[i]) / h[i];
        }
        double[] d = new double[n];
        if (n == 2) {
            d[0] = delta[0];
            d[1] = delta[0];
            return d;
        }
        for (int i = 1; i < n - 1; i++) {
            if (delta[i - 1] * delta[i] <= 0) {
                d[i] = 0;
            } else {
                double w1 = 2 * h[i] + h[i - 1];
                double w2 = h[i] + 2 * h[i - 1];
                d[i] = (w1 + w2) / (w1 / delta[i - 1] + w2 / delta[i]);
            }
        }
        d[0] = endSlope(h[0], h[1], delta[0], delta[1]);
        d[n - 1] = endSlope(h[n - 2], h[n - 3], delta[n - 2], delta[n - 3]);
        return d;
    }

    /** One-sided three-point slope, shape preserving (Moler, Numerical Computing with MATLAB, pchip). */
    private static double endSlope(double h0, double h1, double del0, double del1) {
        double d = ((2 * h0 + h1) * del0 - h0 * del1) / (h0 + h1);
        if (Math.signum(d) != Math.signum(del0)) {
            d = 0;
        } else if (Math.signum(del0) != Math.signum(del1) && Math.abs(d) > Math.abs(3 * del0)) {
            d = 3 * del0;
        }
        return d;
    }

    /**
     * Fritsch–Carlson limiter for increasing data with given slopes d (changed in place): the cubic on
     * an interval is monotone when its end slopes, in units of the secant slope δ, satisfy α, β ≥ 0 and
     * α² + β² ≤ 9; slopes outside are scaled onto that circle. A flat or falling step (which increasing
     * data can show only through underflow) gets zero slopes at both ends.
     *
     * @return how many intervals needed it
     */
    public static int limit(double[] x, double[] y, double[] d) {
        int count = 0;
        for (int i = 0; i + 1 < x.length; i++) {
            double delta = (y[i + 1] - y[i]) / (x[i + 1] - x[i]);
            if (delta <= 0) {
                d[i] = 0;
                d[i + 1] = 0;
                count++;
                continue;
            }
            double al = d[i] / delta;
            double be = d[i + 1] / delta;
            double r2 = al * al + be * be;
            if (r2 > 9) {
                double tau = 3 / Math.sqrt(r2);
                d[i] = tau * al * delta;
                d[i + 1] = tau * be * delta;
                count++;
            }
        }
        return count;
    }
}
