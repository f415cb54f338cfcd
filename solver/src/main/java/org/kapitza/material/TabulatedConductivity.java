package org.kapitza.material;

import java.util.Locale;
import org.kapitza.numerics.Pchip;

/**
 * k(T) from a table, interpolated by monotone piecewise-cubic Hermite interpolation ({@link Pchip}):
 * between two points the curve never overshoots, so a measured k(T) that rises stays rising and k
 * stays positive. Valid over the table's range; outside it k is held at the end value.
 */
public final class TabulatedConductivity implements Conductivity {
    private final double[] t;
    private final double[] k;
    private final Pchip pchip;

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
        this.pchip = new Pchip(t, k);
    }

    @Override
    public double k(int axis, double temperature) {
        int n = t.length;
        if (temperature <= t[0]) return k[0];
        if (temperature >= t[n - 1]) return k[n - 1];
        return pchip.value(temperature);
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
