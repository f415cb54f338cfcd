package org.kapitza.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pin comparison itself: it must notice a change just above 1e-12 relative and a number that vanished. */
class ExamplePinsTest {
    @Test
    void aChangeAboveTheToleranceAndAMissingNumberAreReported() {
        Map<String, Double> pinned = new LinkedHashMap<>();
        pinned.put(".regions[0].mean", 393.75);
        pinned.put(".interfaces[0].meanJump", 25.0);
        pinned.put(".interfaces[1].meanJump", 0.0);
        Map<String, Double> same = new LinkedHashMap<>(pinned);
        same.put(".regions[0].mean", 393.75 * (1 + 0.5e-12));
        // a jump that is zero may differ by round-off of the largest jump of the run
        same.put(".interfaces[1].meanJump", 1e-13);
        assertTrue(ExamplePins.compare(pinned, same).isEmpty(), ExamplePins.compare(pinned, same).toString());

        Map<String, Double> changed = new LinkedHashMap<>(pinned);
        changed.put(".regions[0].mean", 393.75 * (1 + 3e-12));
        changed.remove(".interfaces[0].meanJump");
        changed.put(".patches[0].outflow", 1.0);
        assertEquals(3, ExamplePins.compare(pinned, changed).size(), ExamplePins.compare(pinned, changed).toString());
    }
}
