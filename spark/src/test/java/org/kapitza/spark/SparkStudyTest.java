package org.kapitza.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapitza.cli.Main;
import org.kapitza.study.EmbeddedEngine;
import org.kapitza.study.PointResult;
import org.kapitza.study.StudyPlan;
import org.kapitza.study.StudyRun;

/**
 * Whole studies on Spark in local[2] mode, through the same {@link StudyRun} (and command line) as
 * the embedded engine: study.csv row for row, resume, failed points and the exit code.
 */
class SparkStudyTest {
    static final String STUDY = """
            name: slab-study
            base: BASE
            parameters:
              - {key: "interfaces[0].R", range: {from: 0.01 m^2*K/W, to: 1 m^2*K/W, count: 3, spacing: log}}
              - {key: "mesh.grid.x.cells", values: [10, 20]}
            responses:
              - {name: q, path: "interfaces[left|right].heatFlow"}
              - {name: jump, path: "interfaces[left|right].meanJump"}
            output: {plots: false}
            """;

    @TempDir
    Path dir;

    @BeforeAll
    static void spark() {
        LocalSpark.context(); // the engine the command line makes finds this context and leaves it running
    }

    Path study(String text) throws Exception {
        Path s = dir.resolve("study.yaml");
        Files.writeString(s, text.replace("BASE", SparkEngineTest.TWO_SLAB.toString()));
        return s;
    }

    /** study.csv by point index, each row's fields without the two that measure the run (seconds, iterations). */
    static Map<Integer, List<String>> rows(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = fields(lines.get(0));
        int seconds = header.indexOf("seconds");
        int iterations = header.indexOf("iterations");
        assertTrue(seconds > 0 && iterations > 0, header.toString());
        Map<Integer, List<String>> rows = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = fields(line);
            assertEquals(header.size(), f.size(), line);
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < f.size(); i++) if (i != seconds && i != iterations) kept.add(f.get(i));
            assertEquals(null, rows.put(Integer.parseInt(f.get(0)), kept), "one row per point");
        }
        return rows;
    }

    /** The fields of a CSV line (quoted fields may hold commas and doubled quotes). */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }

    static int cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        System.out.print(out.toString(StandardCharsets.UTF_8));
        System.out.print(err.toString(StandardCharsets.UTF_8));
        return code;
    }

    /** {@code kapitza study --engine spark} and the default engine write the same study.csv rows. */
    @Test
    void theCommandLineWithEngineSparkWritesTheEmbeddedEnginesRows() throws Exception {
        Path s = study(STUDY);
        assertEquals(0, cli("study", s.toString(), "-q", "-o", dir.resolve("embedded").toString()));
        assertEquals(0, cli("study", s.toString(), "-q", "--engine", "spark", "-o", dir.resolve("spark").toString()));
        Map<Integer, List<String>> embedded = rows(dir.resolve("embedded/study.csv"));
        assertEquals(6, embedded.size());
        assertEquals(embedded, rows(dir.resolve("spark/study.csv")));
        String json = Files.readString(dir.resolve("spark/study.json"));
        assertTrue(json.contains("\"spark\""), "study.json names the engine");
    }

    /** A study killed after three rows resumes on Spark: the three are kept, the other three run. */
    @Test
    void aPartialStudyResumesOnSpark() throws Exception {
        Path s = study(STUDY);
        StudyPlan plan = StudyPlan.read(s);
        Path whole = dir.resolve("whole");
        StudyRun.run(plan, whole, false, false, new EmbeddedEngine(SparkEngineTest.options()), quiet());
        Path partial = dir.resolve("partial");
        Files.createDirectories(partial);
        List<String> lines = Files.readAllLines(whole.resolve("study.csv"), StandardCharsets.UTF_8);
        // The header, three finished rows, and half of a fourth row being written when the study was killed.
        String cut = String.join("\n", lines.subList(0, 4)) + "\n" + lines.get(4).substring(0, lines.get(4).length() / 2);
        Files.writeString(partial.resolve("study.csv"), cut);

        List<Integer> ranNow = new ArrayList<>();
        StudyRun.Outcome o = StudyRun.run(plan, partial, true, false,
                new SparkEngine(SparkEngineTest.options(), LocalSpark.context()), new StudyRun.Listener() {
                    @Override
                    public void started(int total, int done, String engine) {
                        assertEquals(6, total);
                        assertEquals(3, done);
                    }

                    @Override
                    public void finished(PointResult r, int done, int failed) {
                        ranNow.add(r.index());
                    }
                });
        assertEquals(3, o.ran());
        assertEquals(3, ranNow.size());
        Map<Integer, List<String>> before = rows(whole.resolve("study.csv"));
        for (int i = 0; i < 3; i++) {
            assertTrue(!ranNow.contains(Integer.parseInt(lines.get(1 + i).split(",")[0])), "finished points are skipped");
        }
        assertEquals(before, rows(partial.resolve("study.csv")));
    }

    /** A point with a value out of range gets its status and message; the others run; the exit code is 4. */
    @Test
    void aFailedPointIsRecordedAndTheExitCodeSaysSo() throws Exception {
        Path s = study("""
                name: slab-failing
                base: BASE
                parameters:
                  - {key: "interfaces[0].R", values: [0.1 m^2*K/W, -0.5 m^2*K/W, 0.2 m^2*K/W, 0.3 m^2*K/W]}
                responses:
                  - {name: q, path: "interfaces[left|right].heatFlow"}
                output: {plots: false}
                """);
        assertEquals(4, cli("study", s.toString(), "-q", "--engine", "spark", "-o", dir.resolve("spark").toString()));
        assertEquals(4, cli("study", s.toString(), "-q", "-o", dir.resolve("embedded").toString()));
        Map<Integer, List<String>> rows = rows(dir.resolve("spark/study.csv"));
        assertEquals(rows(dir.resolve("embedded/study.csv")), rows);
        List<String> header = fields(Files.readAllLines(dir.resolve("spark/study.csv")).get(0));
        header.remove("seconds");
        header.remove("iterations");
        int status = header.indexOf("status");
        assertEquals(List.of("ok", "invalid", "ok", "ok"), rows.values().stream().map(r -> r.get(status)).toList());
        assertTrue(rows.get(1).get(header.indexOf("message")).contains("-0.5"));
        assertEquals("", rows.get(1).get(header.indexOf("q")), "no response for the failed point");
    }

    private static StudyRun.Listener quiet() {
        return new StudyRun.Listener() {
            @Override
            public void started(int total, int done, String engine) {}

            @Override
            public void finished(PointResult r, int done, int failed) {}
        };
    }
}
