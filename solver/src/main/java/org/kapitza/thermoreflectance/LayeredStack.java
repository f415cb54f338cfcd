package org.kapitza.thermoreflectance;

import java.util.ArrayList;
import java.util.List;
import org.kapitza.InputException;

/**
 * A stack of layers joined by interfaces of conductance G, heated at its top surface: the surface
 * impedance Z(k, ω) = θ̂/f̂ of one Hankel mode (temperature amplitude per heat-flux amplitude entering the
 * top, K·m²/W), time dependence e^{iωt}.
 *
 * <p>In a layer, k_z θ'' = (k_r k² + iωC) θ, so θ = a cosh(qz) + b sinh(qz) with
 * q = √((k_r k² + iωC)/k_z), and the layer's transfer matrix from top to bottom is
 * [[cosh qd, −sinh qd/(k_z q)], [−k_z q sinh qd, cosh qd]] (Cahill 2004, eq. 4; Schmidt et al. 2009, eq. 2);
 * an interface is [[1, −1/G], [0, 1]]. Instead of multiplying the matrices, whose entries grow as
 * e^{qd} and overflow for thick layers or high frequency, the same product is carried as the impedance
 * Z = θ/f from the bottom up: below a layer of impedance Z_b,
 * Z_top = (Z_b + tanh(qd)/(k_z q)) / (1 + Z_b k_z q tanh(qd)), and across an interface Z_top = Z_b + 1/G.
 * With Re q > 0, tanh stays bounded, so the recursion is stable for any thickness. A semi-infinite
 * substrate starts it with Z = 1/(k_z q) (the decaying solution), a finite last layer with an adiabatic
 * (Z_b = ∞) or isothermal (Z_b = 0) bottom.
 */
public final class LayeredStack {
    /** The condition under the last layer when it is finite. */
    public enum Bottom { ADIABATIC, ISOTHERMAL }

    private final Layer[] layers;
    private final double[] conductance;
    private final Bottom bottom;

    /**
     * @param layers      top (heated) to bottom
     * @param conductance conductance (W/(m²·K)) of the interface under each layer but the last
     *                    ({@code layers.size() − 1} values; {@link Double#POSITIVE_INFINITY} for perfect contact)
     * @param bottom      the condition under a finite last layer (ignored for a semi-infinite one)
     */
    public LayeredStack(List<Layer> layers, double[] conductance, Bottom bottom) {
        if (layers.isEmpty()) throw new InputException("a stack needs at least one layer");
        if (conductance.length != layers.size() - 1) {
            throw new IllegalArgumentException(layers.size() + " layers need " + (layers.size() - 1) + " interfaces, got "
                    + conductance.length);
        }
        for (int i = 0; i < layers.size() - 1; i++) {
            if (layers.get(i).semiInfinite()) {
                throw new InputException("layer '" + layers.get(i).name() + "' is semi-infinite but not the last layer");
            }
            if (!(conductance[i] > 0)) {
                throw new InputException("interface under layer '" + layers.get(i).name() + "': G = " + conductance[i]
                        + " W/m^2/K must be positive");
            }
        }
        this.layers = layers.toArray(new Layer[0]);
        this.conductance = conductance.clone();
        this.bottom = bottom;
    }

    public List<Layer> layers() {
        return List.of(layers);
    }

    /** Conductance of the interface under layer i, W/(m²·K). */
    public double conductance(int i) {
        return conductance[i];
    }

    public int interfaceCount() {
        return conductance.length;
    }

    public Bottom bottom() {
        return bottom;
    }

    /** A copy with layer i replaced. */
    public LayeredStack withLayer(int i, Layer layer) {
        List<Layer> l = new ArrayList<>(List.of(layers));
        l.set(i, layer);
        return new LayeredStack(l, conductance, bottom);
    }

    /** A copy with the conductance of interface i replaced. */
    public LayeredStack withConductance(int i, double g) {
        double[] c = conductance.clone();
        c[i] = g;
        return new LayeredStack(List.of(layers), c, bottom);
    }

    /**
     * The surface impedance θ̂/f̂ (K·m²/W) of the Hankel mode of wavenumber k (rad/m) at angular
     * frequency ω (rad/s): real part into out[0], imaginary part into out[1].
     */
    public void surfaceImpedance(double k, double omega, double[] out) {
        surfaceImpedance(k, omega, out, new double[6]);
    }

