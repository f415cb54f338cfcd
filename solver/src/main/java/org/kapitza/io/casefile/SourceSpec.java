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
     * are relative to the lower-left corner of the layer's footprint. The blocks are listed, or read from
     * a HotSpot floorplan ({@code floorplan}, a {@code .flp} file relative to the case file, which must
     * tile the layer's footprint); with a floorplan, listed blocks give only a {@code name} and its
     * {@code power}.
     */
    @JsonTypeName("power-map")
    record PowerMap(@JsonProperty(required = true) String surface,
                    List<Block> blocks,
                    String floorplan,
                    Trace trace) implements SourceSpec {
    }

    /**
     * A power trace (the format of compact thermal models such as HotSpot's {@code .ptrace}): a header
     * line of block names, then one row of block powers (W) per interval, whitespace separated. Row i
     * holds from i·interval to (i+1)·interval; the last row holds after the end. Blocks the header does
     * not name keep their {@code power}.
     *
     * <p>A steady run takes one power per block from the trace: the {@code row} given (1 = the first
     * row of powers), or by {@code use} the {@code mean} (HotSpot's own steady-state choice, the default)
     * or the {@code peak} of each column.
     *
     * @param file     the trace, relative to the case file
     * @param interval the sampling interval (s); transient runs only, where it is required
     * @param row      steady runs: the row of powers to use, 1-based
     * @param use      steady runs: {@code mean} or {@code peak} of each block's column
     */
    record Trace(@JsonProperty(required = true) String file,
                 @SI("s") Double interval,
                 Integer row,
                 String use) {
    }

    /** One floorplan block; {@code x} and {@code y} are required unless the map reads a floorplan file. */
    record Block(@JsonProperty(required = true) String name,
                 @SI("m") List<Double> x,
                 @SI("m") List<Double> y,
                 @JsonProperty(required = true) @SI("W") TimeVarying power) {
    }

    /** Uniform heat generation in a region: a density or a total power. */
    @JsonTypeName("volumetric")
    record Volumetric(@JsonProperty(required = true) String region,
                      @SI("W/m3") TimeVarying density,
                      @SI("W") TimeVarying power) implements SourceSpec {
    }
}
