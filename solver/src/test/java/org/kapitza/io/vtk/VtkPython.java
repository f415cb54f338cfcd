package org.kapitza.io.vtk;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs {@code read_vtk.py} (a test resource) with a Python interpreter that has VTK, and parses what it
 * prints: VTK's own readers as the judge of the files.
 *
 * <p>The interpreter is the first of {@code $KAPITZA_VTK_PYTHON}, {@code /usr/bin/python3} (Debian's
 * python3-vtk9 installs there) and {@code python3} on the PATH (often a pyenv or venv Python without
 * VTK) that can {@code import vtk}. Without one the tests are skipped, except on CI ({@code CI=true}),
 * where they fail: CI installs python3-vtk9, so a missing VTK there is a broken setup, not a reason to
 * pass silently.
 */
final class VtkPython {
    private static final long PROBE_SECONDS = 60;
    private static final long READ_SECONDS = 180;
    private static Optional<String> interpreter;

    private VtkPython() {
    }

    /** What VTK read from one file. */
    static final class Dataset {
        String file;
        String vtkClass;
        int cells = -1;
        int points = -1;
        final Map<String, Array> arrays = new LinkedHashMap<>();
        final Map<String, double[]> coords = new LinkedHashMap<>();
        int[] types;
        double[] corners;
        double[] normals;
        int[] hidden;
        int surface = -1;
        /** Every record but the file name, to compare two files' content. */
        final List<String> content = new ArrayList<>();
    }

    /** A cell array as VTK read it; values as printed (doubles by Python's round-trip repr). */
    record Array(String type, int components, int tuples, String[] values) {
    }

    /** What the script printed: the .pvd entries (timestep, part, file) and the datasets read. */
    record Output(List<String[]> collection, List<Dataset> datasets) {
    }

    /** The interpreter to use, or the test is skipped (failed on CI) with a message saying why. */
    static synchronized String require() {
        if (interpreter == null) interpreter = find();
        if (interpreter.isEmpty()) {
            String msg = "no Python interpreter can import vtk (tried $KAPITZA_VTK_PYTHON, /usr/bin/python3, python3);"
                    + " install Debian's python3-vtk9 to check the VTK files with VTK's own readers";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(msg + ". CI=true, where VTK must be installed.");
            Assumptions.assumeTrue(false, msg);
        }
        return interpreter.get();
    }

    private static Optional<String> find() {
        List<String> candidates = new ArrayList<>();
        String env = System.getenv("KAPITZA_VTK_PYTHON");
        if (env != null && !env.isBlank()) candidates.add(env);
        candidates.add("/usr/bin/python3");
        candidates.add("python3");
        for (String c : candidates) {
            try {
                Process p = new ProcessBuilder(c, "-c", "import vtk")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (!p.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    continue;
                }
                if (p.exitValue() == 0) return Optional.of(c);
            } catch (IOException e) {
                // not installed under this name: try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Reads the files with VTK; fails the test with VTK's messages when VTK reports any problem. */
    static Output read(Path work, Path... files) throws IOException, InterruptedException {
        String python = require();
        Path script = work.resolve("read_vtk.py");
        try (InputStream in = VtkPython.class.getResourceAsStream("read_vtk.py")) {
            if (in == null) fail("test resource org/kapitza/io/vtk/read_vtk.py is missing");
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> command = new ArrayList<>(List.of(python, script.toString()));
        for (Path f : files) command.add(f.toString());
        Path out = work.resolve("vtk-read.out");
        Path err = work.resolve("vtk-read.err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(READ_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("reading " + List.of(files) + " with VTK took more than " + READ_SECONDS + " s");
        }
        if (p.exitValue() != 0) {
            fail(python + " read_vtk.py exited with " + p.exitValue() + ":\n" + Files.readString(err));
        }
        return parse(Files.readAllLines(out));
    }

    private static Output parse(List<String> lines) {
        List<String[]> collection = new ArrayList<>();
        List<Dataset> datasets = new ArrayList<>();
        Dataset d = null;
        String pending = null;
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "dataset" -> collection.add(new String[] {f[1], f[2], f[3]});
                case "file" -> {
                    d = new Dataset();
                    d.file = f[1];
                    datasets.add(d);
                }
                case "class" -> d.vtkClass = f[1];
                case "cells" -> d.cells = Integer.parseInt(f[1]);
                case "points" -> d.points = Integer.parseInt(f[1]);
                case "array" -> {
                    pending = f[1];
                    d.arrays.put(pending, new Array(f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]), null));
                }
                case "values" -> {
                    Array a = d.arrays.get(pending);
                    d.arrays.put(pending, new Array(a.type(), a.components(), a.tuples(), tail(f, 1)));
                }
                case "coords" -> d.coords.put(f[1], doubles(tail(f, 2)));
                case "types" -> d.types = ints(tail(f, 1));
                case "corners" -> d.corners = doubles(tail(f, 1));
                case "normals" -> d.normals = doubles(tail(f, 1));
                case "hidden" -> d.hidden = ints(tail(f, 1));
                case "surface" -> d.surface = Integer.parseInt(f[1]);
                case "end" -> d = null;
                default -> fail("unexpected line from read_vtk.py: " + line);
            }
            if (d != null && !f[0].equals("file")) d.content.add(line);
        }
        return new Output(collection, datasets);
    }

    private static String[] tail(String[] f, int from) {
        if (f.length == from + 1 && f[from].isEmpty()) return new String[0];
        String[] out = new String[f.length - from];
        System.arraycopy(f, from, out, 0, out.length);
        return out;
    }

    /** Python's float repr: round-trip decimal, or nan / inf / -inf. */
    static double parseDouble(String s) {
        return switch (s) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    static double[] doubles(String[] s) {
        double[] v = new double[s.length];
        for (int i = 0; i < s.length; i++) v[i] = parseDouble(s[i]);
        return v;
    }

    static int[] ints(String[] s) {
        int[] v = new int[s.length];
        for (int i = 0; i < s.length; i++) v[i] = Integer.parseInt(s[i]);
        return v;
    }
}
