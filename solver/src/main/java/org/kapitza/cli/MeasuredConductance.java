package org.kapitza.cli;

import org.kapitza.InputException;
import org.kapitza.io.units.Units;

/**
 * A measured boundary conductance as {@code kapitza tbr --measured} takes it: {@code T=h}, e.g.
 * {@code 300=5e7} or {@code 300K=50MW/m^2/K}; bare numbers are in K and W m⁻² K⁻¹.
 *
 * @param temperature T (K)
 * @param conductance h (W m⁻² K⁻¹)
 */
public record MeasuredConductance(double temperature, double conductance) {
    /**
     * @throws InputException naming the text and what would be right
     */
    public static MeasuredConductance parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) throw bad(text, "expected T=h");
        double t;
        double h;
        try {
            t = Units.toSI(text.substring(0, eq).trim(), "K");
            h = Units.toSI(text.substring(eq + 1).trim(), "W/(m2.K)");
        } catch (IllegalArgumentException e) {
            throw bad(text, e.getMessage());
        }
        if (!(t > 0) || !Double.isFinite(t)) throw bad(text, "the temperature must be positive");
        if (!(h > 0) || !Double.isFinite(h)) throw bad(text, "the conductance must be positive");
        return new MeasuredConductance(t, h);
    }

    private static InputException bad(String text, String why) {
        return new InputException("--measured " + text + ": " + why + "; write T=h, e.g. --measured 300=5e7 (K and"
                + " W/m^2/K) or --measured 300K=50MW/m^2/K");
    }
}
