package org.kapitza.numerics;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * Adaptive 7-point Gauss / 15-point Kronrod quadrature on a finite interval: each panel is integrated
 * by the Kronrod rule, exact for polynomials of degree 22, and the difference from the embedded
 * Gauss rule (exact to degree 13) is taken as its error; the panel with the largest error is halved
 * until the total meets the tolerance. The integrands here (Bose–Einstein kernels, transmissivities after removing
 * square-root endpoints) are smooth, so a few panels reach 1e-13.
 *
 * <p>Nodes and weights: Kronrod, "Nodes and weights of quadrature formulas" (1965), as tabulated in
 * QUADPACK (Piessens et al. 1983, routine QK15). |K − G| overestimates the Kronrod error by far for
 * smooth integrands, so the tolerance is met with margin.
 */
public final class GaussKronrod {
    /** Kronrod abscissae on [−1, 1], positive half; odd indices are the Gauss nodes. */
    private static final double[] XGK = {
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.0};
    private static final double[] WGK = {
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
    /** Gauss weights for XGK[1], XGK[3], XGK[5], XGK[7]. */
    private static final double[] WG = {
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327};
    /** Panel budget: a smooth integrand needs a handful; this bounds the cost of a difficult one. */
    private static final int MAX_PANELS = 500;

    private GaussKronrod() {
    }

    /**
     * ∫_a^b f dx to a relative accuracy {@code relTol} of the whole integral (absolute accuracy
     * {@code absTol} when the integral is near zero). a ≥ b gives 0 or the negated integral.
     *
     * <p>Globally adaptive, as QUADPACK's QAG: the panel with the largest error estimate is halved
     * until the summed estimate meets the tolerance, which is never asked to beat round-off
     * (50 ε |∫|f||), or until {@value #MAX_PANELS} panels.
     */
    public static double integrate(DoubleUnaryOperator f, double a, double b, double relTol, double absTol) {
        if (a == b) return 0;
        if (a > b) return -integrate(f, b, a, relTol, absTol);
        // Panels as parallel arrays: left end, right end, Kronrod value, error estimate, |f| integral.
        int capacity = 16;
        double[] lo = new double[capacity];
        double[] hi = new double[capacity];
        double[] val = new double[capacity];
        double[] err = new double[capacity];
        double[] abs = new double[capacity];
        double[] out = new double[3];
        panel(f, a, b, out);
        lo[0] = a;
        hi[0] = b;
        val[0] = out[0];
        err[0] = Math.abs(out[0] - out[1]);
        abs[0] = out[2];
        int count = 1;
        while (true) {
            double total = 0;
            double totalErr = 0;
            double totalAbs = 0;
            int worst = 0;
            for (int i = 0; i < count; i++) {
                total += val[i];
                totalErr += err[i];
                totalAbs += abs[i];
                if (err[i] > err[worst]) worst = i;
            }
            double tol = Math.max(Math.max(absTol, relTol * Math.abs(total)), 50 * Math.ulp(1.0) * totalAbs);
            if (totalErr <= tol || count == MAX_PANELS) return total;
            if (count == capacity) {
                capacity = Math.min(2 * capacity, MAX_PANELS);
                lo = Arrays.copyOf(lo, capacity);
                hi = Arrays.copyOf(hi, capacity);
                val = Arrays.copyOf(val, capacity);
                err = Arrays.copyOf(err, capacity);
                abs = Arrays.copyOf(abs, capacity);
            }
            double m = 0.5 * (lo[worst] + hi[worst]);
            panel(f, m, hi[worst], out);
            lo[count] = m;
            hi[count] = hi[worst];
            val[count] = out[0];
            err[count] = Math.abs(out[0] - out[1]);
            abs[count] = out[2];
            count++;
            panel(f, lo[worst], m, out);
            hi[worst] = m;
            val[worst] = out[0];
            err[worst] = Math.abs(out[0] - out[1]);
            abs[worst] = out[2];
        }
    }

    /** Kronrod (out[0]) and Gauss (out[1]) estimates on [a, b], and the Kronrod estimate of ∫|f| (out[2]). */
    public static void panel(DoubleUnaryOperator f, double a, double b, double[] out) {
        double c = 0.5 * (a + b);
        double h = 0.5 * (b - a);
        double fc = f.applyAsDouble(c);
        double k = WGK[7] * fc;
        double g = WG[3] * fc;
        double abs = WGK[7] * Math.abs(fc);
        for (int i = 0; i < 7; i++) {
            double dx = h * XGK[i];
            double f1 = f.applyAsDouble(c - dx);
            double f2 = f.applyAsDouble(c + dx);
            k += WGK[i] * (f1 + f2);
            abs += WGK[i] * (Math.abs(f1) + Math.abs(f2));
            if ((i & 1) == 1) g += WG[i >> 1] * (f1 + f2);
        }
        out[0] = k * h;
        out[1] = g * h;
        out[2] = abs * Math.abs(h);
    }
}
