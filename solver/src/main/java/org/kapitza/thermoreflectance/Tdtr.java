package org.kapitza.thermoreflectance;

import org.kapitza.InputException;

/**
 * Time-domain thermoreflectance: the lock-in signal of a pump pulse train of repetition rate f_rep,
 * modulated at f₀, probed at delay τ after each pump pulse, with the heat of every earlier pulse
 * accumulated (Cahill 2004, eq. 18–20):
 *
 * <pre>  Z(τ) = Σ_{m=−M}^{M} H(ω₀ + m ω_s) e^{i m ω_s τ},   ω_s = 2π f_rep,</pre>
 *
 * V_in = Re Z, V_out = Im Z, and the measured ratio −V_in/V_out (prefactors of laser power and
 * thermoreflectance coefficient cancel). H(−ω) = H(ω)*. The sum is the Fourier series of the pulse-train
 * response T Σ_n h(τ + nT) e^{−iω₀(τ + nT)} (Poisson summation, T = 1/f_rep), which the tests compare
 * it with.
 *
 * <p>Truncation: the coefficients H decay slowly (as m^{−1/2} on a bare substrate, whose impulse response
 * is singular at t = 0), so a hard cut at |m| = M converges only as M^{−1/2} (2 % at 100 ps with
 * M = 5000, measured). The terms are therefore weighted by exp(−(mω_sσ)²/2): a Gaussian pump pulse of rms
 * duration σ = τ_min/{@value #DELAY_OVER_WIDTH}, which smooths h(τ) by a relative (3/8)(σ/τ)² ≈ 10⁻³ at
 * τ_min even for the t^{−1/2} singularity and less for a metal transducer, whose response is smooth;
 * the sum stops at |m|ω_sσ = {@value #WINDOW_WIDTHS} (weight e^{−18}).
 */
public final class Tdtr {
    /** Shortest delay over the rms pulse duration of the window. */
    static final double DELAY_OVER_WIDTH = 20;
    /** Where the Gaussian window is cut, in standard deviations. */
    static final double WINDOW_WIDTHS = 6;

    private final SurfaceResponse response;
    private final double modulation;
    private final double repetition;

    /**
     * @param response   the stack and beams
     * @param modulation modulation frequency f₀, Hz
     * @param repetition laser repetition rate f_rep, Hz
     */
    public Tdtr(SurfaceResponse response, double modulation, double repetition) {
        if (!(modulation > 0) || !(repetition > modulation)) {
            throw new InputException("TDTR needs 0 < modulation < repetition rate, got " + modulation + " Hz and "
                    + repetition + " Hz");
        }
        this.response = response;
        this.modulation = modulation;
        this.repetition = repetition;
    }

    /** The rms pulse duration (s) of the window for delays down to τ_min (s). */
    static double pulseWidth(double minDelay) {
        return minDelay / DELAY_OVER_WIDTH;
    }

    /**
     * In-phase (out[0][i]) and out-of-phase (out[1][i]) signals at the delays (s, 0 < τ < 1/f_rep): the sum
     * Z(τ) in K/W (temperature per watt of the modulated pump's average power, times 1/f_rep per pulse);
     * fits use only their ratio.
     */
    public double[][] signals(double[] delays) {
        return signals(delays, pulseWidth(min(delays)));
    }

    double[][] signals(double[] delays, double sigma) {
        for (double t : delays) {
            if (!(t > 0) || t >= 1 / repetition) {
                throw new InputException("TDTR delay " + t + " s must be inside (0, 1/f_rep = " + 1 / repetition + " s)");
            }
        }
        double ws = 2 * Math.PI * repetition;
        double w0 = 2 * Math.PI * modulation;
        int m = (int) Math.ceil(WINDOW_WIDTHS / (ws * sigma));
        // H at ω₀ + jω_s for j = −M..M; for negative frequencies the conjugate.
        double[] hr = new double[2 * m + 1];
        double[] hi = new double[2 * m + 1];
        double[] h = new double[2];
        for (int j = -m; j <= m; j++) {
            double w = w0 + j * ws;
            response.response(Math.abs(w), h);
            double window = Math.exp(-0.5 * Math.pow(j * ws * sigma, 2));
            hr[j + m] = window * h[0];
            hi[j + m] = window * (w < 0 ? -h[1] : h[1]);
        }
        double[][] out = new double[2][delays.length];
        for (int i = 0; i < delays.length; i++) {
            double sr = 0;
            double si = 0;
            for (int j = -m; j <= m; j++) {
                double phi = j * ws * delays[i];
                double c = Math.cos(phi);
                double s = Math.sin(phi);
                sr += hr[j + m] * c - hi[j + m] * s;
                si += hr[j + m] * s + hi[j + m] * c;
            }
            out[0][i] = sr;
            out[1][i] = si;
        }
        return out;
    }

    /** The ratio −V_in/V_out at each delay (s). */
    public double[] ratio(double[] delays) {
        double[][] s = signals(delays);
        double[] r = new double[delays.length];
        for (int i = 0; i < r.length; i++) r[i] = -s[0][i] / s[1][i];
        return r;
    }

    private static double min(double[] a) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : a) m = Math.min(m, v);
        return m;
    }
}
