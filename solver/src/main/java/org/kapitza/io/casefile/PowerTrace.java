package org.kapitza.io.casefile;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kapitza.Suggest;
import org.kapitza.boundary.TimeFunction;

/**
 * Reads a power trace in the format of compact thermal models (HotSpot's {@code .ptrace}): a header of
 * block names, then one row of powers in W per sampling interval, whitespace separated. Blank lines and
 * lines starting with {@code #} are skipped. For a transient run each named block's power becomes a
 * piecewise-constant function of time (row i from i·interval until (i+1)·interval, the last row held after
 * the end); a steady run takes one row, or each column's mean or peak.
 */
final class PowerTrace {
    private PowerTrace() {
    }

    /** The trace as read: the header's block names and the rows of powers (W), in file order. */
    record Table(String file, List<String> header, List<double[]> rows) {
        /** The column of one block (W per row). */
        double[] column(int b) {
            double[] v = new double[rows.size()];
            for (int r = 0; r < v.length; r++) v[r] = rows.get(r)[b];
            return v;
        }
    }

    /**
     * For a transient run: each named block's power as a piecewise-constant function of time.
     *
     * @param spec   the trace entry
     * @param blocks the power map's block names, which the header must name
     * @param path   key path of the trace entry, for errors
     * @return block name → power (W) over time (s)
     */
    static Map<String, TimeFunction> read(SourceSpec.Trace spec, List<String> blocks, String path,
                                          CaseFileReader.Located<?> at) {
        if (spec.interval() == null) {
            throw at.error(path + ".interval", "a transient run needs the trace's sampling interval, e.g. interval: 3.333 us");
        }
        if (!(spec.interval() > 0) || !Double.isFinite(spec.interval())) {
            throw at.error(path + ".interval", "must be a positive time, got " + spec.interval() + " s");
        }
        if (spec.row() != null || spec.use() != null) {
            throw at.error(path + "." + (spec.row() != null ? "row" : "use"), "chooses one power per block for a steady run;"
                    + " a transient run follows the whole trace, every 'interval'");
        }
        Table t = table(spec, blocks, path, at);
        Map<String, TimeFunction> out = new LinkedHashMap<>();
        for (int b = 0; b < t.header().size(); b++) out.put(t.header().get(b), TimeFunction.steps(0, spec.interval(), t.column(b)));
        return out;
    }

    /**
     * For a steady run: one power per named block, from the chosen {@code row} (1-based), or by {@code use}
     * the {@code mean} (the default: what HotSpot's steady-state solution uses) or the {@code peak} of each
     * column. An {@code interval} is allowed (the same entry can serve a transient variant) and not used.
     *
     * @return block name → power (W)
     */
    static Map<String, Double> steady(SourceSpec.Trace spec, List<String> blocks, String path, CaseFileReader.Located<?> at) {
        if (spec.row() != null && spec.use() != null) {
            throw at.error(path, "give either 'row' (one row of powers) or 'use' (mean or peak), not both");
        }
        if (spec.use() != null && !List.of("mean", "peak").contains(spec.use())) {
            throw at.error(path + ".use", "'" + spec.use() + "' is not a choice; use 'mean' (each block's mean power over the"
                    + " trace) or 'peak' (its largest), or give 'row'");
        }
        Table t = table(spec, blocks, path, at);
        if (spec.row() != null && (spec.row() < 1 || spec.row() > t.rows().size())) {
            throw at.error(path + ".row", "row " + spec.row() + " does not exist: " + t.file() + " has " + t.rows().size()
                    + " rows of powers (1 to " + t.rows().size() + ")");
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int b = 0; b < t.header().size(); b++) {
            double[] v = t.column(b);
            double p;
            if (spec.row() != null) {
                p = v[spec.row() - 1];
            } else if ("peak".equals(spec.use())) {
                p = Double.NEGATIVE_INFINITY;
                for (double x : v) p = Math.max(p, x);
            } else {
                p = 0;
                for (double x : v) p += x;
                p /= v.length;
            }
            out.put(t.header().get(b), p);
        }
        return out;
    }

    /** Reads the file: header, rows, each mistake one error naming the file and line. */
    static Table table(SourceSpec.Trace spec, List<String> blocks, String path, CaseFileReader.Located<?> at) {
        Path file = at.directory().resolve(spec.file());
        if (!Files.exists(file)) {
            throw at.error(path + ".file", "no power trace at " + file + " (relative paths start at the case file's directory)");
        }
        try {
            InputFiles.requireReadable(file, "a power-trace text file", InputFiles.MAX_TRACE_BYTES);
        } catch (CaseFileException e) {
            throw at.error(path + ".file", file + " " + e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
        }
        String name = file.toString();
        String key = path + ".file";
        List<String> header = null;
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                String[] cells = t.split("\\s+");
                if (header == null) {
                    header = header(cells, blocks, name, lineNo, key);
                    continue;
                }
                if (cells.length != header.size()) {
                    throw new CaseFileException(name, lineNo, key, "row has " + cells.length + " values; the header names "
                            + header.size() + " blocks");
                }
                double[] row = new double[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    try {
                        row[i] = Double.parseDouble(cells[i]);
                    } catch (NumberFormatException e) {
                        row[i] = Double.NaN;
                    }
                    if (!Double.isFinite(row[i])) {
                        throw new CaseFileException(name, lineNo, key, "'" + cells[i] + "' (block " + header.get(i)
                                + ") is not a power in W");
                    }
                }
                rows.add(row);
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new CaseFileException(name, 0, key, "is not UTF-8 text; a power trace is a text file");
        } catch (IOException e) {
            throw new CaseFileException(name, 0, key, "cannot be read: " + e.getMessage());
        }
        if (header == null) throw new CaseFileException(name, 0, key, "is empty; a power trace starts with a line of block names");
        if (rows.isEmpty()) throw new CaseFileException(name, 0, key, "has block names but no rows of powers");
        return new Table(name, header, rows);
    }

    private static List<String> header(String[] cells, List<String> known, String file, int line, String key) {
        if (Arrays.stream(cells).noneMatch(known::contains) && cells.length > 0 && !isNumber(cells[0])) {
            throw new CaseFileException(file, line, key, "is not a power trace of this map: its first line names none of the"
                    + " blocks " + String.join(", ", known) + " (a trace starts with a line of block names, then rows of powers in W)");
        }
        Set<String> seen = new HashSet<>();
        for (String c : cells) {
            if (!seen.add(c)) throw new CaseFileException(file, line, key, "block '" + c + "' appears twice in the header");
            if (!known.contains(c)) {
                try {
                    Double.parseDouble(c);
                    throw new CaseFileException(file, line, key, "the first line must name the blocks, but it holds the number "
                            + c + "; blocks of the power map are: " + String.join(", ", known));
                } catch (NumberFormatException e) {
                    throw new CaseFileException(file, line, key, "block '" + c + "' is not in the power map"
                            + Suggest.didYouMean(c, known) + "; its blocks are: " + String.join(", ", known));
                }
            }
        }
        return Arrays.asList(cells);
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
