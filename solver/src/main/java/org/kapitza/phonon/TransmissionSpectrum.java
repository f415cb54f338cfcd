package org.kapitza.phonon;

import static org.kapitza.phonon.PhysicalConstants.BOLTZMANN;
import static org.kapitza.phonon.PhysicalConstants.C0;
import static org.kapitza.phonon.PhysicalConstants.HBAR;

import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import org.kapitza.numerics.GaussKronrod;

/**
 * The spectral weight {@code W(ω) = Σ_j ᾱ_{1→2,j}(ω) / c_{1,j}²} (s²/m²) of a phonon interface model
 * in the Debye approximation, and the conductance it gives (docs/PHYSICS.md §3):
 *
 * <pre>
 *   h(T) = Σ_j ∫₀^{ω_c} ħω³/(8π² c_{1,j}²) ᾱ_{1→2,j}(ω) ∂n/∂T dω
 *        = k_B⁴T³/(8π²ħ³) ∫ W(ω) x⁴eˣ/(eˣ−1)² dx,          x = ħω/(k_B T),
 *   E(T) = ∫₀^T h dT' = k_B⁴T⁴/(8π²ħ³) ∫ W(ω) x³/(eˣ−1) dx  (one-way emitted flux, W/m²).
 * </pre>
 *
 * In every model of this package the transmissivities are constant between cutoff frequencies, so W is
 * piecewise constant: {@code W = weight[k]} on {@code [edge[k], edge[k+1])}, zero above the last edge.
 * The integrals are split at every edge (the integrand jumps there) and evaluated with e^{−x} so that
 * nothing overflows at low T; above x = 100 the Bose factors are below 10⁻³⁰ of their peak and the
 * integration stops. At low T only the first segment counts: {@code h/T³ → C0 weight[0]} with
 * {@code ∫₀^∞ x⁴eˣ/(eˣ−1)² dx = 4π⁴/15}.
 */
public final class TransmissionSpectrum {
    /** Beyond this x = ħω/k_BT the kernels are below 1e-30 of their maximum. */
    static final double X_MAX = 100;
    private static final double REL_TOL = 1e-13;
    private static final DoubleUnaryOperator CONDUCTANCE_KERNEL = TransmissionSpectrum::conductanceKernel;
    private static final DoubleUnaryOperator FLUX_KERNEL = TransmissionSpectrum::fluxKernel;

    private final double[] edge;
    private final double[] weight;

    /**
     * @param edges   segment boundaries (rad/s): 0 = edges[0] &lt; edges[1] &lt; …; the last may be +∞
     * @param weights W on each segment (s²/m²), non-negative, one fewer than the edges
     */
    public TransmissionSpectrum(double[] edges, double[] weights) {
        if (edges.length < 2 || weights.length != edges.length - 1) {
            throw new IllegalArgumentException("transmission spectrum: needs n + 1 edges for n weights, got "
                    + edges.length + " edges and " + weights.length + " weights");
        }
        if (edges[0] != 0) throw new IllegalArgumentException("transmission spectrum: first edge must be 0, got " + edges[0]);
        for (int k = 0; k < weights.length; k++) {
            if (!(edges[k + 1] > edges[k])) {
                throw new IllegalArgumentException("transmission spectrum: edges must increase, got " + edges[k]
                        + " then " + edges[k + 1] + " rad/s");
            }
            if (!(weights[k] >= 0) || !Double.isFinite(weights[k])) {
                throw new IllegalArgumentException("transmission spectrum: weight " + weights[k] + " s²/m² on segment " + k
                        + " must be a non-negative number");
            }
        }
        this.edge = edges.clone();
        this.weight = weights.clone();
    }

