package org.kapitza.material;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Heat capacities: published values, the enthalpy as the integral of C, and precise small changes. */
class HeatCapacityTest {
    private static final double R_GAS = 8.314462618; // J/(mol·K)

    @Test
    void theNistFitsAreTranscribedFaithfully() {
        // The 6061-T6 fit evaluated by an independent implementation of the same NIST coefficients:
        // 348.128 J/(kg·K) at 77 K and 942.911 at 293 K. The 400-point table must reproduce the formula.
        assertEquals(348.128, NistSpecificHeat.ALUMINIUM_6061_T6.volumetric(77) / 2700, 1e-4 * 348.128);
        assertEquals(942.911, NistSpecificHeat.ALUMINIUM_6061_T6.volumetric(293) / 2700, 1e-4 * 942.911);
    }

    @Test
    void copperAgreesWithTheHandbookAtRoomTemperatureAndWithDebyeAndSommerfeldAtTenKelvin() {
        // CRC Handbook: 24.44 J/(mol·K) / 63.546 g/mol = 384.6 J/(kg·K) at 298 K. The NIST fit gives 389.3
        // (1.2 % above), within the few per cent the fits claim.
        assertEquals(384.6, NistSpecificHeat.COPPER.volumetric(298.15) / 8960, 0.02 * 384.6);
        // Low temperature: c = (12π⁴/5) R (T/Θ_D)³ + γ T per mole, Θ_D = 343 K (docs/PHYSICS.md §4), γ = 0.695
        // mJ/(mol·K²) (Kittel, Introduction to Solid State Physics, table 6.3): 0.856 J/(kg·K) at 10 K.
        double t = 10;
        double perMole = 12 * Math.pow(Math.PI, 4) / 5 * R_GAS * Math.pow(t / 343, 3) + 0.695e-3 * t;
        double expected = perMole / 0.063546;
        assertEquals(expected, NistSpecificHeat.COPPER.volumetric(t) / 8960, 0.02 * expected);
    }

    @Test
    void theEnthalpyIsTheIntegralOfTheHeatCapacity() {
        HeatCapacity[] all = {NistSpecificHeat.COPPER, NistSpecificHeat.G10, NistSpecificHeat.STAINLESS_304,
            new TabulatedHeatCapacity(2329, new double[] {100, 200, 300, 500}, new double[] {260, 560, 705, 850}),
            HeatCapacity.constant(1000, 2000)};
        for (HeatCapacity c : all) {
            for (double t : new double[] {3, 4.5, 10, 37, 77, 150, 299, 320}) {
                double h = 1e-4 * t;
                double derivative = (c.enthalpy(t + h) - c.enthalpy(t - h)) / (2 * h);
                assertEquals(c.volumetric(t), derivative, 1e-6 * c.volumetric(t), c.describe() + " at " + t + " K");
            }
        }
    }

    @Test
    void enthalpyChangesArePreciseForTinyStepsAndAgreeForLargeOnes() {
        HeatCapacity[] all = {NistSpecificHeat.COPPER, new TabulatedHeatCapacity(2329, new double[] {100, 200, 300, 500},
            new double[] {260, 560, 705, 850}), HeatCapacity.constant(1000, 2000)};
        for (HeatCapacity c : all) {
            // A microkelvin at 300 K: the change must be C·δT to far better than the 1e-10 relative that
            // the difference of two enthalpies of order ρ c T would leave.
            double to = 300 + 1e-6;
            double dT = to - 300; // exactly the representable step
            double change = c.enthalpyChange(300, to);
            assertEquals(c.volumetric(300 + dT / 2) * dT, change, 1e-13 * Math.abs(change), c.describe());
            assertEquals(-change, c.enthalpyChange(to, 300), 0.0);
            // Across many table points, below and above the table: the same as the enthalpy difference.
            for (double[] ab : new double[][] {{2, 280}, {50, 600}, {4.2, 4.3}, {150, 150}}) {
                double expected = c.enthalpy(ab[1]) - c.enthalpy(ab[0]);
                assertEquals(expected, c.enthalpyChange(ab[0], ab[1]), 1e-12 * Math.abs(c.enthalpy(ab[1])) + 1e-300,
                        c.describe() + " " + ab[0] + " → " + ab[1] + " K");
            }
        }
    }

    @Test
    void badDataAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> HeatCapacity.constant(0, 385));
        assertThrows(IllegalArgumentException.class, () -> HeatCapacity.constant(8960, -1));
        assertThrows(IllegalArgumentException.class, () -> new TabulatedHeatCapacity(1000, new double[] {300, 200},
                new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> new TabulatedHeatCapacity(1000, new double[] {200, 300},
                new double[] {1, -2}));
    }
}
