package org.kapitza.testing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * What {@code mvn -B verify} prints after each module's tests, so that a newcomer can read the run: every
 * skipped test with the reason its assumption gave (which says how to enable it, e.g. "install
 * python3-vtk9"), and one line with the totals of the build so far; after the last module's tests that
 * line is the build's total. Maven's own per-module counts stay as they are.
 *
 * <p>Registered for every module through {@code META-INF/services} in mesh's test classes, which the
 * root pom adds to each module's test class path. The totals are kept in {@code target/test-summary.txt}
 * of the root project, one line per module, keyed by the build's start time
 * ({@code kapitza.build.start}, Maven's {@code maven.build.timestamp}) so that an earlier build's lines do
 * not count. Without those properties (a test run from an IDE) it prints only the skipped tests.
 */
public final class TestRunSummary implements TestExecutionListener {
    private final List<String> skipped = new ArrayList<>();
    private int run;
    private int failed;

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        // A disabled class or method: its tests are not counted one by one, its reason is shown once.
        skipped.add(name(test) + ": " + reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            // An assumption that did not hold (a missing tool): skipped, with its message.
            String why = result.getThrowable().map(Throwable::getMessage).orElse("no reason given");
            if (why != null) why = why.replaceFirst("^Assumption failed: ", "");
            if (test.isTest() || !test.isContainer()) skipped.add(name(test) + ": " + why);
            else skipped.add(name(test) + " (all its tests): " + why);
            return;
        }
        if (!test.isTest()) {
            if (result.getStatus() == TestExecutionResult.Status.FAILED) failed++;
            return;
        }
        run++;
        if (result.getStatus() == TestExecutionResult.Status.FAILED) failed++;
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        PrintStream out = System.out;
        String module = System.getProperty("kapitza.module", "");
        if (!skipped.isEmpty()) {
            out.printf(Locale.ROOT, "%s%d skipped, with the reason and how to enable them:%n", module.isEmpty() ? "" : module + ": ",
                    skipped.size());
            for (String s : skipped) out.println("  " + s);
        }
        String start = System.getProperty("kapitza.build.start");
        String file = System.getProperty("kapitza.test.summary");
        if (start == null || file == null || module.isEmpty()) return;
        try {
            // As Maven counts: a skipped test is a test run.
            Map<String, int[]> modules = record(Path.of(file), start, module.replaceFirst("^kapitza-", ""),
                    new int[] {run + skipped.size(), failed, skipped.size()});
            int[] total = new int[3];
            StringBuilder parts = new StringBuilder();
            for (Map.Entry<String, int[]> e : modules.entrySet()) {
                for (int i = 0; i < 3; i++) total[i] += e.getValue()[i];
                parts.append(parts.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue()[0]);
            }
            out.printf(Locale.ROOT, "TOTAL so far in this build (%s): %d tests, %d passed, %d failed, %d skipped%s%n", parts,
                    total[0], total[0] - total[1] - total[2], total[1], total[2],
                    total[2] > 0 ? " (each module lists its skipped tests with the reason and how to enable them)" : "");
        } catch (IOException | RuntimeException e) {
            out.println("(test totals not recorded: " + e + ")");
        }
    }

    /** Replaces this module's line in the summary file and returns every module's counts of this build. */
    private static Map<String, int[]> record(Path file, String start, String module, int[] counts) throws IOException {
        Map<String, int[]> modules = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length != 5 || !f[0].equals(start)) continue;
                modules.put(f[1], new int[] {Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4])});
            }
        }
        modules.put(module, counts);
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, int[]> e : modules.entrySet()) {
            int[] c = e.getValue();
            text.append(start).append('\t').append(e.getKey()).append('\t').append(c[0]).append('\t').append(c[1]).append('\t')
                    .append(c[2]).append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return modules;
    }

    private static String name(TestIdentifier test) {
        return test.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(m -> simple(m.getClassName()) + "." + m.getMethodName()).orElse(test.getDisplayName());
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