    /**
     * The spectrum of a weight function that may change only at the given cutoff frequencies: W is
     * sampled at the middle of each segment between consecutive distinct cutoffs (never at a cutoff
     * itself, where H(ω_c − ω) is ambiguous). Segments above the largest cutoff carry no weight.
     *
     * @param cutoffs all cutoff frequencies of both sides (rad/s), in any order, duplicates allowed
     * @param w       W(ω) in s²/m²
     */
    public static TransmissionSpectrum sampled(double[] cutoffs, DoubleUnaryOperator w) {
        TreeSet<Double> set = new TreeSet<>();
        set.add(0.0);
        for (double c : cutoffs) {
            if (!(c > 0)) throw new IllegalArgumentException("transmission spectrum: cutoff " + c + " rad/s must be positive");
            set.add(c);
        }
        double[] edges = set.stream().mapToDouble(Double::doubleValue).toArray();
        double[] weights = new double[edges.length - 1];
        for (int k = 0; k < weights.length; k++) {
            weights[k] = w.applyAsDouble(0.5 * (edges[k] + edges[k + 1]));
        }
        return new TransmissionSpectrum(edges, weights);
    }

    /** Segment edges (rad/s). */
    public double[] edges() {
        return edge.clone();
    }

    /** Weights W on each segment (s²/m²). */
    public double[] weights() {
        return weight.clone();
    }

    /** Lowest frequency at which W changes (rad/s): below about ħω/k_B/50 the T³ law holds to 1e-15. */
    public double firstEdge() {
        return edge[1];
    }

    /** The low-temperature limit h/T³ = C0 W(0) (W m⁻² K⁻⁴). */
    public double lowTemperatureCoefficient() {
        return C0 * weight[0];
    }

    /** h(T) (W m⁻² K⁻¹) by quadrature over each segment. */
    public double conductance(double t) {
        checkTemperature(t);
        double pre = Math.pow(BOLTZMANN * t, 4) / (8 * Math.PI * Math.PI * Math.pow(HBAR, 3) * t);
        return pre * sum(t, CONDUCTANCE_KERNEL);
    }

    /** One-way emitted flux E(T) = ∫₀^T h dT' (W/m²) by quadrature over each segment. */
    public double emittedFlux(double t) {
        checkTemperature(t);
        double pre = Math.pow(BOLTZMANN * t, 4) / (8 * Math.PI * Math.PI * Math.pow(HBAR, 3));
        return pre * sum(t, FLUX_KERNEL);
    }

    private double sum(double t, DoubleUnaryOperator kernel) {
        double toX = HBAR / (BOLTZMANN * t);
        double s = 0;
        for (int k = 0; k < weight.length; k++) {
            double xa = edge[k] * toX;
            if (xa >= X_MAX) break;
            if (weight[k] == 0) continue;
            double xb = Math.min(edge[k + 1] * toX, X_MAX);
            s += weight[k] * GaussKronrod.integrate(kernel, xa, xb, REL_TOL, 0);
        }
        return s;
    }

    private static void checkTemperature(double t) {
        if (!(t > 0) || !Double.isFinite(t)) {
            throw new IllegalArgumentException("phonon conductance: temperature must be a positive number of K, got " + t);
        }
    }

    /** x⁴eˣ/(eˣ−1)², the Bose factor of h, written with e^{−x} so that large x cannot overflow. */
    static double conductanceKernel(double x) {
        if (x == 0) return 0; // → x² near 0
        double em = Math.exp(-x);
        double d = -Math.expm1(-x); // 1 − e^{−x} without cancellation at small x
        double x2 = x * x;
        return x2 * x2 * em / (d * d);
    }

    /** x³/(eˣ−1), the Bose factor of E, written with e^{−x}. */
    static double fluxKernel(double x) {
        if (x == 0) return 0; // → x² near 0
        return x * x * x * Math.exp(-x) / -Math.expm1(-x);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("W(ω):");
        for (int k = 0; k < weight.length; k++) {
            b.append(String.format(Locale.ROOT, " [%.4g, %.4g) rad/s: %.6g s²/m²;", edge[k], edge[k + 1], weight[k]));
        }
        return b.toString() + " edges " + Arrays.toString(edge);
    }
}
