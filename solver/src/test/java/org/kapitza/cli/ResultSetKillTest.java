package org.kapitza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code kapitza run} at random instants, as a user's Ctrl-C or the OOM killer would, and checks
 * after every kill that the output directory holds exactly one whole result set, the old one or the new
 * one, never a mixture. Two runs alternate between two boundary temperatures so that old and new sets
 * differ in every file; each set's files are compared against those of its own completed reference run.
 */
class ResultSetKillTest {
    static final int KILLS = 50;

    @Test
    void aKillAtAnyInstantLeavesTheOldOrTheNewSetWhole(@TempDir Path dir) throws Exception {
        Path caseFile = Path.of(ResultSetKillTest.class.getResource("/cases/two-slab.yaml").toURI());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        String[] temperatures = {"400 K", "500 K"};
        // Reference sets, one per temperature, from runs that were not killed.
        List<java.util.Map<String, byte[]>> reference = new ArrayList<>();
        for (String t : temperatures) {
            Path ref = dir.resolve("ref-" + t.replace(' ', '_'));
            assertEquals(0, run(java, classpath, caseFile, ref, t).waitFor(), "reference run");
            reference.add(contents(ref));
        }
        Path out = dir.resolve("results").resolve("two-slab");
        assertEquals(0, run(java, classpath, caseFile, out, temperatures[0]).waitFor());
        // How long a run takes here, to spread the kills over the whole of one (JVM start included).
        long t0 = System.nanoTime();
        assertEquals(0, run(java, classpath, caseFile, out, temperatures[1]).waitFor());
        long runMillis = (System.nanoTime() - t0) / 1_000_000;
        Random random = new Random(11);
        int finished = 0;
        for (int k = 0; k < KILLS; k++) {
            Process p = run(java, classpath, caseFile, out, temperatures[k % 2]);
            // Most kills in the last part of a run, where the results are written and switched.
            long delay = (long) (runMillis * (random.nextDouble() < 0.3 ? random.nextDouble() : 0.6 + 0.5 * random.nextDouble()));
            if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
                p.waitFor();
            } else {
                finished++;
            }
            java.util.Map<String, byte[]> now = contents(out);
            boolean whole = reference.stream().anyMatch(r -> same(r, now));
            assertTrue(whole, "kill " + k + " after " + delay + " ms left a mixed or partial set: " + now.keySet());
        }
        assertTrue(finished < KILLS / 2, "most runs were killed: " + finished + " finished");
        // Left-overs of the killed runs go at the next run: the link and its one set remain.
        assertEquals(0, run(java, classpath, caseFile, out, temperatures[0]).waitFor());
        try (Stream<Path> s = Files.list(out.getParent())) {
            assertEquals(2, s.count());
        }
        try (Stream<Path> s = Files.list(out.toRealPath())) {
            assertTrue(s.noneMatch(f -> f.getFileName().toString().startsWith(".")), "no hidden temporaries");
        }
    }

    private static Process run(String java, String classpath, Path caseFile, Path out, String t) throws Exception {
        return new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", classpath, "org.kapitza.cli.Main",
                "run", "-q", caseFile.toString(), "-o", out.toString(), "--set", "boundaries[0].T=" + t)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** The files of a set (the run's time line excepted), by name. */
    private static java.util.Map<String, byte[]> contents(Path dir) throws Exception {
        java.util.Map<String, byte[]> m = new java.util.TreeMap<>();
        if (!Files.exists(dir)) return m;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.toList()) m.put(f.getFileName().toString(), Files.readAllBytes(f));
        }
        return m;
    }

    /** Same files with the same content; summary.json compared without its "timing" block, which differ run to run. */
    private static boolean same(java.util.Map<String, byte[]> a, java.util.Map<String, byte[]> b) {
        if (!a.keySet().equals(b.keySet())) return false;
        for (String f : a.keySet()) {
            if (f.equals("summary.json")) {
                if (!untimed(a.get(f)).equals(untimed(b.get(f)))) return false;
            } else if (!java.util.Arrays.equals(a.get(f), b.get(f))) {
                return false;
            }
        }
        return true;
    }

    private static String untimed(byte[] json) {
        return new String(json, java.nio.charset.StandardCharsets.UTF_8).replaceAll("\"timing\"\\s*:\\s*\\{[^}]*\\}", "");
    }
}
