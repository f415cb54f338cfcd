package org.kapitza.material;

import java.util.Locale;

/**
 * k(T) from a table, interpolated by monotone piecewise-cubic Hermite interpolation (PCHIP): between
 * two points the curve never overshoots, so a measured k(T) that rises stays rising and k stays
 * positive. Valid over the table's range.
 *
 * <p>Slopes by Fritsch and Carlson, SIAM J. Numer. Anal. 17 (1980) 238, with the weighted harmonic
 * mean of Fritsch and Butland (1984) at interior points, as in MATLAB's pchip and SciPy's
 * PchipInterpolator.
 */
public final class TabulatedConductivity implements Conductivity {
    private final double[] t;
    private final double[] k;
    private final double[] slope;

    /**
     * @param temperatures strictly increasing temperatures (K), at least two
     * @param values       positive conductivities (W/(m·K)) at those temperatures
     */
    public TabulatedConductivity(double[] temperatures, double[] values) {
        if (temperatures.length != values.length) {
            throw new IllegalArgumentException("conductivity table: " + temperatures.length + " temperatures but "
                    + values.length + " values; give one value per temperature");
        }
        if (temperatures.length < 2) {
            throw new IllegalArgumentException("conductivity table: needs at least two points, got " + temperatures.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (!(temperatures[i] > 0) || !Double.isFinite(temperatures[i])) {
                throw new IllegalArgumentException("conductivity table: temperature [" + i + "] = " + temperatures[i]
                        + " must be a positive number of K");
            }
            if (i > 0 && !(temperatures[i] > temperatures[i - 1])) {
                throw new IllegalArgumentException("conductivity table: temperatures must increase, but [" + (i - 1)
                        + "] = " + temperatures[i - 1] + " and [" + i + "] = " + temperatures[i]);
            }
            if (!(values[i] > 0) || !Double.isFinite(values[i])) {
                throw new IllegalArgumentException("conductivity table: k[" + i + "] = " + values[i]
                        + " must be a positive number of W/(m·K)");
            }
        }
        this.t = temperatures.clone();
        this.k = values.clone();
        this.slope = pchipSlopes(t, k);
    }

    static double[] pchipSlopes(double[] x, double[] y) {
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

    @Override
    public double k(int axis, double temperature) {
        int n = t.length;
        if (temperature <= t[0]) return k[0];
        if (temperature >= t[n - 1]) return k[n - 1];
        int lo = 0;
        int hi = n - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (t[mid] <= temperature) lo = mid;
            else hi = mid;
        }
        double h = t[hi] - t[lo];
        double s = (temperature - t[lo]) / h;
        double s2 = s * s;
        double s3 = s2 * s;
        return (2 * s3 - 3 * s2 + 1) * k[lo] + (s3 - 2 * s2 + s) * h * slope[lo]
                + (-2 * s3 + 3 * s2) * k[hi] + (s3 - s2) * h * slope[hi];
    }

    @Override
    public boolean temperatureDependent() {
        return true;
    }

    @Override
    public double validFrom() {
        return t[0];
    }

    @Override
    public double validTo() {
        return t[t.length - 1];
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "table of %d points, %g–%g K (monotone cubic)", t.length, t[0], t[t.length - 1]);
    }
}
