package org.kapitza.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A plain-text table for benchmark commands (pasted into benchmarks/README.md as Markdown). */
final class Table {
    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();

    Table(String... header) {
        this.header = header;
    }

    void row(Object... cells) {
        String[] r = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            Object c = cells[i];
            r[i] = c instanceof Double d ? String.format(Locale.ROOT, d >= 100 ? "%.0f" : d >= 1 ? "%.2f" : "%.3g", d)
                    : String.valueOf(c);
        }
        rows.add(r);
    }

    /** Markdown, so the output can go straight into benchmarks/README.md. */
    String markdown() {
        int[] w = new int[header.length];
        for (int i = 0; i < header.length; i++) w[i] = header[i].length();
        for (String[] r : rows) for (int i = 0; i < r.length; i++) w[i] = Math.max(w[i], r[i].length());
        StringBuilder s = new StringBuilder();
        line(s, header, w);
        StringBuilder sep = new StringBuilder("|");
        for (int x : w) sep.append("-".repeat(x + 2)).append('|');
        s.append(sep).append('\n');
        for (String[] r : rows) line(s, r, w);
        return s.toString();
    }

    private static void line(StringBuilder s, String[] cells, int[] w) {
        s.append('|');
        for (int i = 0; i < cells.length; i++) s.append(' ').append(String.format("%-" + w[i] + "s", cells[i])).append(" |");
        s.append('\n');
    }

    /** Heap in use after a full collection (bytes): what a data structure really holds. */
    static long usedHeap() {
        for (int i = 0; i < 3; i++) System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
