package org.kapitza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kapitza study} end to end on the two-slab case, where every point's answer is known exactly. */
class StudyCommandTest {
    static final String TWO_SLAB = """
            name: two-slab
            mesh:
              grid:
                x: {from: 0, to: 1 m, cells: 4}
                regions:
                  - {name: left,  material: slab-a, box: {x: [0, 0.5 m]}}
                  - {name: right, material: slab-b, box: {x: [0.5 m, 1 m]}}
            materials:
              - {name: slab-a, k: 10 W/m/K}
              - {name: slab-b, k: 2 W/m/K}
            interfaces:
              - {between: [left, right], model: constant, R: 0.1 m^2*K/W}
            boundaries:
              - {patch: xmin, type: temperature, T: 400 K}
              - {patch: xmax, type: temperature, T: 300 K}
            """;

    @TempDir
    Path dir;

    Path write(String study) throws Exception {
        Files.writeString(dir.resolve("case.yaml"), TWO_SLAB);
        Path s = dir.resolve("study.yaml");
        Files.writeString(s, study);
        return s;
    }

    static List<String> rows(Path csv) throws Exception {
        return Files.readAllLines(csv, StandardCharsets.UTF_8);
    }

    /** A point whose value the case refuses fails alone: its row says why, the rest are solved, exit code 4. */
    @Test
    void aFailedPointIsRecordedAndTheRestGoOn() throws Exception {
        Path s = write("""
                name: with-a-bad-point
                base: case.yaml
                parameters:
                  - {key: "interfaces[0].R", values: [0.1, -1 m^2*K/W, 0.3]}
                responses: [{name: q, path: "interfaces[0].heatFlow"}]
                output: {plots: false}
                """);
        Path out = dir.resolve("out");
        CommandLineTest.Run r = CommandLineTest.run("study", s.toString(), "-o", out.toString(), "-q");
        assertEquals(StudyCommand.POINTS_FAILED, r.code(), r.err() + r.out());
        List<String> rows = rows(out.resolve("study.csv"));
        assertEquals(4, rows.size(), rows.toString());
        assertEquals(1, rows.stream().filter(l -> l.startsWith("1,") && l.contains(",invalid,")
                && l.contains("interface resistance must be a non-negative number")).count(), rows.toString());
        assertEquals(2, rows.stream().filter(l -> l.contains(",ok,")).count(), rows.toString());
        // q = 100 K / (0.05 + R + 0.25) m²K/W through 1 m²
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            if (!f[6].equals("ok")) continue;
            assertEquals(100 / (0.3 + Double.parseDouble(f[4])), Double.parseDouble(f[5]), 1e-6);
        }
        assertTrue(r.out().contains("1 point failed"), r.out());
    }

    /** A killed study resumes: whole rows are kept, a partial last line is dropped, only missing points run. */
    @Test
    void resumeSkipsFinishedPoints() throws Exception {
        Path s = write("""
                name: resumed
                base: case.yaml
                parameters:
                  - {key: "interfaces[0].R", range: {from: 0.01, to: 1, count: 6, spacing: log}}
                responses: [{name: q, path: "interfaces[left|right].heatFlow"}]
                output: {plots: false}
                """);
        Path out = dir.resolve("out");
        CommandLineTest.Run first = CommandLineTest.run("study", s.toString(), "-o", out.toString(), "-q");
        assertEquals(Main.OK, first.code(), first.err());
        Path csv = out.resolve("study.csv");
        List<String> all = rows(csv);
        // As if killed while writing the fourth row
        Files.writeString(csv, String.join("\n", all.subList(0, 3)) + "\n" + all.get(3).substring(0, 9));
        CommandLineTest.Run again = CommandLineTest.run("study", s.toString(), "-o", out.toString(), "-q");
        assertEquals(Main.INVALID_INPUT, again.code());
        assertTrue(again.err().contains("--resume"), again.err());
        CommandLineTest.Run resumed = CommandLineTest.run("study", s.toString(), "-o", out.toString(), "-q", "--resume");
        assertEquals(Main.OK, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains("6 points; 4 run now"), resumed.out());
        List<String> after = rows(csv);
        assertEquals(7, after.size());
        // The same rows, whichever run made them (up to the seconds column)
        for (int i = 1; i < 7; i++) {
            String index = Integer.toString(i - 1);
            String a = all.stream().filter(l -> l.startsWith(index + ",")).findFirst().orElseThrow();
            String b = after.stream().filter(l -> l.startsWith(index + ",")).findFirst().orElseThrow();
            assertEquals(a.substring(0, a.indexOf(",ok,")), b.substring(0, b.indexOf(",ok,")));
        }
        // The study file changed: the table is refused rather than mixed
        Files.writeString(s, Files.readString(s).replace("count: 6", "count: 5"));
        CommandLineTest.Run changed = CommandLineTest.run("study", s.toString(), "-o", out.toString(), "-q", "--resume");
        assertEquals(Main.INVALID_INPUT, changed.code());
        assertTrue(changed.err().contains("the study file changed"), changed.err());
    }

    /**
     * Monte Carlo statistics against the exact law: with R uniform on [a, b], q = 100/(0.3 + R) has mean
     * 100 ln((0.3 + b)/(0.3 + a))/(b − a), and its 5 % quantile is q at R's 95 % quantile (q falls with R).
     */
    @Test
    void monteCarloStatisticsMatchTheExactDistribution() throws Exception {
        Path s = write("""
                name: mc
                base: case.yaml
                design: monte-carlo
                samples: 200
                seed: 3
                parameters:
                  - {key: "interfaces[0].R", distribution: {kind: uniform, min: 0.1 m^2*K/W, max: 0.5 m^2*K/W}}
                responses: [{name: q, path: "interfaces[0].heatFlow"}]
                """);
        Path out = dir.resolve("out");
        CommandLineTest.Run r = CommandLineTest.run("study", s.toString(), "-o", out.toString(), "-q");
        assertEquals(Main.OK, r.code(), r.err());
        JsonNode st = new ObjectMapper().readTree(out.resolve("study.json").toFile()).get("responses").get(0).get("statistics");
        double mean = 100 * Math.log(0.8 / 0.4) / 0.4;
        assertEquals(200, st.get("n").asInt());
        assertTrue(Math.abs(st.get("mean").asDouble() - mean) < 3 * st.get("sem").asDouble(), st.toString());
        // The exact standard deviation: E[q²] = 100²/((0.3+a)(0.3+b)) for R uniform on [a, b]
        double std = Math.sqrt(100 * 100 / (0.4 * 0.8) - mean * mean);
        assertEquals(std, st.get("std").asDouble(), 0.1 * std);
        assertEquals(100 / (0.3 + 0.1 + 0.95 * 0.4), st.get("q05").asDouble(), 0.02 * 100 / 0.78);
        assertTrue(Files.exists(out.resolve("histogram-q.png")));
    }

    @Test
    void aMisspelledResponseStopsTheStudyWithItsName() throws Exception {
        Path s = write("""
                name: bad-response
                base: case.yaml
                parameters: [{key: "interfaces[0].R", values: [0.1, 0.2]}]
                responses: [{path: "hotspot.temperatur"}]
                """);
        CommandLineTest.Run r = CommandLineTest.run("study", s.toString(), "-o", dir.resolve("out").toString(), "-q");
        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("did you mean 'temperature'"), r.err());
    }

    @Test
    void sparkWithoutItsModuleSaysWhatIsNeeded() throws Exception {
        Path s = write("""
                name: s
                base: case.yaml
                parameters: [{key: "interfaces[0].R", values: [0.1]}]
                responses: [{path: "hotspot.temperature"}]
                """);
        CommandLineTest.Run r = CommandLineTest.run("study", s.toString(), "-o", dir.resolve("out").toString(), "-q", "--engine",
                "spark");
        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("kapitza-spark module"), r.err());
    }

    @Test
    void aStudyTooLargeIsRefusedWithTheFigure() throws Exception {
        Path s = write("""
                name: big
                base: case.yaml
                parameters: [{key: "interfaces[0].R", range: {from: 0.1, to: 1, count: 50}}]
                responses: [{path: "hotspot.temperature"}]
                limits: {cell_points: 100}
                """);
        CommandLineTest.Run r = CommandLineTest.run("study", s.toString(), "-o", dir.resolve("out").toString(), "-q");
        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("too large: 50 points × 4 cells = 200"), r.err());
        assertTrue(!Files.exists(dir.resolve("out").resolve("study.csv")));
    }
}
