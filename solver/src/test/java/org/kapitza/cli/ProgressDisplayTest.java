package org.kapitza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress display names its phase and unit, says nothing of "steps" in a steady run, and estimates only once it can. */
class ProgressDisplayTest {

    @Test
    void aSteadyLinearSolveLogsItsPhaseAndNoStep() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream log = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (Progress p = new Progress("log", 1e-10, log)) {
            p.iteration(0, 1.0);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("solve: CG iteration 0, relative residual 1.000e+00"), text);
        assertFalse(text.contains("step"), text);
    }

    @Test
    void aSecondNonlinearIterationIsNamed() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream log = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (Progress p = new Progress("log", 1e-10, log)) {
            p.iteration(1, 0.5, 12);
            p.iteration(0, 1.0);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("solve: nonlinear iteration 2, CG iteration 0"), text);
    }

    @Test
    void timeLeftOnlyOnceFivePerCentAndThreeSecondsHavePassed() {
        assertTrue(Double.isNaN(Bars.secondsLeft(1e-6, 0.4)), "the first step after set-up: no '7859883 s left'");
        assertTrue(Double.isNaN(Bars.secondsLeft(0.5, 1)), "too early in wall time");
        assertTrue(Double.isNaN(Bars.secondsLeft(0.01, 100)), "too little of the run");
        assertEquals(30, Bars.secondsLeft(0.25, 10), 1e-12);
        assertEquals(0, Bars.secondsLeft(1, 10), 0);
        assertTrue(Bars.width() >= 40);
    }
}
