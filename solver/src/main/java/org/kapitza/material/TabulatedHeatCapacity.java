package org.kapitza.material;

import java.util.Locale;
import org.kapitza.numerics.Pchip;

/**
 * ρ c_p(T) from a table of specific heats, interpolated by monotone piecewise-cubic Hermite
 * interpolation ({@link Pchip}, as {@link TabulatedConductivity}); the enthalpy is the exact integral of that
 * interpolant (Simpson's rule is exact on each cubic piece). Outside the table C is held at its end
 * value and H continues linearly.
 */
public final class TabulatedHeatCapacity implements HeatCapacity {
    private final double[] t;
    private final double[] c;
    private final Pchip pchip;
    private final double[] h;
    private final String description;

    /**
     * @param density       kg/m³
     * @param temperatures  strictly increasing temperatures (K), at least two
     * @param specificHeats J/(kg·K) at those temperatures
     */
    public TabulatedHeatCapacity(double density, double[] temperatures, double[] specificHeats) {
        this(density, temperatures, specificHeats, null);
    }

    TabulatedHeatCapacity(double density, double[] temperatures, double[] specificHeats, String description) {
        if (!(density > 0) || !Double.isFinite(density)) {
            throw new IllegalArgumentException("density must be a positive number of kg/m³, got " + density);
        }
        // Reuse the conductivity table's validation and slopes: the same data rules apply.
        new TabulatedConductivity(temperatures, specificHeats);
        this.t = temperatures.clone();
        this.c = new double[t.length];
        for (int i = 0; i < t.length; i++) c[i] = density * specificHeats[i];
        this.pchip = new Pchip(t, c);
        this.h = new double[t.length];
        for (int i = 1; i < t.length; i++) {
            double mid = 0.5 * (t[i - 1] + t[i]);
            h[i] = h[i - 1] + (t[i] - t[i - 1]) / 6 * (c[i - 1] + 4 * interpolate(mid) + c[i]);
        }
        this.description = description != null ? description
                : String.format(Locale.ROOT, "ρ = %s kg/m³ × c_p table of %d points, %s–%s K", org.kapitza.Numbers.format(density),
                t.length, org.kapitza.Numbers.format(t[0]), org.kapitza.Numbers.format(t[t.length - 1]));
    }

    private int interval(double temperature) {
        return pchip.interval(temperature);
    }

    private double interpolate(double temperature) {
        return pchip.value(temperature);
    }

    @Override
    public double volumetric(double temperature) {
        if (temperature <= t[0]) return c[0];
        if (temperature >= t[t.length - 1]) return c[c.length - 1];
        return interpolate(temperature);
    }

    @Override
    public double enthalpy(double temperature) {
        int last = t.length - 1;
        if (temperature <= t[0]) return c[0] * (temperature - t[0]);
        if (temperature >= t[last]) return h[last] + c[last] * (temperature - t[last]);
        int lo = interval(temperature);
        double mid = 0.5 * (t[lo] + temperature);
        return h[lo] + (temperature - t[lo]) / 6 * (c[lo] + 4 * interpolate(mid) + interpolate(temperature));
    }

    @Override
    public double enthalpyChange(double from, double to) {
        if (from > to) return -enthalpyChange(to, from);
        int last = t.length - 1;
        // Split at the table's points: within each piece C is one cubic (or a constant outside the
        // table), which Simpson's rule integrates exactly.
        int a = from <= t[0] ? -1 : from >= t[last] ? last : interval(from);
        int b = to <= t[0] ? -1 : to >= t[last] ? last : interval(to);
        if (a == b) return piece(from, to);
        double sum = piece(from, t[a + 1]);
        for (int i = a + 1; i < b; i++) sum += h[i + 1] - h[i];
        return sum + piece(t[b], to);
    }

    /** ∫ C dT over [x, y] inside one piece. */
    private double piece(double x, double y) {
        if (y <= t[0]) return c[0] * (y - x);
        if (x >= t[t.length - 1]) return c[c.length - 1] * (y - x);
        return (y - x) / 6 * (volumetric(x) + 4 * volumetric(0.5 * (x + y)) + volumetric(y));
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
        return description;
    }
}
