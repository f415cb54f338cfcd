package org.kapitza.cli;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.kapitza.Numbers;
import org.kapitza.fv.TransientObserver;

/**
 * Shows a transient run as it goes: simulated time against the end, the step, and the time left,
 * estimated from the wall time per simulated second so far. On a terminal a progress bar; in a pipe or
 * CI a log line at most every two seconds.
 */
final class TimeProgress implements TransientObserver, AutoCloseable {
    private static final int TICKS = 100;
    private final double start;
    private final double end;
    private final PrintStream log;
    private final ProgressBar bar;
    private final long wall0 = System.nanoTime();
    private long lastLog;

    /**
     * @param start simulated time the run starts from (s; later than 0 after a restart)
     * @param end   simulated time it runs to (s)
     */
    TimeProgress(String mode, double start, double end, PrintStream log) {
        this.start = start;
        this.end = end;
        this.log = mode.equals("log") ? log : null;
        this.bar = mode.equals("bar") ? new ProgressBarBuilder().setTaskName("time").setInitialMax(TICKS).setUnit(" %", 1)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(250).continuousUpdate()
                .setEtaFunction(Bars.eta()).setMaxRenderedLength(Bars.width()).build() : null;
    }

    @Override
    public void step(double time, double dt, int step, int newtonIterations, int linearIterations) {
        double done = (time - start) / (end - start);
        if (bar != null) {
            bar.stepTo(Math.round(TICKS * Math.max(0, Math.min(1, (time - 0) / end))));
            bar.setExtraMessage(String.format(Locale.ROOT, " t = %s s, step %d, Δt = %s s", Numbers.format(time, 4), step,
                    Numbers.format(dt, 3)));
        } else if (log != null) {
            long now = System.nanoTime();
            if (now - lastLog > 2_000_000_000L || time >= end) {
                lastLog = now;
                double elapsed = (now - wall0) * 1e-9;
                // an estimate only once 5 % of the run and 3 s have passed: before, set-up dominates and it is noise
                double secondsLeft = Bars.secondsLeft(done, elapsed);
                String left = Double.isNaN(secondsLeft) ? "" : String.format(Locale.ROOT, ", about %.0f s left", secondsLeft);
                log.printf(Locale.ROOT, "[%7.1f s] t = %s of %s s (%.0f %%), step %d, Δt = %s s, %d linear iterations%s%n", elapsed,
                        Numbers.format(time, 4), Numbers.format(end, 4), 100 * time / end, step, Numbers.format(dt, 3),
                        linearIterations, left);
            }
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.stepTo(TICKS);
            bar.close();
        }
    }
}