    /** As {@link #surfaceImpedance(double, double, double[])} with a workspace of 6 doubles (no allocation). */
    void surfaceImpedance(double k, double omega, double[] out, double[] work) {
        double zr;
        double zi;
        int n = layers.length;
        double[] g = work;
        double[] z = out;
        Layer last = layers[n - 1];
        modes(last, k, omega, g);
        if (last.semiInfinite()) {
            // Z = 1/(k_z q): the mode that decays into the substrate.
            double d = g[0] * g[0] + g[1] * g[1];
            zr = g[0] / d;
            zi = -g[1] / d;
        } else if (bottom == Bottom.ISOTHERMAL) {
            zr = g[2];
            zi = g[3];
        } else {
            layer(last, k, omega, 0, 0, true, g, z);
            zr = z[0];
            zi = z[1];
        }
        for (int i = n - 2; i >= 0; i--) {
            if (conductance[i] != Double.POSITIVE_INFINITY) zr += 1 / conductance[i];
            layer(layers[i], k, omega, zr, zi, false, g, z);
            zr = z[0];
            zi = z[1];
        }
        out[0] = zr;
        out[1] = zi;
    }

    /**
     * g = k_z q into g[0..1] and tanh(qd)/(k_z q) into g[2..3] (the isothermal-bottom impedance of the
     * layer alone, d/k_z as q → 0).
     */
    private static void modes(Layer layer, double k, double omega, double[] g) {
        // q² = (k_r k² + iωC)/k_z; principal square root (Re q ≥ 0).
        double a = layer.kIn() * k * k / layer.kCross();
        double b = omega * layer.heatCapacity() / layer.kCross();
        double m = Math.sqrt(a * a + b * b);
        double qr = Math.sqrt(0.5 * (m + a));
        double qi = qr == 0 ? Math.sqrt(0.5 * m) : b / (2 * qr);
        g[0] = layer.kCross() * qr;
        g[1] = layer.kCross() * qi;
        if (layer.semiInfinite()) {
            g[2] = Double.NaN;
            g[3] = Double.NaN;
            return;
        }
        double d = layer.thickness();
        double xr = qr * d;
        double xi = qi * d;
        double tr;
        double ti;
        if (xr * xr + xi * xi < 1e-8) {
            // tanh(x)/x = 1 − x²/3 + 2x⁴/15: the series where the division would lose digits.
            double x2r = xr * xr - xi * xi;
            double x2i = 2 * xr * xi;
            double x4r = x2r * x2r - x2i * x2i;
            double x4i = 2 * x2r * x2i;
            g[2] = (1 - x2r / 3 + 2 * x4r / 15) * d / layer.kCross();
            g[3] = (-x2i / 3 + 2 * x4i / 15) * d / layer.kCross();
            return;
        }
        if (xr > 20) {
            tr = 1; // tanh differs from 1 by e^{-40}
            ti = 0;
        } else {
            // tanh z = (1 − e^{−2z})/(1 + e^{−2z}), one exponential; |e^{−2z}| < 1 as Re z > 0, and
            // 1 + e^{−2z} cannot vanish because Re q ≥ Im q (q² has a non-negative real part).
            double e = Math.exp(-2 * xr);
            double er = e * Math.cos(2 * xi);
            double ei = -e * Math.sin(2 * xi);
            double nr = 1 - er;
            double ni = -ei;
            double dr = 1 + er;
            double di = ei;
            double dd = dr * dr + di * di;
            tr = (nr * dr + ni * di) / dd;
            ti = (ni * dr - nr * di) / dd;
        }
        // tanh / g
        double gg = g[0] * g[0] + g[1] * g[1];
        g[2] = (tr * g[0] + ti * g[1]) / gg;
        g[3] = (ti * g[0] - tr * g[1]) / gg;
    }

    /**
     * The impedance at the top of a finite layer above impedance Z_b:
     * (Z_b + t/g)/(1 + Z_b g t) with g = k_z q, t = tanh(qd); Z_b = ∞ gives 1/(g t).
     */
    private static void layer(Layer layer, double k, double omega, double zbr, double zbi, boolean infinite,
                              double[] g, double[] z) {
        modes(layer, k, omega, g);
        // s = t/g (g[2..3]); g·t = g² s.
        double g2r = g[0] * g[0] - g[1] * g[1];
        double g2i = 2 * g[0] * g[1];
        double gtr = g2r * g[2] - g2i * g[3];
        double gti = g2r * g[3] + g2i * g[2];
        if (infinite) {
            double d = gtr * gtr + gti * gti;
            z[0] = gtr / d;
            z[1] = -gti / d;
            return;
        }
        double nr = zbr + g[2];
        double ni = zbi + g[3];
        double dr = 1 + zbr * gtr - zbi * gti;
        double di = zbr * gti + zbi * gtr;
        double d = dr * dr + di * di;
        z[0] = (nr * dr + ni * di) / d;
        z[1] = (ni * dr - nr * di) / d;
    }
}
