package org.kapitza.study;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kapitza.InputException;
import org.kapitza.io.AtomicFile;

/**
 * study.csv: one row per finished point — index, role, group, ensemble member, the parameter values as
 * the case received them (SI), the responses (SI, ten significant digits; empty where undetermined or
 * failed), status, seconds, linear iterations and message.
 *
 * <p>The header is written atomically; each finished point is then appended as one line with one write
 * and forced to disk, so a killed study leaves whole rows and at most one partial last line, which
 * {@link #finished} drops when the study resumes.
 */
public final class StudyCsv implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;

    private StudyCsv(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** The header line's columns. */
    public static List<String> header(StudyPlan plan) {
        List<String> h = new ArrayList<>(List.of("index", "role", "group", "member"));
        h.addAll(plan.valueColumns());
        for (Response r : plan.responses()) h.add(r.name());
        h.addAll(List.of("status", "seconds", "iterations", "message"));
        return h;
    }

    /** A new study.csv with only its header (replacing any). */
    public static StudyCsv create(Path file, StudyPlan plan) throws IOException {
        String header = line(header(plan));
        AtomicFile.write(file, out -> out.write(header.getBytes(StandardCharsets.UTF_8)));
        return open(file);
    }

    /** Appends to an existing study.csv (after {@link #finished} has checked it). */
    public static StudyCsv open(Path file) throws IOException {
        return new StudyCsv(file, FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
    }

    /** Appends a point's row in one write and forces it to disk. */
    public void append(StudyPlan plan, PointResult r) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(row(plan, r).getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) channel.write(b);
        channel.force(false);
    }

    /** A point's row, with its line end. */
    public static String row(StudyPlan plan, PointResult r) {
        StudyPlan.Point p = plan.point(r.index());
        List<String> f = new ArrayList<>(List.of(Integer.toString(r.index()), p.role().label(), Integer.toString(p.group()),
                Integer.toString(p.member())));
        f.addAll(r.values());
        for (double v : r.responses()) f.add(number(v));
        f.add(r.status());
        f.add(String.format(java.util.Locale.ROOT, "%.3f", r.seconds()));
        f.add(Integer.toString(r.iterations()));
        f.add(r.message());
        return line(f);
    }

    /** Ten significant digits, or empty. */
    static String number(double v) {
        return Double.isFinite(v) ? String.format(java.util.Locale.ROOT, "%.10g", v).trim() : "";
    }

    private static String line(List<String> fields) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) s.append(',');
            String v = fields.get(i);
            s.append(v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        return s.append('\n').toString();
    }

    /**
     * The rows of a study.csv being resumed, by point index, after checking that it belongs to this plan
     * (the same columns, each row's values those of its point). A partial last line — a study killed
     * while writing it — is cut off the file.
     *
     * @throws InputException when the file belongs to another study
     */
    public static Map<Integer, PointResult> finished(Path file, StudyPlan plan) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') end--;
        if (end < bytes.length) {
            try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
                c.truncate(end);
                c.force(true);
            }
        }
        String text = new String(bytes, 0, end, StandardCharsets.UTF_8);
        String[] lines = text.split("\n");
        List<String> header = header(plan);
        if (lines.length == 0 || lines[0].isEmpty() || !parse(lines[0]).equals(header)) {
            throw new InputException(file + " is not this study's table (its columns differ: "
                    + (lines.length == 0 ? "empty" : lines[0]) + "); to start again remove it or choose another -o DIR");
        }
        int nv = plan.valueColumns().size();
        int nr = plan.responses().size();
        Map<Integer, PointResult> rows = new LinkedHashMap<>();
        for (int l = 1; l < lines.length; l++) {
            List<String> f = parse(lines[l]);
            String where = file + ":" + (l + 1);
            if (f.size() != header.size()) throw new InputException(where + ": " + f.size() + " fields, expected " + header.size());
            int index;
            try {
                index = Integer.parseInt(f.get(0));
            } catch (NumberFormatException e) {
                throw new InputException(where + ": index '" + f.get(0) + "' is not a whole number");
            }
            if (index < 0 || index >= plan.points().size()) {
                throw new InputException(where + ": point " + index + " is not in this study (it has " + plan.points().size()
                        + " points); the study file changed: remove " + file + " or choose another -o DIR");
            }
            List<String> values = f.subList(4, 4 + nv);
            if (!values.equals(plan.point(index).values())) {
                throw new InputException(where + ": point " + index + " has values " + values + " but the study file now gives "
                        + plan.point(index).values() + "; the study file changed: remove " + file + " or choose another -o DIR");
            }
            double[] resp = new double[nr];
            for (int i = 0; i < nr; i++) {
                String v = f.get(4 + nv + i);
                resp[i] = v.isEmpty() ? Double.NaN : Double.parseDouble(v);
            }
            int k = 4 + nv + nr;
            rows.put(index, new PointResult(index, values, resp, f.get(k), f.get(k + 3), Double.parseDouble(f.get(k + 1)),
                    Integer.parseInt(f.get(k + 2))));
        }
        return rows;
    }

    /** Splits a CSV line (RFC 4180 quoting). */
    static List<String> parse(String line) {
        List<String> f = new ArrayList<>();
        StringBuilder s = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    s.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    s.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                f.add(s.toString());
                s.setLength(0);
            } else {
                s.append(c);
            }
        }
        f.add(s.toString());
        return f;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
