package org.kapitza.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** PCHIP interpolates its data, keeps monotone data monotone, and reproduces what it should exactly. */
class PchipTest {
    private static final double[] X = {1, 2, 4, 5, 8, 10, 11};

    @Test
    void passesThroughEveryDataPoint() {
        double[] y = {3, -1, 4, 1, -5, 9, 2};
        Pchip p = new Pchip(X, y);
        for (int i = 0; i < X.length; i++) assertEquals(y[i], p.value(X[i]), 1e-14 * 9, "point " + i);
    }

    @Test
    void monotoneDataGiveAMonotoneCurveWithoutOvershoot() {
        // A step-like rise: an ordinary cubic spline overshoots here.
        double[] y = {1, 1.01, 1.02, 5, 5.01, 5.02, 9};
        Pchip p = new Pchip(X, y);
        double prev = p.value(X[0]);
        for (double x = X[0]; x <= X[X.length - 1]; x += 1e-3) {
            double v = p.value(x);
            assertTrue(v >= prev - 1e-15, "falls at x = " + x + ": " + prev + " → " + v);
            int i = p.interval(x);
            assertTrue(v >= Math.min(y[i], y[i + 1]) - 1e-15 && v <= Math.max(y[i], y[i + 1]) + 1e-15,
                    "overshoots its interval at x = " + x + ": " + v);
            prev = v;
        }
    }

    @Test
    void aLocalExtremumOfTheDataIsFlat() {
        double[] y = {0, 1, 3, 2, 1, 0, 0.5};
        Pchip p = new Pchip(X, y);
        assertEquals(0, p.slope(2));
        assertEquals(0, p.slope(5));
    }

    @Test
    void reproducesStraightLines() {
        double[] y = new double[X.length];
        for (int i = 0; i < X.length; i++) y[i] = 2.5 * X[i] - 7;
        Pchip p = new Pchip(X, y);
        for (double x = 1; x <= 11; x += 0.37) assertEquals(2.5 * x - 7, p.value(x), 1e-13);
        for (int i = 0; i < X.length; i++) assertEquals(2.5, p.slope(i), 1e-14);
    }

    @Test
    void twoPointsGiveTheChord() {
        Pchip p = new Pchip(new double[] {300, 400}, new double[] {10, 30});
        assertEquals(20, p.value(350), 1e-13);
        assertEquals(0, p.interval(250));
        assertEquals(0, p.interval(450));
    }

    @Test
    void intervalsAreFoundByBisection() {
        Pchip p = new Pchip(X, new double[X.length]);
        assertEquals(0, p.interval(0.5));
        assertEquals(0, p.interval(1));
        assertEquals(1, p.interval(2));
        assertEquals(3, p.interval(7.9));
        assertEquals(5, p.interval(10.5));
        assertEquals(5, p.interval(11));
        assertEquals(5, p.interval(20));
    }

    @Test
    void theFritschCarlsonLimiterMakesGivenSlopesMonotone() {
        double[] x = {0, 1, 2, 3};
        double[] y = {0, 1, 1.1, 5};
        double[] d = {0, 10, 10, 1}; // too steep for the flat middle interval
        int limited = Pchip.limit(x, y, d);
        assertEquals(2, limited);
        for (int i = 0; i + 1 < x.length; i++) {
            double delta = (y[i + 1] - y[i]) / (x[i + 1] - x[i]);
            double al = d[i] / delta;
            double be = d[i + 1] / delta;
            assertTrue(al >= 0 && be >= 0 && al * al + be * be <= 9 + 1e-12, "interval " + i);
        }
        double[] flat = {0, 0, 0, 0};
        double[] d2 = {1, 1, 1, 1};
        assertEquals(3, Pchip.limit(x, flat, d2));
        for (double v : d2) assertEquals(0, v);
    }

    @Test
    void rejectsTooFewPoints() {
        assertThrows(IllegalArgumentException.class, () -> new Pchip(new double[] {1}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new Pchip(new double[] {1, 2}, new double[] {1}));
    }
}
