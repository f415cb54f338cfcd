package org.kapitza.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The test run's closing lines: skipped tests with their reasons, and the build's totals across modules. */
class TestRunSummaryTest {

    /** Run only through the launcher below (surefire leaves nested classes alone). */
    static class Sample {
        @Test
        void passes() {
        }

        @Test
        void needsATool() {
            Assumptions.assumeTrue(false, "no frobnicator here; install frobnicator to run this test");
        }
    }

    private static String runSample(String module, String start, Path file) {
        PrintStream before = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String[] keys = {"kapitza.module", "kapitza.build.start", "kapitza.test.summary"};
        String[] saved = new String[keys.length];
        for (int i = 0; i < keys.length; i++) saved[i] = System.getProperty(keys[i]);
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            System.setProperty("kapitza.module", module);
            System.setProperty("kapitza.build.start", start);
            System.setProperty("kapitza.test.summary", file.toString());
            Launcher launcher = LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false)
                    .addTestExecutionListeners(new TestRunSummary()).build());
            launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Sample.class)).build());
        } finally {
            System.setOut(before);
            for (int i = 0; i < keys.length; i++) {
                if (saved[i] == null) System.clearProperty(keys[i]);
                else System.setProperty(keys[i], saved[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void skippedTestsSayWhyAndTheTotalsAddUpOverTheModulesOfOneBuild(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("target/test-summary.txt");
        String first = runSample("kapitza-mesh", "build-1", file);
        assertTrue(first.contains("kapitza-mesh: 1 skipped, with the reason and how to enable them:"), first);
        assertTrue(first.contains("  TestRunSummaryTest$Sample.needsATool: no frobnicator here; install frobnicator to run this test"), first);
        assertTrue(first.contains("TOTAL so far in this build (mesh 2): 2 tests, 1 passed, 0 failed, 1 skipped"), first);

        String second = runSample("kapitza-solver", "build-1", file);
        assertTrue(second.contains("TOTAL so far in this build (mesh 2, solver 2): 4 tests, 2 passed, 0 failed, 2 skipped"), second);

        // A later build does not count the earlier one's modules.
        String later = runSample("kapitza-solver", "build-2", file);
        assertTrue(later.contains("TOTAL so far in this build (solver 2): 2 tests, 1 passed, 0 failed, 1 skipped"), later);
        List<String> lines = Files.readAllLines(file);
        assertEquals(List.of("build-2\tsolver\t2\t0\t1"), lines);
    }
}
