package org.kapitza.phonon;

import java.util.function.DoubleUnaryOperator;

/**
 * Adaptive 7-point Gauss / 15-point Kronrod quadrature on a finite interval: each panel is integrated
 * by the Kronrod rule, exact for polynomials of degree 22, and the difference from the embedded
 * Gauss rule (exact to degree 13) is taken as its error; panels that miss their share of the
 * tolerance are halved. The integrands here (Bose–Einstein kernels, transmissivities after removing
 * square-root endpoints) are smooth, so a few panels reach 1e-13.
 *
 * <p>Nodes and weights: Kronrod, "Nodes and weights of quadrature formulas" (1965), as tabulated in
 * QUADPACK (Piessens et al. 1983, routine QK15). |K − G| overestimates the Kronrod error by far for
 * smooth integrands, so the tolerance is met with margin.
 */
final class GaussKronrod {
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
    private static final int MAX_DEPTH = 40;

    private GaussKronrod() {
    }

    /**
     * ∫_a^b f dx to a relative accuracy {@code relTol} of the whole integral (absolute accuracy
     * {@code absTol} when the integral is near zero). a ≥ b gives 0 or the negated integral.
     */
    static double integrate(DoubleUnaryOperator f, double a, double b, double relTol, double absTol) {
        if (a == b) return 0;
        if (a > b) return -integrate(f, b, a, relTol, absTol);
        double[] kg = new double[2];
        panel(f, a, b, kg);
        double tol = Math.max(absTol, relTol * Math.abs(kg[0]));
        return refine(f, a, b, kg[0], kg[1], tol, 0);
    }

    private static double refine(DoubleUnaryOperator f, double a, double b, double k, double g, double tol, int depth) {
        if (Math.abs(k - g) <= tol || depth >= MAX_DEPTH) return k;
        double m = 0.5 * (a + b);
        double[] left = new double[2];
        double[] right = new double[2];
        panel(f, a, m, left);
        panel(f, m, b, right);
        return refine(f, a, m, left[0], left[1], 0.5 * tol, depth + 1)
                + refine(f, m, b, right[0], right[1], 0.5 * tol, depth + 1);
    }

    /** Kronrod (out[0]) and Gauss (out[1]) estimates on [a, b]. */
    static void panel(DoubleUnaryOperator f, double a, double b, double[] out) {
        double c = 0.5 * (a + b);
        double h = 0.5 * (b - a);
        double fc = f.applyAsDouble(c);
        double k = WGK[7] * fc;
        double g = WG[3] * fc;
        for (int i = 0; i < 7; i++) {
            double dx = h * XGK[i];
            double s = f.applyAsDouble(c - dx) + f.applyAsDouble(c + dx);
            k += WGK[i] * s;
            if ((i & 1) == 1) g += WG[i >> 1] * s;
        }
        out[0] = k * h;
        out[1] = g * h;
    }
}
