package org.kapitza.io.casefile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.kapitza.phonon.BoundaryModel;

/**
 * An interface model as written in a case file, chosen by its {@code model} key. The same entries
 * serve {@code interfaces} (with {@code between} regions or {@code materials}), {@code grain_boundaries}
 * (with {@code region} and {@code staircase}), the parts of a {@code series}, and the {@code contact} of
 * a fixed-temperature boundary; the builder checks that each entry uses only the keys of its place.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "model")
@JsonSubTypes({
    @JsonSubTypes.Type(ModelSpec.Constant.class),
    @JsonSubTypes.Type(ModelSpec.PowerLaw.class),
    @JsonSubTypes.Type(ModelSpec.Radiative.class),
    @JsonSubTypes.Type(ModelSpec.Contact.class),
    @JsonSubTypes.Type(ModelSpec.Layer.class),
    @JsonSubTypes.Type(ModelSpec.Series.class),
    @JsonSubTypes.Type(ModelSpec.Distribution.class),
    @JsonSubTypes.Type(ModelSpec.Dmm.class),
    @JsonSubTypes.Type(ModelSpec.Amm.class),
    @JsonSubTypes.Type(ModelSpec.RadiationLimit.class),
    @JsonSubTypes.Type(ModelSpec.ElectronDmm.class),
    @JsonSubTypes.Type(ModelSpec.Khalatnikov.class),
    @JsonSubTypes.Type(ModelSpec.SpinTwoChannel.class),
    @JsonSubTypes.Type(ModelSpec.DefectPlane.class),
})
public sealed interface ModelSpec {
    /** Label in reports. */
    String name();

    /** Two region (layer) names. */
    List<String> between();

    /** Two material names. */
    List<String> materials();

    /** Region of a grain-boundary entry. */
    String region();

    /** Staircase correction of a grain-boundary entry. */
    Boolean staircase();

    /** A constant resistance. */
    @JsonTypeName("constant")
    record Constant(String name, List<String> between, List<String> materials, String region, Boolean staircase,
                    @JsonProperty(value = "R", required = true) @SI("m2.K/W") Double r) implements ModelSpec {
    }

    /** R = R_ref (T_ref / T)^exponent. */
    @JsonTypeName("power-law")
    record PowerLaw(String name, List<String> between, List<String> materials, String region, Boolean staircase,
                    @JsonProperty(value = "R_ref", required = true) @SI("m2.K/W") Double rRef,
                    @JsonProperty(value = "T_ref", required = true) @SI(value = "K", absolute = true) Double tRef,
                    @SI("1") Double exponent) implements ModelSpec {
    }

    /** One-way flux q = σ (T₁^m − T₂^m), from R·T³ (m = 4) or σ and m. */
    @JsonTypeName("radiative")
    record Radiative(String name, List<String> between, List<String> materials, String region, Boolean staircase,
                     @JsonProperty("RT3") @SI("K4.m2/W") Double rt3,
                     @SI("1") Double sigma,
                     @SI("1") Double exponent) implements ModelSpec {
    }

    /** Cooper–Mikic–Yovanovich contact conductance, optional gas gap and Kapitza resistance in series. */
    @JsonTypeName("contact")
    record Contact(String name, List<String> between, List<String> materials, String region, Boolean staircase,
                   @JsonProperty(required = true) @SI("Pa") Double pressure,
                   @JsonProperty(required = true) @SI("Pa") Double hardness,
                   @JsonProperty(required = true) @SI("m") List<Double> roughness,
                   @JsonProperty(required = true) @SI("1") List<Double> slope,
                   @JsonProperty("k_s") @SI("W/(m.K)") Double ks,
                   Gas gas,
                   @JsonProperty("R_K") @SI("m2.K/W") Double rK) implements ModelSpec {
    }

    /** Gas in a contact's gap. */
    record Gas(@JsonProperty(required = true) @SI("W/(m.K)") Double k,
               @JsonProperty(required = true) @SI("1") List<Double> accommodation,
               @JsonProperty(required = true) @SI("1") Double gamma,
               @JsonProperty(required = true) @SI("1") Double prandtl,
               @JsonProperty(value = "mean_free_path", required = true) @SI("m") Double meanFreePath) {
    }

    /** A thin unmeshed layer, R = thickness / k; k given, or the conductivity of a named material. */
    @JsonTypeName("layer")
    record Layer(String name, List<String> between, List<String> materials, String region, Boolean staircase,
                 @JsonProperty(required = true) @SI("m") Double thickness,
                 @SI("W/(m.K)") Double k,
                 String material) implements ModelSpec {
    }

    /** Several models one after the other. */
    @JsonTypeName("series")
    record Series(String name, List<String> between, List<String> materials, String region, Boolean staircase,
                  @JsonProperty(required = true) List<ModelSpec> parts) implements ModelSpec {
    }

    /** Per-boundary random resistances (grain boundaries only). */
    @JsonTypeName("distribution")
    record Distribution(String name, List<String> between, List<String> materials, String region, Boolean staircase,
                        @JsonProperty(required = true) String kind,
                        @SI("m2.K/W") Double mean,
                        @SI("m2.K/W") Double std,
                        @SI("m2.K/W") Double min,
                        @SI("m2.K/W") Double max,
                        Long seed) implements ModelSpec {
    }

    /**
     * A model predicted from the two materials' acoustic (or electronic) data, {@link org.kapitza.phonon}:
     * the materials are those on either side of the interface, or the surface's material and the bath
     * {@code medium} for the contact of a fixed-temperature boundary.
     */
    sealed interface Predicted extends ModelSpec {
        /** Which model. */
        BoundaryModel kind();

        /** Phonon cutoff convention as written ({@code debye} or {@code per-branch}), or null for the default. */
        String cutoff();

        /** The bath medium (acoustic-library name) of a boundary contact; null elsewhere. */
        String medium();
    }

    /** Diffuse mismatch. */
    @JsonTypeName("dmm")
    record Dmm(String name, List<String> between, List<String> materials, String region, Boolean staircase,
               String cutoff, String medium) implements Predicted {
        @Override
        public BoundaryModel kind() {
            return BoundaryModel.DMM;
        }
    }

    /** Acoustic mismatch (specular, no mode conversion). */
    @JsonTypeName("amm")
    record Amm(String name, List<String> between, List<String> materials, String region, Boolean staircase,
               String cutoff, String medium) implements Predicted {
        @Override
        public BoundaryModel kind() {
            return BoundaryModel.AMM;
        }
    }

    /** The phonon radiation limit: the largest elastic phonon conductance. */
    @JsonTypeName("radiation-limit")
    record RadiationLimit(String name, List<String> between, List<String> materials, String region, Boolean staircase,
                          String cutoff, String medium) implements Predicted {
        @Override
        public BoundaryModel kind() {
            return BoundaryModel.RADIATION_LIMIT;
        }
    }

    /** Electron diffuse mismatch between two metals; electrons have no phonon cutoff. */
    @JsonTypeName("electron-dmm")
    record ElectronDmm(String name, List<String> between, List<String> materials, String region, Boolean staircase,
                       String medium) implements Predicted {
        @Override
        public BoundaryModel kind() {
            return BoundaryModel.ELECTRON_DMM;
        }

        @Override
        public String cutoff() {
            return null;
        }
    }

    /** A liquid (⁴He) against a solid, acoustic mismatch with mode conversion. */
    @JsonTypeName("khalatnikov")
    record Khalatnikov(String name, List<String> between, List<String> materials, String region, Boolean staircase,
                       String cutoff, String medium) implements Predicted {
        @Override
        public BoundaryModel kind() {
            return BoundaryModel.KHALATNIKOV;
        }
    }

    /**
     * Spin-dependent two-channel electronic interface (Valet–Fert), optionally with a lattice model in
     * parallel.
     *
     * @param ra      spin-averaged resistance–area product A R* (Ω m²)
     * @param gamma   interface spin asymmetry γ, −1 &lt; γ &lt; 1
     * @param lattice phonon (or any) model in parallel, or null
     */
    @JsonTypeName("spin-two-channel")
    record SpinTwoChannel(String name, List<String> between, List<String> materials, String region, Boolean staircase,
                          @JsonProperty(value = "RA", required = true) @SI("Ohm.m2") Double ra,
                          @JsonProperty(required = true) @SI("1") Double gamma,
                          ModelSpec lattice) implements ModelSpec {
    }

    /**
     * A plane of scattering defects between grains (or regions) of one material, {@link org.kapitza.phonon.DefectPlane}:
     * R = ((1 − f)/f)/h₀(T), h₀ the material's own phonon radiation limit.
     *
     * @param clearFraction f in (0, 1], or null when a distribution is given
     * @param distribution  f per boundary (grain boundaries only), or null
     * @param cutoff        phonon cutoff convention of h₀, or null for the default
     */
    @JsonTypeName("defect-plane")
    record DefectPlane(String name, List<String> between, List<String> materials, String region, Boolean staircase,
                       @JsonProperty("clear_fraction") @SI("1") Double clearFraction,
                       FractionDistribution distribution,
                       String cutoff) implements ModelSpec {
    }

    /** A distribution of clear fractions: {@code uniform} (min, max) or {@code normal} (mean, std), and a seed. */
    record FractionDistribution(@JsonProperty(required = true) String kind,
                                @SI("1") Double mean, @SI("1") Double std, @SI("1") Double min, @SI("1") Double max,
                                Long seed) {
    }
}
