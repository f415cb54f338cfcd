package org.kapitza.io.casefile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/**
 * A material defined in a case file: a new name for a built-in material ({@code like}), or a
 * conductivity of its own ({@code k}).
 *
 * @param name   name used by layers and regions
 * @param like   a built-in material to start from
 * @param k      the conductivity: a number, {@code {x, y, z}}, {@code {power_law: ...}} or {@code {table: ...}}
 * @param source where the values come from (free text, shown in summaries)
 */
public record MaterialSpec(@JsonProperty(required = true) String name, String like,
                           @JsonDeserialize(using = ConductivitySpecDeserializer.class) ConductivitySpec k,
                           String source) {

    /** A conductivity as written: exactly one of the forms is set. */
    public record ConductivitySpec(Double constant, Anisotropic anisotropic, PowerLaw powerLaw, Table table) {
    }

    /** Principal conductivities along x, y, z. */
    public record Anisotropic(@JsonProperty(required = true) @SI("W/(m.K)") Double x,
                              @JsonProperty(required = true) @SI("W/(m.K)") Double y,
                              @JsonProperty(required = true) @SI("W/(m.K)") Double z) {
    }

    /** k = k_ref (T / T_ref)^exponent over a range. */
    public record PowerLaw(@JsonProperty(value = "k_ref", required = true) @SI("W/(m.K)") Double kRef,
                           @JsonProperty(value = "T_ref", required = true) @SI("K") Double tRef,
                           @JsonProperty(required = true) @SI("1") Double exponent,
                           @JsonProperty(required = true) @SI("K") List<Double> range) {
    }

    /** k(T) at points, interpolated monotonically. */
    public record Table(@JsonProperty(value = "T", required = true) @SI("K") List<Double> t,
                        @JsonProperty(required = true) @SI("W/(m.K)") List<Double> k) {
    }
}
