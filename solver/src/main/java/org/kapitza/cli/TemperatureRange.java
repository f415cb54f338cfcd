package org.kapitza.cli;

import org.kapitza.InputException;
import org.kapitza.Numbers;
import org.kapitza.io.units.Units;
import org.kapitza.phonon.BoundaryConductanceTable;

/**
 * Temperatures as {@code kapitza tbr --T} takes them: {@code FROM:TO[:COUNT]}, log-spaced with both ends
 * included, or a single temperature. Each temperature may carry a unit ({@code 4K:77K}); a bare number
 * is in kelvin.
 *
 * @param from  lowest temperature (K)
 * @param to    highest temperature (K), equal to {@code from} for a single one
 * @param count number of temperatures
 */
public record TemperatureRange(double from, double to, int count) {
    /** Points per decade when no count is given: enough to read a log-log curve off a table. */
    static final int DEFAULT_PER_DECADE = 4;
    /** More rows than anyone reads; also bounds the work. */
    static final int MAX_COUNT = 10_000;

    /** The default, 1 K to 300 K. */
    public static TemperatureRange defaults() {
        return parse("1:300");
    }

    /**
     * @throws InputException naming the text and what would be right
     */
    public static TemperatureRange parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length > 3) throw bad(text, "too many ':'");
        double from = temperature(parts[0], text);
        if (parts.length == 1) return new TemperatureRange(from, from, 1);
        double to = temperature(parts[1], text);
        if (!(to > from)) {
            throw bad(text, "the range must rise (FROM < TO), got " + Numbers.format(from) + " K to " + Numbers.format(to) + " K");
        }
        int count;
        if (parts.length == 3) {
            try {
                count = Integer.parseInt(parts[2].trim());
            } catch (NumberFormatException e) {
                throw bad(text, "COUNT '" + parts[2] + "' is not a whole number");
            }
            if (count < 2 || count > MAX_COUNT) throw bad(text, "COUNT must be 2 to " + MAX_COUNT + ", got " + count);
        } else {
            count = (int) Math.round(DEFAULT_PER_DECADE * Math.log10(to / from)) + 1;
            count = Math.max(2, Math.min(MAX_COUNT, count));
        }
        return new TemperatureRange(from, to, count);
    }

    private static double temperature(String part, String text) {
        double t;
        try {
            t = Units.toSI(part.trim(), "K");
        } catch (IllegalArgumentException e) {
            throw bad(text, e.getMessage());
        }
        if (!(t > 0) || !Double.isFinite(t)) throw bad(text, "temperatures must be positive, got " + part.trim());
        return t;
    }

    private static InputException bad(String text, String why) {
        return new InputException("--T " + text + ": " + why + "; write FROM:TO[:COUNT] in kelvin, e.g. --T 1:300 or"
                + " --T 4:400:25 (log-spaced), or one temperature, e.g. --T 77");
    }

    /** The temperatures (K), log-spaced. */
    public double[] temperatures() {
        return count == 1 ? new double[] {from} : BoundaryConductanceTable.logSpaced(from, to, count);
    }

    /** At least {@code perDecade} log-spaced points over the same range, for smooth plotted curves. */
    public double[] dense(int perDecade) {
        if (count == 1) return temperatures();
        int n = Math.max(count, (int) Math.ceil(perDecade * Math.log10(to / from)) + 1);
        return BoundaryConductanceTable.logSpaced(from, to, n);
    }
}
