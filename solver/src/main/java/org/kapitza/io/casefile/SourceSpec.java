package org.kapitza.io.casefile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/** Heat generated in the body, chosen by its {@code type} key. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(SourceSpec.PowerMap.class),
    @JsonSubTypes.Type(SourceSpec.Volumetric.class),
})
public sealed interface SourceSpec {

    /**
     * Power per floorplan block on a layer's top or bottom surface ({@code die.top}); block coordinates
     * are relative to the lower-left corner of the layer's footprint.
     */
    @JsonTypeName("power-map")
    record PowerMap(@JsonProperty(required = true) String surface,
                    @JsonProperty(required = true) List<Block> blocks,
                    Trace trace) implements SourceSpec {
    }

    /**
     * A power trace (the format of compact thermal models such as HotSpot's {@code .ptrace}): a header
     * line of block names, then one row of block powers (W) per interval, whitespace separated. Row i
     * holds from i·interval to (i+1)·interval; the last row holds after the end. Blocks the header does
     * not name keep their {@code power}.
     *
     * @param file     the trace, relative to the case file
     * @param interval the sampling interval (s)
     */
    record Trace(@JsonProperty(required = true) String file,
                 @JsonProperty(required = true) @SI("s") Double interval) {
    }

    /** One floorplan block. */
    record Block(@JsonProperty(required = true) String name,
                 @JsonProperty(required = true) @SI("m") List<Double> x,
                 @JsonProperty(required = true) @SI("m") List<Double> y,
                 @JsonProperty(required = true) @SI("W") TimeVarying power) {
    }

    /** Uniform heat generation in a region: a density or a total power. */
    @JsonTypeName("volumetric")
    record Volumetric(@JsonProperty(required = true) String region,
                      @SI("W/m3") TimeVarying density,
                      @SI("W") TimeVarying power) implements SourceSpec {
    }
}
