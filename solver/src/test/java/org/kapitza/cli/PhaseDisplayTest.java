package org.kapitza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console names the phase of a run (parse, mesh, set-up, solve, output) and never wraps. */
class PhaseDisplayTest {

    private static List<String> phasesIn(String text) {
        List<String> seen = new ArrayList<>();
        Matcher m = Pattern.compile("\\] (parse|mesh|set-up|solve|output) \\(\\d/5\\): ").matcher(text);
        while (m.find()) seen.add(m.group(1));
        return seen;
    }

    @Test
    void aSteadyRunLogsEveryPhaseOnceAndInOrder(@TempDir Path dir) throws Exception {
        Path twoSlab = Path.of(PhaseDisplayTest.class.getResource("/cases/two-slab.yaml").toURI());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream log = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new Pipeline(Settings.load()).run(twoSlab, List.of(), dir.resolve("out"), "log", log);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(Phases.NAMES, phasesIn(text), text);
        assertTrue(text.contains("parse (1/5): reading " + twoSlab), text);
        assertTrue(text.contains("output (5/5): writing the results to " + dir.resolve("out")), text);
    }

    @Test
    void aQuietRunShowsNoPhase(@TempDir Path dir) throws Exception {
        Path twoSlab = Path.of(PhaseDisplayTest.class.getResource("/cases/two-slab.yaml").toURI());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Pipeline(Settings.load()).run(twoSlab, List.of(), dir.resolve("out"), "off",
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }

    /**
     * On a terminal each phase redraws one status line in place: every frame between carriage returns is at
     * most the terminal width, a long detail is cut with an ellipsis, and closing clears the line.
     */
    @Test
    void theStatusLineNeverWrapsAndIsClearedAtTheEnd() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int width = 40;
        try (Phases p = new Phases("bar", out, width)) {
            p.enter("parse", "reading /a/very/long/path/to/a/case/file/that/does/not/fit/case.yaml");
            p.enter("mesh", "grid");
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(!text.contains("\n"), "one line redrawn in place, no new lines: " + text);
        String[] frames = text.split("\r", -1);
        for (String f : frames) assertTrue(f.length() <= width, "frame of " + f.length() + " > " + width + ": '" + f + "'");
        assertTrue(text.contains("parse (1/5): reading /a/very/long/path/…"), text);
        assertTrue(text.contains("mesh (2/5): grid"), text);
        assertTrue(frames[frames.length - 1].isEmpty() && frames[frames.length - 2].isBlank(),
                "the line is blanked and the cursor back at its start: " + text);
        assertEquals("ab…", Phases.fit("abcdef", 3));
        assertEquals("abc", Phases.fit("abc", 3));
    }

    @Test
    void aSteadySolveShowsSetUpUntilItsFirstIteration() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream log = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Phases phases = new Phases("log", log);
        try (Progress p = new Progress("log", 1e-10, log, phases)) {
            assertEquals("set-up", phases.current());
            p.iteration(0, 1.0);
            assertEquals("solve", phases.current());
            p.iteration(1, 0.1);
        }
        assertEquals(List.of("set-up", "solve"), phasesIn(bytes.toString(StandardCharsets.UTF_8)));
    }
}
