package org.kapitza.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TimeFunctionTest {
    private final TimeFunction trace = TimeFunction.steps(0, 0.1, new double[] {1, 3, 3, 0});

    @Test
    void aTraceHoldsEachRowForItsIntervalAndTheLastAfterTheEnd() {
        assertEquals(1, trace.value(0.05));
        assertEquals(3, trace.value(0.1), "at a jump the new row applies");
        assertEquals(1, trace.valueBefore(0.1), "just before it, the old one");
        assertEquals(3, trace.valueBefore(0.3));
        assertEquals(0, trace.value(0.3));
        assertEquals(0, trace.value(7));
        assertEquals(1, trace.valueBefore(0));
    }

    @Test
    void breakpointsAreTheJumpsInsideTheHalfOpenRange() {
        assertArrayEquals(new double[] {0.1, 0.30000000000000004}, trace.breakpoints(0, 1));
        // The range starts just below a jump: the jump is in it. It starts on the jump: not.
        assertArrayEquals(new double[] {0.1}, trace.breakpoints(0.1 - 1e-13, 0.1));
        assertArrayEquals(new double[0], trace.breakpoints(0.1, 0.2));
        // 0.2 is a row boundary with no change of value: no breakpoint.
        assertArrayEquals(new double[0], trace.breakpoints(0.15, 0.25));
    }

    @Test
    void aTableInterpolatesLinearlyAndRefusesTimesOutOfOrder() {
        TimeFunction t = TimeFunction.table(new double[] {0, 10}, new double[] {300, 4});
        assertEquals(152, t.value(5), 1e-12);
        assertEquals(4, t.value(20));
        assertEquals(t.value(5), t.valueBefore(5));
        assertThrows(IllegalArgumentException.class, () -> TimeFunction.table(new double[] {0, 0}, new double[] {1, 2}));
    }

    @Test
    void heldValuesSwitchAtTheirTimes() {
        TimeFunction h = TimeFunction.held(new double[] {0, 5, 8}, new double[] {2, 7, 7});
        assertEquals(2, h.value(-1));
        assertEquals(2, h.value(4.9));
        assertEquals(7, h.value(5));
        assertEquals(2, h.valueBefore(5));
        assertEquals(7, h.value(100));
        assertArrayEquals(new double[] {5}, h.breakpoints(0, 10), "8 changes nothing");
    }
}
