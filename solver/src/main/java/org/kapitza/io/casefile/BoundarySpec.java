package org.kapitza.io.casefile;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/**
 * A boundary condition on one or more patches, chosen by its {@code type} key. Temperatures, fluxes and
 * powers may be tables in time ({@link TimeVarying}) for transient runs.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(BoundarySpec.Temperature.class),
    @JsonSubTypes.Type(BoundarySpec.Convection.class),
    @JsonSubTypes.Type(BoundarySpec.Flux.class),
    @JsonSubTypes.Type(BoundarySpec.Power.class),
    @JsonSubTypes.Type(BoundarySpec.Adiabatic.class),
    @JsonSubTypes.Type(BoundarySpec.Radiation.class),
})
public sealed interface BoundarySpec {
    List<String> patch();

    /** Fixed temperature, optionally through an interface model to the bath. */
    @JsonTypeName("temperature")
    record Temperature(@JsonProperty(required = true) @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> patch,
                       @JsonProperty(value = "T", required = true) @SI(value = "K", absolute = true) TimeVarying t,
                       ModelSpec contact) implements BoundarySpec {
    }

    /** Convection to a fluid at T_inf. */
    @JsonTypeName("convection")
    record Convection(@JsonProperty(required = true) @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> patch,
                      @JsonProperty(required = true) @SI("W/(m2.K)") Double h,
                      @JsonProperty(value = "T_inf", required = true) @SI(value = "K", absolute = true) TimeVarying tInf) implements BoundarySpec {
    }

    /** Heat flux entering (W/m²). */
    @JsonTypeName("flux")
    record Flux(@JsonProperty(required = true) @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> patch,
                @JsonProperty(required = true) @SI("W/m2") TimeVarying q) implements BoundarySpec {
    }

    /** Total power entering, spread over the patch. */
    @JsonTypeName("power")
    record Power(@JsonProperty(required = true) @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> patch,
                 @JsonProperty(value = "P", required = true) @SI("W") TimeVarying p) implements BoundarySpec {
    }

    /** No heat crosses (the default, stated explicitly). */
    @JsonTypeName("adiabatic")
    record Adiabatic(@JsonProperty(required = true) @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> patch)
            implements BoundarySpec {
    }

    /**
     * Thermal radiation to surroundings at T_surroundings (a shield, the vacuum can): q = ε σ (T_s⁴ − T_sur⁴)
     * leaves the surface. {@code emissivity} is one value, or two, [ε_surface, ε_surroundings], combined as
     * for two parallel grey surfaces, ε = 1/(1/ε₁ + 1/ε₂ − 1).
     */
    @JsonTypeName("radiation")
    record Radiation(@JsonProperty(required = true) @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> patch,
                     @JsonProperty(required = true) @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                     @SI("1") List<Double> emissivity,
                     @JsonProperty(value = "T_surroundings", required = true) @SI(value = "K", absolute = true) TimeVarying tSurroundings)
            implements BoundarySpec {
    }
}
