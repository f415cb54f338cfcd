package org.kapitza.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Names the phase a run is in: parse (reading the case file), mesh (grid, materials, interfaces), set-up
 * (assembling the matrix and preconditioner, or the time stepper), solve, output (writing the results).
 * On a terminal one status line, redrawn in place and cut to {@link Bars#width()} so it never wraps, and
 * cleared before a progress bar draws on it or an error is printed; in a pipe or CI one log line per
 * phase with the wall time; nothing when quiet. The solve phase itself is shown by {@link Progress} and
 * {@link TimeProgress}.
 */
final class Phases implements AutoCloseable {
    /** The phases of a run, in order. */
    static final List<String> NAMES = List.of("parse", "mesh", "set-up", "solve", "output");

    private final PrintStream log;
    private final boolean bar;
    private final int width;
    private final long start = System.nanoTime();
    private boolean lineDrawn;
    private String current;

    /**
     * @param mode "bar", "log" or "off"
     * @param log  where the status line or log lines go (the progress bars' stream)
     */
    Phases(String mode, PrintStream log) {
        this(mode, log, Bars.width());
    }

    /** @param width the widest status line, in characters */
    Phases(String mode, PrintStream log, int width) {
        this.log = mode.equals("off") ? null : log;
        this.bar = mode.equals("bar");
        this.width = width;
    }

    /**
     * Enters a phase.
     *
     * @param phase  one of {@link #NAMES}
     * @param detail what it is doing, e.g. the file being read
     */
    void enter(String phase, String detail) {
        if (!NAMES.contains(phase)) throw new IllegalArgumentException("unknown phase " + phase + "; known: " + NAMES);
        current = phase;
        if (log == null) return;
        int index = NAMES.indexOf(phase) + 1;
        String text = String.format(Locale.ROOT, "%s (%d/%d): %s", phase, index, NAMES.size(), detail);
        if (bar) {
            // \r, the text and spaces to the full width: the previous phase's longer text does not show through.
            String shown = fit(text, width);
            log.print("\r" + shown + " ".repeat(width - shown.length()));
            log.flush();
            lineDrawn = true;
        } else {
            log.printf(Locale.ROOT, "[%6.1f s] %s%n", (System.nanoTime() - start) * 1e-9, text);
        }
    }

    /** The phase entered last, or null. */
    String current() {
        return current;
    }

    /** Clears the status line, so that a progress bar or a message starts on an empty line. */
    void clear() {
        if (lineDrawn && log != null) {
            log.print("\r" + " ".repeat(width) + "\r");
            log.flush();
        }
        lineDrawn = false;
    }

    @Override
    public void close() {
        clear();
    }

    /** The text cut to {@code width} characters, an ellipsis marking the cut. */
    static String fit(String text, int width) {
        if (text.length() <= width) return text;
        return text.substring(0, Math.max(0, width - 1)) + "…";
    }
}
