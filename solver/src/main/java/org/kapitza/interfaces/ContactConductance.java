package org.kapitza.interfaces;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import org.kapitza.io.casefile.SI;
import org.kapitza.material.Conductivity;

/**
 * Macroscopic contact conductance of two rough surfaces pressed together (docs/PHYSICS.md §5): the
 * Cooper–Mikic–Yovanovich plastic model for the solid spots,
 * {@code h_c = 1.25 k_s (m/σ) (P/H_c)^0.95}, with {@code k_s = 2k₁k₂/(k₁+k₂)},
 * {@code σ = √(σ₁²+σ₂²)}, {@code m = √(m₁²+m₂²)}, plus an optional gas gap
 * {@code h_g = k_g/(Y + M)}, {@code Y = 1.53 σ (P/H_c)^−0.097}, and a Kapitza resistance of the
 * contact spots in series: {@code R = 1/(h_c + h_g) + R_K}.
 *
 * <p>Sources: Yovanovich, "Four decades of research on thermal contact, gap, and joint resistance in
 * microelectronics", IEEE Trans. Components and Packaging Technologies 28 (2005) 182; the gap model
 * of Song and Yovanovich (1987). The plastic correlation is fitted for 10⁻⁶ &lt; P/H_c &lt; 2·10⁻².
 *
 * @param ks          harmonic-mean conductivity (W/(m·K)), or NaN to take it from the two materials
 * @param roughness1  RMS roughness σ₁ (m)
 * @param roughness2  RMS roughness σ₂ (m)
 * @param slope1      mean absolute asperity slope m₁
 * @param slope2      mean absolute asperity slope m₂
 * @param hardness    microhardness of the softer surface H_c (Pa)
 * @param pressure    contact pressure P (Pa)
 * @param gas         gas in the gap, or null for vacuum
 * @param kapitza     resistance of the contact spots' interface in series (m²K/W), 0 for none
 */
