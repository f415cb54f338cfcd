package org.kapitza.boundary;

import java.util.Arrays;

/**
 * A value that changes in time: a power, a flux, a temperature. Time in s.
 *
 * <p>A time stepper lands exactly on every {@linkplain #breakpoints breakpoint} (a table's points, the
 * start of each interval of a power trace), so a step never straddles a jump or a kink of the input.
 */
public interface TimeFunction {
    double value(double t);

    /**
     * The limit from the left at t: the value during the interval that ends at t. A step of an implicit
     * method that ends on a jump integrates the input as it was before the jump, so that each interval
     * of a power trace delivers exactly its own energy. Equals {@link #value} where the function is
     * continuous.
     */
    default double valueBefore(double t) {
        return value(t);
    }

    /** Times (s) in (from, to] where the function jumps or bends, ascending. */
    double[] breakpoints(double from, double to);

    /** Whether the function jumps at a breakpoint (a step change), not only bends. */
    default boolean jumps() {
        return false;
    }

    static TimeFunction constant(double v) {
        return new TimeFunction() {
            @Override
            public double value(double t) {
                return v;
            }

            @Override
            public double[] breakpoints(double from, double to) {
                return new double[0];
            }
        };
    }

    /**
     * Piecewise linear through (t_i, v_i), held at the end values outside.
     *
     * @param times  strictly increasing times (s)
     * @param values values at those times
     */
    static TimeFunction table(double[] times, double[] values) {
        if (times.length != values.length || times.length == 0) {
            throw new IllegalArgumentException("time table: " + times.length + " times but " + values.length
                    + " values; give one value per time (at least one)");
        }
        for (int i = 0; i < times.length; i++) {
            if (!Double.isFinite(times[i]) || !Double.isFinite(values[i])) {
                throw new IllegalArgumentException("time table: entry " + i + " is (" + times[i] + ", " + values[i] + ")");
            }
            if (i > 0 && !(times[i] > times[i - 1])) {
                throw new IllegalArgumentException("time table: times must increase, but entry " + (i - 1) + " is "
                        + times[i - 1] + " s and entry " + i + " is " + times[i] + " s");
            }
        }
        double[] t = times.clone();
        double[] v = values.clone();
        return new TimeFunction() {
            @Override
            public double value(double time) {
                if (time <= t[0]) return v[0];
                if (time >= t[t.length - 1]) return v[v.length - 1];
                int i = Arrays.binarySearch(t, time);
                if (i >= 0) return v[i];
                int hi = -i - 1;
                int lo = hi - 1;
                double s = (time - t[lo]) / (t[hi] - t[lo]);
                return v[lo] + s * (v[hi] - v[lo]);
            }

            @Override
            public double[] breakpoints(double from, double to) {
                return Arrays.stream(t).filter(x -> x > from && x <= to).toArray();
            }
        };
    }

    /**
     * Piecewise constant: v_i from t_i until t_{i+1}, v_0 before t_0 and the last value after the end
     * (a switched heater, a bath changed at a given time).
     *
     * @param times  strictly increasing times (s)
     * @param values the value from each time on
     */
    static TimeFunction held(double[] times, double[] values) {
        table(times, values); // the same checks
        double[] t = times.clone();
        double[] v = values.clone();
        return new TimeFunction() {
            @Override
            public double value(double time) {
                int i = Arrays.binarySearch(t, time);
                int k = i >= 0 ? i : -i - 2;
                return v[Math.max(0, k)];
            }

            @Override
            public double valueBefore(double time) {
                int i = Arrays.binarySearch(t, time);
                int k = i >= 0 ? i - 1 : -i - 2;
                return v[Math.max(0, k)];
            }

            @Override
            public double[] breakpoints(double from, double to) {
                double[] out = new double[t.length];
                int n = 0;
                for (int i = 1; i < t.length; i++) if (t[i] > from && t[i] <= to && v[i] != v[i - 1]) out[n++] = t[i];
                return Arrays.copyOf(out, n);
            }

            @Override
            public boolean jumps() {
                return true;
            }
        };
    }

    /**
     * Piecewise constant: value v_i on [start + i·interval, start + (i+1)·interval), the last value held
     * after the end (a power trace of compact thermal models, one row per interval).
     */
    static TimeFunction steps(double start, double interval, double[] values) {
        if (!(interval > 0) || !Double.isFinite(interval)) {
            throw new IllegalArgumentException("power trace: interval must be a positive time, got " + interval + " s");
        }
        if (values.length == 0) throw new IllegalArgumentException("power trace: no values");
        double[] v = values.clone();
        return new TimeFunction() {
            @Override
            public double value(double t) {
                int i = (int) Math.floor((t - start) / interval + 1e-9);
                return v[Math.max(0, Math.min(v.length - 1, i))];
            }

            @Override
            public double[] breakpoints(double from, double to) {
                // The first interval start after 'from'; the exact comparison below settles rounding.
                int first = (int) Math.max(1, Math.floor((from - start) / interval) + 1);
                int last = (int) Math.min(v.length - 1, Math.floor((to - start) / interval + 1e-9));
                double[] out = new double[Math.max(0, last - first + 1)];
                int k = 0;
                for (int i = first; i <= last; i++) {
                    double t = start + i * interval;
                    if (t > from && t <= to && v[i] != v[i - 1]) out[k++] = t;
                }
                return Arrays.copyOf(out, k);
            }

            @Override
            public double valueBefore(double t) {
                int i = (int) Math.ceil((t - start) / interval - 1e-9) - 1;
                return v[Math.max(0, Math.min(v.length - 1, i))];
            }

            @Override
            public boolean jumps() {
                return true;
            }
        };
    }
}
