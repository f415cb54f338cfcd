package org.kapitza.fv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A probe's threshold: the run shall report when the probe first reaches it, from above or below, or that it never did. */
class ProbeThresholdTest {
    @Test
    void theFirstCrossingIsInterpolatedBetweenTheBracketingSteps() {
        // Cooling 10 → 6 → 4 → 3 K at t = 0, 2, 3, 7 s: 4.2 K lies between the rows at 2 s and 3 s,
        // (6 − 4.2)/(6 − 4) = 0.9 of the way, so at 2.9 s.
        double[][] cooling = {{0, 10}, {2, 6}, {3, 4}, {7, 3}};
        assertEquals(2.9, Probe.firstCrossing(cooling, 4.2), 1e-15);
        // Warming through 5 K twice (up, down, up): the first crossing counts, a quarter of the way from 1 s to 5 s.
        double[][] warming = {{0, 4}, {1, 4}, {5, 8}, {6, 3}, {7, 9}};
        assertEquals(2.0, Probe.firstCrossing(warming, 5), 1e-15);
        // Touching the value at a step, or starting on it, is reaching it.
        assertEquals(3.0, Probe.firstCrossing(cooling, 4), 0);
        assertEquals(0.0, Probe.firstCrossing(cooling, 10), 0);
    }

    @Test
    void aValueNeverReachedIsReportedAsSuch() {
        double[][] cooling = {{0, 10}, {2, 6}, {3, 4}, {7, 3}};
        assertTrue(Double.isNaN(Probe.firstCrossing(cooling, 2.5)), "below the whole run");
        assertTrue(Double.isNaN(Probe.firstCrossing(cooling, 11)), "above the start");
        assertTrue(Double.isNaN(Probe.firstCrossing(new double[0][], 4)), "no rows");
    }

    @Test
    void aProbeKeepsItsThresholdAndHasNoneByDefault() {
        Probe p = Probe.point("p", 0, 0, 0).withThreshold(4.2);
        assertTrue(p.hasThreshold() && p.threshold() == 4.2);
        assertTrue(!Probe.point("q", 0, 0, 0).hasThreshold());
    }
}
