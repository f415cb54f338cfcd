package org.kapitza.cli;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.kapitza.study.PointResult;
import org.kapitza.study.StudyRun;

/**
 * Shows a study as it goes: points done of the total, failed, and the time left from the mean time per
 * point so far. On a terminal a progress bar; in a pipe or CI a log line at most every two seconds, and
 * one for every failed point.
 */
final class StudyProgress implements StudyRun.Listener, AutoCloseable {
    private final String mode;
    private final PrintStream log;
    private ProgressBar bar;
    private final long wall0 = System.nanoTime();
    private long lastLog;
    private int total;
    private int resumed;

    StudyProgress(String mode, PrintStream log) {
        this.mode = mode;
        this.log = log;
    }

    @Override
    public void started(int total, int done, String engine) {
        this.total = total;
        this.resumed = done;
        if (!mode.equals("off")) {
            log.printf(Locale.ROOT, "%d points%s; %s%n", total, done > 0 ? ", " + done + " done before (resumed)" : "", engine);
        }
        if (mode.equals("bar")) {
            bar = new ProgressBarBuilder().setTaskName("points").setInitialMax(total).setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .setUpdateIntervalMillis(250).continuousUpdate().build();
            bar.stepTo(done);
        }
    }

    @Override
    public void finished(PointResult r, int done, int failed) {
        double elapsed = (System.nanoTime() - wall0) * 1e-9;
        int ran = done - resumed;
        double left = ran > 0 ? elapsed / ran * (total - done) : Double.NaN;
        if (bar != null) {
            bar.stepTo(done);
            bar.setExtraMessage(String.format(Locale.ROOT, " %d failed, about %s left", failed, duration(left)));
        } else if (mode.equals("log")) {
            long now = System.nanoTime();
            if (!r.ok()) {
                log.printf(Locale.ROOT, "[%7.1f s] point %d %s: %s%n", elapsed, r.index(), r.status(), r.message());
            }
            if (now - lastLog > 2_000_000_000L || done == total) {
                lastLog = now;
                log.printf(Locale.ROOT, "[%7.1f s] %d of %d points done, %d failed, about %s left%n", elapsed, done, total, failed,
                        duration(left));
            }
        }
    }

    static String duration(double s) {
        if (Double.isNaN(s)) return "?";
        if (s < 120) return String.format(Locale.ROOT, "%.0f s", s);
        if (s < 7200) return String.format(Locale.ROOT, "%.0f min", s / 60);
        return String.format(Locale.ROOT, "%.1f h", s / 3600);
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
