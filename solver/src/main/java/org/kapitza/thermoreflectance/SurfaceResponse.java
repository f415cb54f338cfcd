package org.kapitza.thermoreflectance;

import org.kapitza.InputException;

/**
 * The probe-averaged surface temperature per absorbed pump watt, H(ω) (K/W), of a {@link LayeredStack}
 * heated by a Gaussian pump of 1/e² radius w₀ and read by a Gaussian probe of 1/e² radius w₁:
 *
 * <pre>  H(ω) = (1/2π) ∫₀^∞ Z(k, ω) exp(−k²(w₀² + w₁²)/8) k dk</pre>
 *
 * (Cahill 2004, eq. 9, with k in rad/m instead of 2πk; Schmidt et al. 2009, eq. 3). The pump's Hankel
 * transform is (1/2π) exp(−k²w₀²/8) per watt, and weighting the surface temperature by the normalised
 * probe intensity multiplies by exp(−k²w₁²/8).
 *
 * <p>Quadrature: with u = k w/√8 (w² = w₀² + w₁²) the weight is exp(−u²), negligible (below 5·10⁻¹⁹)
 * beyond U = 6.5, so the integral is taken over [0, U] by 16-point Gauss–Legendre on geometric panels
 * [U/2^{j+1}, U/2^j] down to u_min, plus one panel [0, u_min]. The panels halve toward k = 0 because the
 * only fine feature of the integrand is there: the kink of Z at k ≈ √(ωC/k_r) when the thermal
 * diffusion length exceeds the spot (low frequency); u_min is 10⁻² of the smallest such scale u_β, and at
 * most 1/4 (at high frequency the integrand is analytic on the Gaussian's scale); below u_min the integrand
 * is linear in k and one panel integrates it exactly. A fixed rule, rather
 * than an adaptive one, keeps H a smooth function of the parameters, which the finite-difference
 * Jacobians of the fits need. Convergence (16 against 32 nodes a panel, u_min against u_min/100) is
 * checked to 1e-9 in the tests.
 */
public final class SurfaceResponse {
    /** End of the integration range in u = k w/√8: exp(−6.5²) = 4.5·10⁻¹⁹. */
    static final double U_MAX = 6.5;
    private static final int DEFAULT_NODES = 16;

    private final LayeredStack stack;
    private final double pumpRadius;
    private final double probeRadius;
    private final int nodesPerPanel;
    private final double smallestScaleFactor;

    /**
     * @param stack       the layers
     * @param pumpRadius  1/e² intensity radius of the pump, m
     * @param probeRadius 1/e² intensity radius of the probe, m
     */
    public SurfaceResponse(LayeredStack stack, double pumpRadius, double probeRadius) {
        this(stack, pumpRadius, probeRadius, DEFAULT_NODES, 1e-2);
    }

    /** With a chosen rule, for the convergence tests. */
    SurfaceResponse(LayeredStack stack, double pumpRadius, double probeRadius, int nodesPerPanel, double smallestScaleFactor) {
        if (!(pumpRadius > 0) || !(probeRadius > 0)) {
            throw new InputException("beam radii must be positive, got pump " + pumpRadius + " m, probe " + probeRadius + " m");
        }
        this.stack = stack;
        this.pumpRadius = pumpRadius;
        this.probeRadius = probeRadius;
        this.nodesPerPanel = nodesPerPanel;
        this.smallestScaleFactor = smallestScaleFactor;
    }

    public LayeredStack stack() {
        return stack;
    }

    public double pumpRadius() {
        return pumpRadius;
    }

    public double probeRadius() {
        return probeRadius;
    }

    /** H(ω) in K/W: real part into out[0], imaginary into out[1]. ω in rad/s, ≥ 0. */
    public void response(double omega, double[] out) {
        double w = Math.sqrt(pumpRadius * pumpRadius + probeRadius * probeRadius);
        double scale = Math.sqrt(8) / w; // k = scale · u
        // Smallest feature in u: the diffusion wavenumber √(ωC/k_r) of the most diffusive layer.
        double uFeature = 1;
        if (omega > 0) {
            for (Layer l : stack.layers()) {
                uFeature = Math.min(uFeature, Math.sqrt(omega * l.heatCapacity() / l.kIn()) / scale);
            }
        }
        // Geometric panels resolve the kink at u_β down to a fraction of it; above u_β ≈ 1 the integrand is
        // analytic on the scale of the Gaussian and a few panels do.
        double uMin = Math.min(0.25, smallestScaleFactor * uFeature);
        double[] x = GaussLegendre.nodes(nodesPerPanel);
        double[] wt = GaussLegendre.weights(nodesPerPanel);
        double[] z = new double[2];
        double[] work = new double[6];
        double sr = 0;
        double si = 0;
        double hi = U_MAX;
        boolean done = false;
        while (!done) {
            double lo = hi / 2;
            if (lo <= uMin) {
                lo = 0;
                done = true;
            }
            double c = 0.5 * (hi + lo);
            double h = 0.5 * (hi - lo);
            for (int j = 0; j < x.length; j++) {
                double u = c + h * x[j];
                double k = scale * u;
                stack.surfaceImpedance(k, omega, z, work);
                double f = wt[j] * h * u * Math.exp(-u * u);
                sr += f * z[0];
                si += f * z[1];
            }
            hi = lo;
        }
        // (1/2π) ∫ Z e^{−u²} k dk with k dk = scale² u du.
        double factor = scale * scale / (2 * Math.PI);
        out[0] = sr * factor;
        out[1] = si * factor;
    }

    /** Phase of H at frequency f (Hz), degrees (negative: the temperature lags the heating). */
    public double phaseDegrees(double frequency) {
        double[] h = new double[2];
        response(2 * Math.PI * frequency, h);
        return Math.toDegrees(Math.atan2(h[1], h[0]));
    }

    /** |H| at frequency f (Hz), K/W. */
    public double amplitude(double frequency) {
        double[] h = new double[2];
        response(2 * Math.PI * frequency, h);
        return Math.hypot(h[0], h[1]);
    }
}
