package org.kapitza.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The 7/15-point Gauss–Kronrod pair: exact to its degrees, and the adaptive rule meets its tolerance. */
class GaussKronrodTest {

    /** Every monomial, odd ones too, on a shifted interval: Kronrod 15 exact to degree 22, Gauss 7 to 13. */
    @Test
    void onePanelIsExactForPolynomialsOfTheRulesDegree() {
        double a = -0.5;
        double b = 2;
        double[] out = new double[3];
        for (int p = 0; p <= 22; p++) {
            final int q = p;
            double exact = (Math.pow(b, p + 1) - Math.pow(a, p + 1)) / (p + 1);
            GaussKronrod.panel(x -> Math.pow(x, q), a, b, out);
            double err = Math.abs(out[0] - exact) / Math.abs(exact);
            assertEquals(0, err, 1e-14, "Kronrod, degree " + p);
            double gErr = Math.abs(out[1] - exact) / Math.abs(exact);
            if (p <= 13) assertEquals(0, gErr, 1e-14, "Gauss, degree " + p);
        }
    }

    @Test
    void theAdaptiveRuleMeetsItsTolerance() {
        assertEquals(2, GaussKronrod.integrate(Math::sin, 0, Math.PI, 1e-13, 0), 2e-13);
        // A sharp peak: needs many panels.
        double peak = GaussKronrod.integrate(x -> 1 / (1e-4 + x * x), -1, 1, 1e-12, 0);
        assertEquals(2 / Math.sqrt(1e-4) * Math.atan(1 / Math.sqrt(1e-4)), peak, 1e-11 * peak);
        // Reversed limits negate; equal limits give zero.
        assertEquals(-2, GaussKronrod.integrate(Math::sin, Math.PI, 0, 1e-13, 0), 2e-13);
        assertEquals(0, GaussKronrod.integrate(Math::sin, 1, 1, 1e-13, 0));
    }
}
