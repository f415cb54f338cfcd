package org.kapitza.cli;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import me.tongfei.progressbar.ProgressState;

/**
 * What the terminal progress bars share: a width that never wraps, and a time-left estimate shown only
 * once it means something.
 */
final class Bars {
    /** Estimates wait for this share of the work ... */
    static final double MIN_DONE = 0.05;
    /** ... and this much wall time (s): the first steps of a run (class loading, set-up) say nothing of the rest. */
    static final double MIN_SECONDS = 3;

    private Bars() {
    }

    /**
     * The widest line to draw: one less than the terminal's width ({@code $COLUMNS}, else 80), so the last
     * frame does not wrap onto a second line.
     */
    static int width() {
        String columns = System.getenv("COLUMNS");
        int w = 80;
        if (columns != null) {
            try {
                w = Integer.parseInt(columns.trim());
            } catch (NumberFormatException e) {
                // keep 80
            }
        }
        return Math.max(40, w - 1);
    }

    /** Seconds left by linear extrapolation, or NaN while fewer than {@link #MIN_DONE} and {@link #MIN_SECONDS} have passed. */
    static double secondsLeft(double done, double elapsedSeconds) {
        if (!(done >= MIN_DONE) || elapsedSeconds < MIN_SECONDS || done >= 1) return done >= 1 ? 0 : Double.NaN;
        return elapsedSeconds * (1 - done) / done;
    }

    /** The bar's ETA: {@link #secondsLeft} or nothing. */
    static Function<ProgressState, Optional<Duration>> eta() {
        return s -> {
            double done = s.getMax() > 0 ? (double) (s.getCurrent() - s.getStart()) / (s.getMax() - s.getStart()) : 0;
            double left = secondsLeft(done, s.getElapsedAfterStart().toMillis() * 1e-3);
            return Double.isNaN(left) ? Optional.empty() : Optional.of(Duration.ofMillis(Math.round(left * 1000)));
        };
    }
}
