package org.kapitza.mesh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GridLinesTest {

    @Test
    void uniformSpacingHasEqualCellsAndExactEnds() {
        double[] x = GridLines.uniform(0.0, 0.3, 3);
        assertEquals(4, x.length);
        assertEquals(0.3, x[3], 0.0);
        assertEquals(0.1, x[1] - x[0], 1e-15);
        assertEquals(0.1, x[2] - x[1], 1e-15);
    }

    @Test
    void geometricSpacingGrowsByTheRatio() {
        double[] x = GridLines.geometric(0.0, 1.0, 5, 2.0);
        assertEquals(1.0, x[5], 0.0);
        for (int i = 1; i < 5; i++) {
            assertEquals(2.0, (x[i + 1] - x[i]) / (x[i] - x[i - 1]), 1e-12);
        }
        assertEquals(1.0 / 31.0, x[1], 1e-15);
    }

    @Test
    void snappedNodesPassThroughEverySnapPointAndKeepTheCellCount() {
        double[] snaps = {15e-3, 45e-3, 23.6e-3, 36.4e-3, 25.2e-3};
        double[] x = GridLines.snapped("x", 0, 60e-3, snaps, 96, Double.NaN, 1.25);
        assertEquals(97, x.length, "cell count is honoured");
        for (double s : snaps) {
            boolean found = false;
            for (double n : x) found |= Math.abs(n - s) < 1e-15;
            assertTrue(found, "node at snap point " + s);
        }
        for (int i = 1; i < x.length; i++) assertTrue(x[i] > x[i - 1]);
    }

    @Test
    void snappedSpacingGradesAwayFromASmallInterval() {
        // A 0.1 mm interval in a 10 mm axis with 0.5 mm target cells: cells next to it start near
        // 0.1 mm and grow by about the growth ratio, never above the target size.
        double[] x = GridLines.snapped("x", 0, 10e-3, new double[] {5e-3, 5.1e-3}, 0, 0.5e-3, 1.3);
        double maxRatio = 0;
        for (int i = 1; i < x.length - 1; i++) {
            double a = x[i] - x[i - 1];
            double b = x[i + 1] - x[i];
            maxRatio = Math.max(maxRatio, Math.max(a / b, b / a));
            assertTrue(b <= 0.5e-3 * (1 + 1e-9), "cell " + i + " is " + b);
        }
        assertTrue(maxRatio < 1.6, "neighbouring cells differ by at most about the growth ratio, got " + maxRatio);
    }

    @Test
    void badCoordinatesAreRefusedWithTheValue() {
        MeshException nan = assertThrows(MeshException.class,
                () -> GridLines.explicit("x coordinates", 0, Double.NaN, 1));
        assertTrue(nan.getMessage().contains("[1] is NaN"), nan.getMessage());
        MeshException order = assertThrows(MeshException.class, () -> GridLines.explicit("x coordinates", 0, 2, 1));
        assertTrue(order.getMessage().contains("increase"), order.getMessage());
        MeshException zero = assertThrows(MeshException.class, () -> GridLines.uniform(0, 1, 0));
        assertTrue(zero.getMessage().contains("got 0"), zero.getMessage());
        assertArrayEquals(new double[] {0, 1}, GridLines.explicit("x", 0, 1));
    }
}
