package org.kapitza.cli;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.kapitza.fv.NonlinearListener;
import org.kapitza.linalg.IterationListener;

/**
 * Shows a steady solve as it runs: on a terminal a progress bar, in a pipe or CI plain log lines (at most
 * one every two seconds plus one per nonlinear iteration). The bar's unit is the per cent of the linear
 * solve's residual reduction done, log(r₀/r)/log(r₀/tol), which is what a residual history looks like; it
 * names the phase ("solve"), the CG iteration and, once a second nonlinear iteration starts, that
 * iteration. It shows no speed and no time left: a nonlinear solve's remaining iterations are unknown.
 */
final class Progress implements IterationListener, NonlinearListener, AutoCloseable {
    private final double tolerance;
    private final PrintStream log;
    private final String mode;
    private final Phases phases;
    private ProgressBar bar;
    private final long start = System.nanoTime();
    private long lastLog;
    private double r0 = Double.NaN;
    private int nonlinear = 1;

    /**
     * @param mode      "bar", "log" or "off"
     * @param tolerance the linear solver's relative tolerance
     * @param log       where log lines go
     */
    Progress(String mode, double tolerance, PrintStream log) {
        this(mode, tolerance, log, null);
    }

    /**
     * @param phases the run's phase display, or null: the set-up phase is shown until the first CG
     *               iteration, then the solve
     */
    Progress(String mode, double tolerance, PrintStream log, Phases phases) {
        this.tolerance = tolerance;
        this.mode = mode;
        this.log = mode.equals("log") ? log : null;
        this.phases = phases;
        if (phases != null) phases.enter("set-up", "assembling the matrix and the preconditioner");
    }

    /** The bar, made at the first CG iteration: set-up (assembly, preconditioner) has no per cent to show. */
    private ProgressBar bar() {
        if (bar == null && mode.equals("bar")) {
            if (phases != null) phases.clear();
            bar = new ProgressBarBuilder().setTaskName("solve").setInitialMax(100).setUnit(" %", 1)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(250).continuousUpdate()
                    .hideEta().setMaxRenderedLength(Bars.width()).build();
        }
        return bar;
    }

    @Override
    public void iteration(int iteration, double relativeResidual) {
        if (phases != null && !"solve".equals(phases.current())) {
            phases.enter("solve", String.format(Locale.ROOT, "conjugate gradients to a relative residual of %.0e", tolerance));
        }
        ProgressBar bar = bar();
        if (iteration == 0 || Double.isNaN(r0)) r0 = Math.max(relativeResidual, tolerance * 10);
        double done = Math.log(r0 / Math.max(relativeResidual, 1e-300)) / Math.log(r0 / tolerance);
        done = Math.max(0, Math.min(1, done));
        if (bar != null) {
            bar.stepTo(Math.round(100 * done));
            bar.setExtraMessage(String.format(Locale.ROOT, " of residual reduction; %sCG %d, r %.1e", nonlinearLabel(true),
                    iteration, relativeResidual));
        } else if (log != null) {
            long now = System.nanoTime();
            if (now - lastLog > 2_000_000_000L) {
                lastLog = now;
                log.printf(Locale.ROOT, "[%6.1f s] solve: %sCG iteration %d, relative residual %.3e%n", (now - start) * 1e-9,
                        nonlinearLabel(false), iteration, relativeResidual);
            }
        }
    }

    @Override
    public void iteration(int iteration, double maxChange, int linearIterations) {
        if (log != null) {
            log.printf(Locale.ROOT, "[%6.1f s] nonlinear iteration %d: %d linear iterations, largest change %.3e K%n",
                    (System.nanoTime() - start) * 1e-9, iteration, linearIterations, maxChange);
        }
        nonlinear = iteration + 1;
        r0 = Double.NaN;
    }

    /** "nonlinear iteration 2, " from the second nonlinear iteration on; nothing for a linear solve. */
    private String nonlinearLabel(boolean shortForm) {
        if (nonlinear < 2) return "";
        return (shortForm ? "Newton " : "nonlinear iteration ") + nonlinear + ", ";
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.stepTo(100);
            bar.close();
        }
    }
}