public record ContactConductance(double ks, double roughness1, double roughness2, double slope1, double slope2,
                                 double hardness, double pressure, GasGap gas, double kapitza) implements InterfaceModel {

    /**
     * Gas filling the gap.
     *
     * @param conductivity    gas conductivity k_g (W/(m·K))
     * @param accommodation1  thermal accommodation coefficient on surface 1 (0..1]
     * @param accommodation2  thermal accommodation coefficient on surface 2 (0..1]
     * @param gamma           ratio of specific heats
     * @param prandtl         Prandtl number
     * @param meanFreePath    molecular mean free path Λ at the gap's pressure and temperature (m)
     */
    public record GasGap(double conductivity, double accommodation1, double accommodation2, double gamma,
                         double prandtl, double meanFreePath) {
        public GasGap {
            positive("gas conductivity", conductivity);
            if (!(accommodation1 > 0 && accommodation1 <= 1) || !(accommodation2 > 0 && accommodation2 <= 1)) {
                throw new IllegalArgumentException("gas gap: accommodation coefficients must be in (0, 1], got "
                        + accommodation1 + " and " + accommodation2);
            }
            positive("gas gamma", gamma);
            positive("gas Prandtl number", prandtl);
            if (!(meanFreePath >= 0) || !Double.isFinite(meanFreePath)) {
                throw new IllegalArgumentException("gas gap: mean free path must be a non-negative length, got " + meanFreePath);
            }
        }

        /** Rarefaction length M = α β Λ (m). */
        double rarefaction() {
            double alpha = (2 - accommodation1) / accommodation1 + (2 - accommodation2) / accommodation2;
            double beta = 2 * gamma / ((gamma + 1) * prandtl);
            return alpha * beta * meanFreePath;
        }
    }

    public ContactConductance {
        if (!Double.isNaN(ks)) positive("k_s", ks);
        positive("roughness σ₁", roughness1);
        positive("roughness σ₂", roughness2);
        positive("asperity slope m₁", slope1);
        positive("asperity slope m₂", slope2);
        positive("microhardness", hardness);
        positive("pressure", pressure);
        if (!(kapitza >= 0) || !Double.isFinite(kapitza)) {
            throw new IllegalArgumentException("contact: Kapitza resistance in series must be non-negative, got " + kapitza);
        }
    }

    private static void positive(String what, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException("contact: " + what + " must be a positive number, got " + v);
        }
    }

    /** Solid-spot conductance h_c (W/(m²K)) for a given k_s. */
    public double solidConductance(double kS) {
        double sigma = Math.hypot(roughness1, roughness2);
        double m = Math.hypot(slope1, slope2);
        return 1.25 * kS * (m / sigma) * Math.pow(pressure / hardness, 0.95);
    }

    /** Gap conductance h_g (W/(m²K)), 0 in vacuum. */
    public double gapConductance() {
        if (gas == null) return 0;
        double sigma = Math.hypot(roughness1, roughness2);
        double y = 1.53 * sigma * Math.pow(pressure / hardness, -0.097);
        return gas.conductivity() / (y + gas.rarefaction());
    }

    private double resistanceFor(double kS) {
        return 1.0 / (solidConductance(kS) + gapConductance()) + kapitza;
    }

    @Override
    public double resistance(double t1, double t2) {
        if (Double.isNaN(ks)) {
            throw new IllegalStateException("contact model with k_s from the materials must be bound to an interface first");
        }
        return resistanceFor(ks);
    }

    @Override
    public InterfaceModel bind(InterfaceContext context) {
        if (!Double.isNaN(ks)) return this;
        Conductivity c1 = context.side1().conductivity();
        Conductivity c2 = context.side2().conductivity();
        int axis = context.axis();
        ContactConductance self = this;
        return new InterfaceModel() {
            @Override
            public double resistance(double t1, double t2) {
                double k1 = c1.k(axis, t1);
                double k2 = c2.k(axis, t2);
                return self.resistanceFor(2 * k1 * k2 / (k1 + k2));
            }

            @Override
            public boolean temperatureDependent() {
                return c1.temperatureDependent() || c2.temperatureDependent();
            }

            @Override
            public String describe() {
                return self.describe() + " (k_s from " + context.side1().name() + " and " + context.side2().name() + ")";
            }
        };
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "contact (Cooper–Mikic–Yovanovich) P = %g Pa, H_c = %g Pa, σ = %g m, m = %g%s%s",
                pressure, hardness, Math.hypot(roughness1, roughness2), Math.hypot(slope1, slope2),
                gas == null ? ", vacuum" : ", gas k_g = " + gas.conductivity() + " W/(m·K)",
                kapitza > 0 ? ", + R_K = " + kapitza + " m²K/W" : "");
    }

    /**
     * Case-file entry {@code model: contact}.
     *
     * @param pressure  contact pressure P (Pa)
     * @param hardness  microhardness H_c (Pa)
     * @param roughness [σ₁, σ₂] (m)
     * @param slope     [m₁, m₂]
     * @param ks        harmonic-mean conductivity (W/(m·K)), or null to take it from the two materials
     * @param gas       gas in the gap, or null for vacuum
     * @param rK        Kapitza resistance of the spots in series (m²K/W), or null for none
     */
    public record Parameters(@JsonProperty(required = true) @SI("Pa") Double pressure,
                             @JsonProperty(required = true) @SI("Pa") Double hardness,
                             @JsonProperty(required = true) @SI("m") List<Double> roughness,
                             @JsonProperty(required = true) @SI("1") List<Double> slope,
                             @JsonProperty("k_s") @SI("W/(m.K)") Double ks,
                             Gas gas,
                             @JsonProperty("R_K") @SI("m2.K/W") Double rK) {
    }

    /** The gas of a contact's gap as a case file gives it ({@link GasGap}). */
    public record Gas(@JsonProperty(required = true) @SI("W/(m.K)") Double k,
                      @JsonProperty(required = true) @SI("1") List<Double> accommodation,
                      @JsonProperty(required = true) @SI("1") Double gamma,
                      @JsonProperty(required = true) @SI("1") Double prandtl,
                      @JsonProperty(value = "mean_free_path", required = true) @SI("m") Double meanFreePath) {
    }

    /** {@code model: contact}: {@code pressure}, {@code hardness}, {@code roughness}, {@code slope}, {@code k_s}, {@code gas}, {@code R_K}. */
    public static final ModelDeclaration<Parameters> DECLARATION = ModelDeclaration.of("contact", Parameters.class, (c, in) -> {
        List<Double> rough = in.pair(c.roughness(), "roughness", "[σ₁, σ₂] RMS roughness of the two surfaces");
        List<Double> slope = in.pair(c.slope(), "slope", "[m₁, m₂] mean asperity slopes");
        GasGap gas = null;
        if (c.gas() != null) {
            List<Double> acc = in.pair(c.gas().accommodation(), "gas.accommodation", "[α₁, α₂]");
            gas = new GasGap(c.gas().k(), acc.get(0), acc.get(1), c.gas().gamma(), c.gas().prandtl(), c.gas().meanFreePath());
        }
        return new ContactConductance(c.ks() == null ? Double.NaN : c.ks(), rough.get(0), rough.get(1), slope.get(0),
                slope.get(1), c.hardness(), c.pressure(), gas, c.rK() == null ? 0 : c.rK());
    });
}
