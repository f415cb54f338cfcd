package org.kapitza.io.casefile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

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
                    @JsonProperty(value = "T_ref", required = true) @SI("K") Double tRef,
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
}
