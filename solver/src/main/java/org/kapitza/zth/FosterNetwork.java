package org.kapitza.zth;

import java.util.ArrayList;
import java.util.List;

/**
 * A Foster network: Zth(t) = Σ R_i (1 − exp(−t/τ_i)), the thermal impedance of a power step as a sum of
 * first-order terms (JESD51-14, annex; Székely, "Enhancing reliability with thermal transient testing",
 * 2002). Fitted to a sampled Zth(t) by non-negative least squares on a fixed logarithmic grid of time
 * constants, each sample weighted by 1/Zth(t) so that early times (the junction side) count as much as
 * late ones; adjacent non-zero terms are merged (see {@link #fit}).
 *
 * @param resistances R_i (K/W), positive
 * @param timeConstants τ_i (s), increasing
 */
public record FosterNetwork(double[] resistances, double[] timeConstants) {

    /** Zth at time t (K/W). */
    public double zth(double t) {
        double z = 0;
        for (int i = 0; i < resistances.length; i++) z += resistances[i] * -Math.expm1(-t / timeConstants[i]);
        return z;
    }

    /** Σ R_i: Zth(∞), the steady resistance (K/W). */
    public double total() {
        double s = 0;
        for (double r : resistances) s += r;
        return s;
    }

    /**
     * Fits Zth(t) samples.
     *
     * @param times     sample times (s), positive
     * @param zth       Zth at those times (K/W), positive
     * @param perDecade time constants per decade of the grid, which runs from a decade below the first
     *                  time to a decade above the last
     */
    public static FosterNetwork fit(double[] times, double[] zth, int perDecade) {
        double lo = Math.log10(times[0]) - 1;
        double hi = Math.log10(times[times.length - 1]) + 1;
        int n = (int) Math.round((hi - lo) * perDecade) + 1;
        double[] tau = new double[n];
        for (int j = 0; j < n; j++) tau[j] = Math.pow(10, lo + (hi - lo) * j / (n - 1));
        double[][] a = new double[times.length][n];
        double[] b = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            double w = 1 / zth[i];
            for (int j = 0; j < n; j++) a[i][j] = -Math.expm1(-times[i] / tau[j]) * w;
            b[i] = 1;
        }
        double[] r = Nnls.solve(a, b);
        // NNLS puts a time constant that falls between two grid points on both neighbours; each run of adjacent
        // non-zero terms becomes one term with their Σ R and their R-weighted mean τ (the first moment
        // ∫(Zth(∞) − Zth(t)) dt = Σ R τ is kept), so the Cauer ladder gets one stage per time constant, not two.
        List<double[]> kept = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (!(r[j] > 0)) continue;
            double rs = 0;
            double rt = 0;
            while (j < n && r[j] > 0) {
                rs += r[j];
                rt += r[j] * tau[j];
                j++;
            }
            kept.add(new double[] {rs, rt / rs});
        }
        double[] rs = new double[kept.size()];
        double[] ts = new double[kept.size()];
        for (int i = 0; i < rs.length; i++) {
            rs[i] = kept.get(i)[0];
            ts[i] = kept.get(i)[1];
        }
        return new FosterNetwork(rs, ts);
    }
}
