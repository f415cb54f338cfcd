package org.kapitza.zth;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A Cauer ladder seen from the junction: a capacitance C_1 from the junction node to ambient, a
 * resistance R_1 to the next node, C_2, R_2, and so on; physically the heat path's slices, in order. The
 * cumulative structure function (JESD51-14) plots C_Σ = Σ_{k ≤ i} C_k against R_Σ = Σ_{k ≤ i} R_k.
 *
 * <p>From a Foster network by the continued-fraction expansion at s → ∞ of the driving-point admittance
 * (Gerstenmaier and Wachutka, "Rigorous model and network for transient thermal problems", 1999;
 * JESD51-14 annex): with Z(s) = Σ R_i/(1 + sτ_i) = P(s)/Q(s), alternately C_k is the ratio of the leading
 * coefficients of Y = Q/P and R_k that of Z = P/Q after each division. The polynomials' coefficients span
 * many decades, so the expansion runs in 200-digit decimal arithmetic.
 *
 * @param resistances R_k (K/W)
 * @param capacitances C_k (J/K)
 */
public record CauerNetwork(double[] resistances, double[] capacitances) {
    private static final MathContext MC = new MathContext(200);

    /** The Cauer ladder equivalent to a Foster network. */
    public static CauerNetwork fromFoster(FosterNetwork f) {
        int n = f.resistances().length;
        // Q(s) = Π (1 + s τ_i); P(s) = Σ R_i Π_{j≠i} (1 + s τ_j). Coefficients by ascending power.
        BigDecimal[] q = {BigDecimal.ONE};
        for (int i = 0; i < n; i++) q = times(q, new BigDecimal(f.timeConstants()[i]));
        BigDecimal[] p = new BigDecimal[Math.max(n, 1)];
        java.util.Arrays.fill(p, BigDecimal.ZERO);
        for (int i = 0; i < n; i++) {
            BigDecimal[] term = {new BigDecimal(f.resistances()[i])};
            for (int j = 0; j < n; j++) if (j != i) term = times(term, new BigDecimal(f.timeConstants()[j]));
            for (int k = 0; k < term.length; k++) p[k] = p[k].add(term[k], MC);
        }
        double[] rs = new double[n];
        double[] cs = new double[n];
        // num/den: Y = q/p first (deg q = deg p + 1), then Z = p/q' (equal degrees), alternately.
        BigDecimal[] num = q;
        BigDecimal[] den = p;
        for (int k = 0; k < n; k++) {
            // C_k: Y = s C_k + Y', with deg(num) = deg(den) + 1
            BigDecimal c = lead(num).divide(lead(den), MC);
            num = trim(subtract(num, shift(scale(den, c))));
            cs[k] = c.doubleValue();
            // R_k: Z = den/num = R_k + Z', equal degrees
            BigDecimal r = lead(den).divide(lead(num), MC);
            BigDecimal[] rest = trim(subtract(den, scale(num, r)));
            rs[k] = r.doubleValue();
            den = rest; // next: Y'' = num/rest, deg(num) = deg(rest) + 1
            if (rest.length == 0 || rest.length == 1 && rest[0].signum() == 0) {
                return new CauerNetwork(java.util.Arrays.copyOf(rs, k + 1), java.util.Arrays.copyOf(cs, k + 1));
            }
        }
        return new CauerNetwork(rs, cs);
    }

    /** R_Σ at the end of each resistance (K/W). */
    public double[] cumulativeResistance() {
        double[] out = new double[resistances.length];
        double s = 0;
        for (int i = 0; i < out.length; i++) out[i] = s += resistances[i];
        return out;
    }

    /** C_Σ up to and including each capacitance (J/K). */
    public double[] cumulativeCapacitance() {
        double[] out = new double[capacitances.length];
        double s = 0;
        for (int i = 0; i < out.length; i++) out[i] = s += capacitances[i];
        return out;
    }

    /**
     * The cumulative capacitance at a cumulative resistance: C_Σ is C_1 on [0, R_1), C_1 + C_2 on [R_1, R_1 + R_2),
     * and so on (a step function).
     */
    public double capacitanceAt(double rSum) {
        double r = 0;
        double c = 0;
        for (int i = 0; i < resistances.length; i++) {
            c += capacitances[i];
            r += resistances[i];
            if (rSum < r) return c;
        }
        return Double.POSITIVE_INFINITY;
    }

    private static BigDecimal[] times(BigDecimal[] poly, BigDecimal tau) {
        BigDecimal[] out = new BigDecimal[poly.length + 1];
        java.util.Arrays.fill(out, BigDecimal.ZERO);
        for (int k = 0; k < poly.length; k++) {
            out[k] = out[k].add(poly[k], MC);
            out[k + 1] = out[k + 1].add(poly[k].multiply(tau, MC), MC);
        }
        return out;
    }

    private static BigDecimal lead(BigDecimal[] poly) {
        return poly[poly.length - 1];
    }

    private static BigDecimal[] scale(BigDecimal[] poly, BigDecimal c) {
        BigDecimal[] out = new BigDecimal[poly.length];
        for (int k = 0; k < poly.length; k++) out[k] = poly[k].multiply(c, MC);
        return out;
    }

    private static BigDecimal[] shift(BigDecimal[] poly) {
        BigDecimal[] out = new BigDecimal[poly.length + 1];
        out[0] = BigDecimal.ZERO;
        System.arraycopy(poly, 0, out, 1, poly.length);
        return out;
    }

    private static BigDecimal[] subtract(BigDecimal[] a, BigDecimal[] b) {
        BigDecimal[] out = new BigDecimal[Math.max(a.length, b.length)];
        for (int k = 0; k < out.length; k++) {
            BigDecimal x = k < a.length ? a[k] : BigDecimal.ZERO;
            BigDecimal y = k < b.length ? b[k] : BigDecimal.ZERO;
            out[k] = x.subtract(y, MC);
        }
        return out;
    }

    /** Drops the leading coefficient that the division cancelled (exactly zero up to 200 digits). */
    private static BigDecimal[] trim(BigDecimal[] poly) {
        return java.util.Arrays.copyOf(poly, Math.max(poly.length - 1, 0));
    }
}
