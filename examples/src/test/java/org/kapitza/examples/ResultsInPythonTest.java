package org.kapitza.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Results in Python" snippet, run as it is printed on the two-slab example's output
 * ({@code output.format: vtu}): it loads summary.json, interfaces.csv, profile.csv and the .vtu, and
 * prints the exact numbers. Needs a Python with pandas and meshio ({@code $KAPITZA_PYTHON},
 * {@code /usr/bin/python3} or {@code python3}); without one it is skipped with a message saying how to
 * get it.
 */
class ResultsInPythonTest {

    private static String python() {
        List<String> candidates = new ArrayList<>();
        if (System.getenv("KAPITZA_PYTHON") != null) candidates.add(System.getenv("KAPITZA_PYTHON"));
        candidates.add("/usr/bin/python3");
        candidates.add("python3");
        for (String p : candidates) {
            try {
                Process proc = new ProcessBuilder(p, "-c", "import pandas, meshio").redirectErrorStream(true).start();
                if (proc.waitFor(60, TimeUnit.SECONDS) && proc.exitValue() == 0) return p;
            } catch (IOException e) {
                // not there
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return null;
    }

    @Test
    void theReadmeSnippetLoadsEveryResult(@TempDir Path out) throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher m = Pattern.compile("### Results in Python.*?```python\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "README has a '### Results in Python' section with a python block");
        String snippet = m.group(1);
        assertTrue(snippet.contains("out = \"results/two-slab\""), snippet);
        String python = python();
        if (python == null) {
            Assumptions.assumeTrue(false, "no Python with pandas and meshio (tried $KAPITZA_PYTHON, /usr/bin/python3,"
                    + " python3); to run this test: apt-get install python3-pandas python3-meshio, or pip install pandas"
                    + " meshio and set KAPITZA_PYTHON to that interpreter");
        }
        ExampleRunner.run("two-slab", out, "output.format=vtu");
        Path script = out.resolve("snippet.py");
        Files.writeString(script, snippet.replace("out = \"results/two-slab\"", "out = " + pyString(out.toString())));
        Process p = new ProcessBuilder(python, script.toString()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) fail("snippet timed out");
        assertEquals(0, p.exitValue(), text);
        // two-slab: cells at 398.75 ... 306.25 K, a 25 K jump at R·A = 0.1 m²K/W (its README derives them)
        assertTrue(text.contains("hottest 398.75 K in left"), text);
        assertTrue(text.matches("(?s).*left\\|right\\s+left\\s+right\\s+25\\.0\\s+0\\.1\\s.*"), text);
        assertTrue(text.contains("10 cells, T from 306.25 to 398.75 K"), text);
        assertTrue(text.contains("regions {0: 'left', 1: 'right'}"), text);
    }

    private static String pyString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
