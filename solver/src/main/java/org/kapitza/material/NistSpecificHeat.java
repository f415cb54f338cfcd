package org.kapitza.material;

/**
 * The NIST cryogenic specific-heat fits (same source and form as {@link NistCryogenicFit}):
 * {@code log10 c_p = Σ_{m=0..8} a_m (log10 T)^m}, c_p in J/(kg·K), 4–300 K. Coefficients from the NIST
 * Cryogenics Technologies Group material pages (Marquardt, Le and Radebaugh 2000), as circulated in
 * several independent codes; densities at room temperature from the CRC Handbook. The enthalpy is
 * integrated once, on a table of 400 log-spaced points, and interpolated with
 * {@link TabulatedHeatCapacity}.
 */
public final class NistSpecificHeat {
    private NistSpecificHeat() {
    }

    /** OFHC copper, 8960 kg/m³. */
    public static final HeatCapacity COPPER = fit("OFHC copper", 8960,
            -1.91844, -0.15973, 8.61013, -18.996, 21.9661, -12.7328, 3.54322, -0.3797, 0);
    /** 6061-T6 aluminium, 2700 kg/m³. */
    public static final HeatCapacity ALUMINIUM_6061_T6 = fit("6061-T6 aluminium", 2700,
            46.6467, -314.292, 866.662, -1298.3, 1162.27, -637.795, 210.351, -38.3094, 2.96344);
    /** 304 stainless steel, 7900 kg/m³. */
    public static final HeatCapacity STAINLESS_304 = fit("304 stainless steel", 7900,
            22.0061, -127.5528, 303.647, -381.0098, 274.0328, -112.9212, 24.7593, -2.239153, 0);
    /** G-10 fibreglass epoxy, 1900 kg/m³. */
    public static final HeatCapacity G10 = fit("G-10", 1900,
            -2.4083, 7.6006, -8.2982, 7.3301, -4.2386, 1.4294, -0.24396, 0.015236, 0);

    /** The specific heat (J/(kg·K)) of a fit at T (K), without clamping. */
    static double specificHeat(double[] a, double t) {
        double x = Math.log10(t);
        double s = 0;
        for (int m = a.length - 1; m >= 0; m--) s = s * x + a[m];
        return Math.pow(10, s);
    }

    private static HeatCapacity fit(String name, double density, double... a) {
        int points = 400;
        double[] t = new double[points];
        double[] cp = new double[points];
        for (int i = 0; i < points; i++) {
            t[i] = 4 * Math.pow(300.0 / 4, i / (points - 1.0));
            cp[i] = specificHeat(a, t[i]);
        }
        t[points - 1] = 300;
        return new TabulatedHeatCapacity(density, t, cp, "NIST fit, " + name + ", ρ = "
                + org.kapitza.Numbers.format(density) + " kg/m³, 4–300 K");
    }
}
