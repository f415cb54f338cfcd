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

    /**
     * 3003-F, 5083 and 6061-T6 aluminium share one published fit (the 6061-T6 one); 5083-O, 2660 kg/m³
     * (ASM Handbook).
     */
    public static final HeatCapacity ALUMINIUM_5083 = fit("aluminium (NIST 3003-F/5083/6061-T6 fit)", 2660,
            46.6467, -314.292, 866.662, -1298.3, 1162.27, -637.795, 210.351, -38.3094, 2.96344);
    /**
     * 1100 aluminium, 2710 kg/m³ (ASM Handbook). NIST publishes no 1100 fit; the alloys' shared fit is
     * used because the heat capacity of aluminium barely depends on a few per cent of alloying (the
     * conductivity does, which is why k has its own fit).
     */
    public static final HeatCapacity ALUMINIUM_1100 = fit("aluminium (NIST 3003-F/5083/6061-T6 fit, applied to 1100)",
            2710, 46.6467, -314.292, 866.662, -1298.3, 1162.27, -637.795, 210.351, -38.3094, 2.96344);
    /** Polyimide (Kapton), fit error 3 %, 1420 kg/m³ (DuPont Kapton HN data sheet). */
    public static final HeatCapacity KAPTON = fit("polyimide (Kapton)", 1420,
            -1.3684, 0.65892, 2.8719, 0.42651, -3.0088, 1.9558, -0.51998, 0.051574, 0);
    /** PTFE (Teflon), fit error 1.5 %, 2200 kg/m³ (CRC Handbook). */
    public static final HeatCapacity TEFLON = fit("PTFE (Teflon)", 2200,
            31.88256, -166.51949, 352.01879, -393.44232, 259.98072, -104.61429, 24.99276, -3.20792, 0.16503);
    /** Polyamide (nylon), fit error 4 %, 1140 kg/m³ (nylon 6/6, CRC Handbook). */
    public static final HeatCapacity NYLON = fit("polyamide (nylon)", 1140,
            -5.2929, 25.301, -54.874, 71.061, -52.236, 21.648, -4.7317, 0.42518, 0);
    /** Indium, equation range 4–295 K (data 1–300 K), fit error 3 %, 7310 kg/m³ (CRC Handbook). */
    public static final HeatCapacity INDIUM = fitOver("indium", 7310, 4, 295,
            -2.4259351, 12.613611, -46.472893, 104.64717, -127.18630, 88.805612, -35.915625, 7.8307989, -0.71218931);

    /** The specific heat (J/(kg·K)) of a fit at T (K), without clamping. */
    static double specificHeat(double[] a, double t) {
        double x = Math.log10(t);
        double s = 0;
        for (int m = a.length - 1; m >= 0; m--) s = s * x + a[m];
        return Math.pow(10, s);
    }

    private static HeatCapacity fit(String name, double density, double... a) {
        return fitOver(name, density, 4, 300, a);
    }

    private static HeatCapacity fitOver(String name, double density, double from, double to, double... a) {
        int points = 400;
        double[] t = new double[points];
        double[] cp = new double[points];
        for (int i = 0; i < points; i++) {
            t[i] = from * Math.pow(to / from, i / (points - 1.0));
            cp[i] = specificHeat(a, t[i]);
        }
        t[points - 1] = to;
        return new TabulatedHeatCapacity(density, t, cp, "NIST fit, " + name + ", ρ = "
                + org.kapitza.Numbers.format(density) + " kg/m³, " + org.kapitza.Numbers.format(from) + "–"
                + org.kapitza.Numbers.format(to) + " K");
    }
}
