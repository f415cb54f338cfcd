package org.kapitza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapitza.InputException;
import org.kapitza.linalg.Parallel;

/**
 * The settings shall be layered system property &gt; environment &gt; settings file &gt; built-in
 * defaults, and a bad {@code threads} value shall be refused naming where it came from. Every test
 * builds its layers itself (a temporary settings file through KAPITZA_SETTINGS, a home directory of its
 * own), so a developer's ~/.config/kapitza/settings.properties cannot change the outcome.
 */
class SettingsTest {

    private static Properties system(Path home, String... keyValues) {
        Properties p = new Properties();
        p.setProperty("user.home", home.toString());
        for (int i = 0; i < keyValues.length; i += 2) p.setProperty(keyValues[i], keyValues[i + 1]);
        return p;
    }

    @Test
    void systemPropertyBeatsEnvironmentBeatsFileBeatsDefaults(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("settings.properties"), "threads = 3\nprogress = log\noutput.compress = false\n");
        Map<String, String> env = new HashMap<>();
        env.put("KAPITZA_SETTINGS", file.toString());
        env.put("KAPITZA_THREADS", "2");
        env.put("KAPITZA_PROGRESS", "off");

        Settings all = Settings.load(system(dir, "kapitza.threads", "5"), env);
        assertEquals(5, all.threads(), "system property over environment");
        assertEquals("off", all.progress(), "environment over file");
        assertEquals(false, all.compressVtk(), "file over defaults");
        assertEquals(true, all.writeVtk(), "defaults when no layer has the key");

        Settings noProperty = Settings.load(system(dir), env);
        assertEquals(2, noProperty.threads(), "environment over file");

        env.remove("KAPITZA_THREADS");
        assertEquals(3, Settings.load(system(dir), env).threads(), "file over defaults");

        env.remove("KAPITZA_SETTINGS");
        Settings defaults = Settings.load(system(dir), env);
        assertEquals(Runtime.getRuntime().availableProcessors(), defaults.threads(), "default 0: one per processor");
        assertEquals(true, defaults.compressVtk());
        assertEquals("built-in defaults", defaults.sources().get(defaults.sources().size() - 1));
    }

    @Test
    void theFileInTheHomeDirectoryIsReadWhenNoKapitzaSettingsIsGiven(@TempDir Path home) throws Exception {
        Path file = home.resolve(".config/kapitza/settings.properties");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "threads = 4\n");
        assertEquals(4, Settings.load(system(home), Map.of()).threads());
    }

    @Test
    void threadsMustBeAWholeNumberZeroOrMore(@TempDir Path dir) throws Exception {
        String tooMany = String.valueOf(Settings.MAX_THREADS_PER_PROCESSOR * Runtime.getRuntime().availableProcessors() + 1);
        for (String bad : new String[] {"abc", "-3", "1.5", "", tooMany, "100000"}) {
            InputException e = assertThrows(InputException.class,
                    () -> Settings.load(system(dir), Map.of("KAPITZA_THREADS", bad)).threads(), bad);
            assertTrue(e.getMessage().contains("threads = '" + bad + "'") && e.getMessage().contains("KAPITZA_THREADS")
                    && e.getMessage().contains("0 for one per processor"), e.getMessage());
        }
        Path file = Files.writeString(dir.resolve("s.properties"), "threads = many\n");
        InputException e = assertThrows(InputException.class,
                () -> Settings.load(system(dir), Map.of("KAPITZA_SETTINGS", file.toString())).validate());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        e = assertThrows(InputException.class, () -> Settings.load(system(dir, "kapitza.threads", "-1"), Map.of()).validate());
        assertTrue(e.getMessage().contains("system property kapitza.threads"), e.getMessage());
    }

    /** The command line refuses a bad threads setting and applies a good one to the solver kernels. */
    @Test
    void theCommandLineAppliesAndValidatesThreads(@TempDir Path out) throws Exception {
        Path twoSlab = Path.of(SettingsTest.class.getResource("/cases/two-slab.yaml").toURI());
        String before = System.getProperty("kapitza.threads");
        int threadsBefore = Parallel.shared().threads();
        try {
            for (String bad : new String[] {"abc", "-3"}) {
                System.setProperty("kapitza.threads", bad);
                for (String command : new String[] {"run", "check"}) {
                    CommandLineTest.Run r = command.equals("run")
                            ? CommandLineTest.run("run", twoSlab.toString(), "-o", out.toString(), "-q")
                            : CommandLineTest.run("check", twoSlab.toString());
                    assertEquals(Main.INVALID_INPUT, r.code(), command + " " + bad + ": " + r.err());
                    assertTrue(r.err().startsWith("error: setting threads = '" + bad + "'") && !r.err().contains("\tat "),
                            r.err());
                }
            }
            int want = threadsBefore == 1 ? 2 : 1;
            System.setProperty("kapitza.threads", Integer.toString(want));
            CommandLineTest.Run r = CommandLineTest.run("run", twoSlab.toString(), "-o", out.toString(), "-q");
            assertEquals(Main.OK, r.code(), r.err());
            assertEquals(want, Parallel.shared().threads(), "the threads setting reaches the kernels");
        } finally {
            if (before == null) System.clearProperty("kapitza.threads");
            else System.setProperty("kapitza.threads", before);
            Parallel.setShared(threadsBefore);
        }
    }
}
