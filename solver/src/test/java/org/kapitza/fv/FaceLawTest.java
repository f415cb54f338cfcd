package org.kapitza.fv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The face law's forms agree with each other: flow, conductance, side temperatures, the inverse R. */
class FaceLawTest {
    private static final double AREA = 2e-6;
    private static final double DP = 1e-4;
    private static final double KP = 400;
    private static final double DN = 3e-4;
    private static final double KN = 1.4;

    @Test
    void theRootOfAConstantLawIsTheSeriesFlow() {
        double r = 1e-6;
        double g = FaceLaw.conductance(AREA, DP, KP, r, DN, KN);
        double aP = FaceLaw.halfResistance(DP, KP, AREA);
        double aN = FaceLaw.halfResistance(DN, KN, AREA);
        double exact = g * (310 - 300);
        assertEquals(exact, FaceLaw.flow(310, 300, aP, aN, r / AREA), 1e-14 * exact);
        assertEquals(exact, FaceLaw.flow(310, 300, aP, aN, AREA, 1, (t1, t2) -> r), 1e-12 * exact);
        assertEquals(0, FaceLaw.flow(300, 300, aP, aN, AREA, 1, (t1, t2) -> r), 0);
    }

    @Test
    void sideTemperaturesCarryTheJumpAndTheInverseGivesR() {
        double r = 2e-5;
        double g = FaceLaw.conductance(AREA, DP, KP, r, DN, KN);
        double q = g * (320 - 300);
        double t1 = FaceLaw.ownerSideTemperature(320, q, DP, KP, AREA);
        double t2 = FaceLaw.neighbourSideTemperature(300, q, DN, KN, AREA);
        assertEquals(q * r / AREA, t1 - t2, 1e-12 * (t1 - t2), "the jump is R q/A");
        assertEquals(r, FaceLaw.resistance(AREA, g, DP, KP, DN, KN), 1e-9 * r);
    }

    @Test
    void aTemperatureDependentLawIsSolvedAtItsOwnSideTemperatures() {
        // R = R₀ (T₀/T̄)³ at the mean side temperature: the flow found makes h(Q) vanish.
        FaceLaw.Resistance law = (a, b) -> 1e-4 * Math.pow(4.0 / (0.5 * (a + b)), 3);
        double aP = FaceLaw.halfResistance(DP, KP, AREA);
        double aN = FaceLaw.halfResistance(DN, KN, AREA);
        double q = FaceLaw.flow(6, 4, aP, aN, AREA, 1.5, law);
        double t1 = 6 - q * aP;
        double t2 = 4 + q * aN;
        assertEquals(6 - 4, q * (aP + aN) + q * 1.5 * law.at(t1, t2) / AREA, 1e-12 * 2);
    }
}
