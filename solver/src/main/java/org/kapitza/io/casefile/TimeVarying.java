package org.kapitza.io.casefile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import org.kapitza.boundary.TimeFunction;

/**
 * A case-file value that may change in time: a number with units ({@code P: 5 W}), or a table
 * ({@code P: {t: [0, 1 ms, 2 ms], value: [0, 5 W, 5 W]}}) interpolated linearly, or held from each time
 * to the next with {@code interpolation: step}. Times are in s; values in the unit of the key.
 *
 * @param constant      the value when it does not change, else null
 * @param times         the table's times (s), strictly increasing
 * @param values        the table's values (SI)
 * @param interpolation "linear" (the default) or "step"
 */
@JsonDeserialize(using = TimeVaryingDeserializer.class)
public record TimeVarying(Double constant, List<Double> times, List<Double> values, String interpolation) {
    /** The names {@code interpolation} accepts. */
    public static final List<String> INTERPOLATIONS = List.of("linear", "step");

    public static TimeVarying of(double v) {
        return new TimeVarying(v, null, null, null);
    }

    /** Whether the value changes in time (a table). */
    public boolean varies() {
        return constant == null;
    }

    /** The value at t = 0 (s): where a table starts. */
    public double initial() {
        return function().value(0);
    }

    /** The value as a function of time (s). */
    public TimeFunction function() {
        if (constant != null) return TimeFunction.constant(constant);
        double[] t = times.stream().mapToDouble(Double::doubleValue).toArray();
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        return "step".equals(interpolation) ? TimeFunction.held(t, v) : TimeFunction.table(t, v);
    }
}
