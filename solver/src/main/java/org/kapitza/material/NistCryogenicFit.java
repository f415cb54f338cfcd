package org.kapitza.material;

/**
 * The NIST cryogenic thermal-conductivity fits (Marquardt, Le and Radebaugh, "Cryogenic material
 * properties database", 11th International Cryocooler Conference, 2000; NIST Cryogenics Technologies
 * Group material pages), k in W/(m·K), T in K. Two forms:
 * <ul>
 *   <li>form 1 (OFHC copper): {@code log10 k = (a + c√T + eT + gT^1.5 + iT²)/(1 + b√T + dT + fT^1.5 + hT²)};
 *   <li>form 2 (others): {@code log10 k = Σ_{m=0..8} a_m (log10 T)^m}.
 * </ul>
 * Coefficients as in docs/PHYSICS.md §4. Outside its range a fit is held at its end value (see
 * {@link Conductivity}).
 */
public final class NistCryogenicFit implements Conductivity {
    private final String name;
    private final boolean rational;
    private final double[] c;
    private final double from;
    private final double to;

    private NistCryogenicFit(String name, boolean rational, double[] c, double from, double to) {
        this.name = name;
        this.rational = rational;
        this.c = c;
        this.from = from;
        this.to = to;
    }

    /** OFHC copper, form 1, coefficients a..i, 4–300 K. */
    static NistCryogenicFit copper(String name, double... aToI) {
        return new NistCryogenicFit(name, true, aToI, 4, 300);
    }

    /** Form 2 polynomial in log10 T with coefficients a0..a8. */
    static NistCryogenicFit polynomial(String name, double from, double to, double... a) {
        return new NistCryogenicFit(name, false, a, from, to);
    }

    /** OFHC copper RRR 50. */
    public static final NistCryogenicFit COPPER_RRR50 = copper("OFHC copper RRR 50",
            1.8743, -0.41538, -0.6018, 0.13294, 0.26426, -0.0219, -0.051276, 0.0014871, 0.003723);
    /** OFHC copper RRR 100. */
    public static final NistCryogenicFit COPPER_RRR100 = copper("OFHC copper RRR 100",
            2.2154, -0.47461, -0.88068, 0.13871, 0.29505, -0.02043, -0.04831, 0.001281, 0.003207);
    /** OFHC copper RRR 300. */
    public static final NistCryogenicFit COPPER_RRR300 = copper("OFHC copper RRR 300",
            1.357, 0.3981, 2.669, -0.1346, -0.6683, 0.01342, 0.05773, 0.0002147, 0);
    /** 6061-T6 aluminium, 4–300 K. */
    public static final NistCryogenicFit ALUMINIUM_6061_T6 = polynomial("6061-T6 aluminium", 4, 300,
            0.07918, 1.0957, -0.07277, 0.08084, 0.02803, -0.09464, 0.04179, -0.00571, 0);
    /** 304 stainless steel, 1–300 K. */
    public static final NistCryogenicFit STAINLESS_304 = polynomial("304 stainless steel", 1, 300,
            -1.4087, 1.3982, 0.2543, -0.6260, 0.2334, 0.4256, -0.4658, 0.1650, -0.0199);
    /** G-10 fibreglass epoxy, normal to the cloth, 10–300 K (-26.068; a copy with -26.088 is a typo). */
    public static final NistCryogenicFit G10_NORMAL = polynomial("G-10 normal direction", 10, 300,
            -4.1236, 13.788, -26.068, 26.272, -14.663, 4.4954, -0.6905, 0.0397, 0);

    // The fits below are from the NIST Cryogenic Material Properties pages
    // (https://trc.nist.gov/cryogenics/materials/materialproperties.htm), form 2, coefficients a..i as
    // published there. Each set was read from at least two independent public transcriptions that agree
    // digit for digit; the range is the page's "equation range", the fit error its "curve fit % error
    // relative to data".

    /** 1100 aluminium (UNS A91100), 4–300 K, fit error 2 %; data from LNG Materials and Fluids (NBS 1977). */
    public static final NistCryogenicFit ALUMINIUM_1100 = polynomial("1100 aluminium", 4, 300,
            23.39172, -148.5733, 422.1917, -653.6664, 607.0402, -346.152, 118.4276, -22.2781, 1.770187);
    /** 5083-O aluminium (UNS A95083), equation range 1–300 K (data 4–300 K), fit error 1 %. */
    public static final NistCryogenicFit ALUMINIUM_5083 = polynomial("5083-O aluminium", 1, 300,
            -0.90933, 5.751, -11.112, 13.612, -9.3977, 3.6873, -0.77295, 0.067336, 0);
    /** Yellow brass (UNS C26000, 70Cu–30Zn), equation range 5–110 K (data 5–116 K), fit error 1.5 %. */
    public static final NistCryogenicFit BRASS = polynomial("brass C26000", 5, 110,
            0.021035, -1.01835, 4.54083, -5.03374, 3.20536, -1.12933, 0.174057, -0.0038151, 0);
    /** Ti-6Al-4V (UNS R56400), equation range 20–300 K (data 23–300 K), fit error 2 %. */
    public static final NistCryogenicFit TI_6AL_4V = polynomial("Ti-6Al-4V", 20, 300,
            -5107.8774, 19240.422, -30789.064, 27134.756, -14226.379, 4438.2154, -763.07767, 55.796592, 0);
    /** Polyimide (Kapton), 4–300 K, fit error 2 %. */
    public static final NistCryogenicFit KAPTON = polynomial("polyimide (Kapton)", 4, 300,
            5.73101, -39.5199, 79.9313, -83.8572, 50.9157, -17.9835, 3.42413, -0.27133, 0);
    /** PTFE (Teflon), 4–300 K. */
    public static final NistCryogenicFit TEFLON = polynomial("PTFE (Teflon)", 4, 300,
            2.7380, -30.677, 89.430, -136.99, 124.69, -69.556, 23.320, -4.3135, 0.33829);
    /** Polyamide (nylon), equation range 1–300 K (data 4–300 K), fit error 2 %. */
    public static final NistCryogenicFit NYLON = polynomial("polyamide (nylon)", 1, 300,
            -2.6135, 2.3239, -4.7586, 7.1602, -4.9155, 1.6324, -0.2507, 0.0131, 0);

    @Override
    public double k(int axis, double t) {
        double tc = Math.min(to, Math.max(from, t));
        double log10k;
        if (rational) {
            double s = Math.sqrt(tc);
            double num = c[0] + c[2] * s + c[4] * tc + c[6] * tc * s + c[8] * tc * tc;
            double den = 1 + c[1] * s + c[3] * tc + c[5] * tc * s + c[7] * tc * tc;
            log10k = num / den;
        } else {
            double x = Math.log10(tc);
            double sum = 0;
            for (int m = c.length - 1; m >= 0; m--) sum = sum * x + c[m];
            log10k = sum;
        }
        return Math.pow(10, log10k);
    }

    @Override
    public boolean temperatureDependent() {
        return true;
    }

    @Override
    public double validFrom() {
        return from;
    }

    @Override
    public double validTo() {
        return to;
    }

    @Override
    public String describe() {
        return "NIST fit, " + name + ", " + org.kapitza.Numbers.format(from) + "–" + org.kapitza.Numbers.format(to) + " K";
    }
}
