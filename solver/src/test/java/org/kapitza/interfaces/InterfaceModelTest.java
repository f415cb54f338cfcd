package org.kapitza.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.Material;
import org.junit.jupiter.api.Test;

class InterfaceModelTest {

    @Test
    void oneWayFluxSecantResistanceReproducesTheLawForAnyJump() {
        OneWayFluxInterface law = OneWayFluxInterface.fromRT3(0.01054);
        for (double[] t : new double[][] {{1.9585, 1.8}, {4, 2}, {300, 4}, {2.0000001, 2}}) {
            double q = law.flux(t[0], t[1]);
            assertEquals(q, (t[0] - t[1]) / law.resistance(t[0], t[1]), 1e-9 * Math.abs(q) + 1e-12);
        }
        // Equal temperatures: the linear-response limit 1/(σ m T^{m−1}) = a/T³.
        assertEquals(0.01054 / 8.0, law.resistance(2, 2), 1e-15);
        assertEquals(law.resistance(2, 2), law.resistance(2 + 1e-9, 2 - 1e-9), 1e-12 * law.resistance(2, 2));
    }

    @Test
    void contactConductanceMatchesThePublishedCheck() {
        // docs/PHYSICS.md §5: SS304/SS304, k = 16.2, σ = 1 µm each, m = 0.1 each, H_c = 3 GPa, P = 1 MPa.
        ContactConductance c = new ContactConductance(16.2, 1e-6, 1e-6, 0.1, 0.1, 3e9, 1e6, null, 0);
        assertEquals(1007, c.solidConductance(16.2), 0.5);
        ContactConductance withGas = new ContactConductance(16.2, 1e-6, 1e-6, 0.1, 0.1, 3e9, 1e6,
                new ContactConductance.GasGap(0.026, 0.9, 0.9, 1.4, 0.71, 0.064e-6), 1e-5);
        assertTrue(withGas.gapConductance() > 0);
        assertEquals(1 / (1007.0 + withGas.gapConductance()) + 1e-5, withGas.resistance(300, 300), 1e-6);
    }

    @Test
    void contactConductanceTakesKsFromTheMaterialsWhenNotGiven() {
        ContactConductance c = new ContactConductance(Double.NaN, 1e-6, 1e-6, 0.1, 0.1, 3e9, 1e6, null, 0);
        Material a = new Material("a", new ConstantConductivity(10), "");
        Material b = new Material("b", new ConstantConductivity(40), "");
        InterfaceModel bound = c.bind(new InterfaceContext(a, b, 2));
        assertEquals(1 / c.solidConductance(16.0), bound.resistance(300, 300), 1e-15);
        assertThrows(IllegalStateException.class, () -> c.resistance(300, 300));
    }

    @Test
    void aSeriesOfNonlinearMembersCarriesOneFlux() {
        // A power-law Kapitza resistance (linear response: small ΔT/T) and the exact one-way-flux law.
        InterfaceModel a = new PowerLawResistance(1e-4, 10, 3);
        InterfaceModel b = OneWayFluxInterface.fromRT3(0.002);
        SeriesResistance s = new SeriesResistance(List.of(a, b));
        for (double[] t : new double[][] {{6, 5}, {5, 6}, {3, 1.5}}) {
            double q = (t[0] - t[1]) / s.resistance(t[0], t[1]);
            // The middle temperature where member a carries q (bisection), then member b must carry q too.
            double lo = Math.min(t[0], t[1]);
            double hi = Math.max(t[0], t[1]);
            for (int i = 0; i < 200; i++) {
                double tm = 0.5 * (lo + hi);
                double qa = (t[0] - tm) / a.resistance(t[0], tm);
                if ((qa > q) == (t[0] > t[1])) {
                    if (t[0] > t[1]) lo = tm;
                    else hi = tm;
                } else {
                    if (t[0] > t[1]) hi = tm;
                    else lo = tm;
                }
            }
            double tm = 0.5 * (lo + hi);
            assertEquals(q, (tm - t[1]) / b.resistance(tm, t[1]), 1e-8 * Math.abs(q), "T = " + t[0] + " → " + t[1]);
        }
        assertEquals(5e-6, new SeriesResistance(List.of(new ConstantResistance(3e-6), new ConstantResistance(2e-6)))
                .resistance(5, 1), 1e-20);
    }

    @Test
    void perBoundaryValuesAreReproducibleAndIndependentOfOrder() {
        ResistanceDistribution d = new ResistanceDistribution(ResistanceDistribution.Kind.LOGNORMAL, 1e-9, 3e-10, 4);
        assertEquals(d.sample(3, 17), d.sample(17, 3), 0.0);
        assertEquals(d.sample(3, 17), new ResistanceDistribution(ResistanceDistribution.Kind.LOGNORMAL, 1e-9, 3e-10, 4)
                .sample(3, 17), 0.0);
        assertNotEquals(d.sample(3, 17), d.sample(3, 18));
        double sum = 0;
        double sum2 = 0;
        int n = 20000;
        for (int i = 0; i < n; i++) {
            double v = d.sample(i, i + 1);
            assertTrue(v > 0);
            sum += v;
            sum2 += v * v;
        }
        double mean = sum / n;
        double std = Math.sqrt(sum2 / n - mean * mean);
        assertEquals(1e-9, mean, 0.02e-9, "lognormal mean");
        assertEquals(3e-10, std, 0.02e-9, "lognormal standard deviation");
        ResistanceDistribution u = new ResistanceDistribution(ResistanceDistribution.Kind.UNIFORM, 1e-9, 2e-9, 1);
        for (int i = 0; i < 100; i++) assertTrue(u.sample(i, 0) >= 1e-9 && u.sample(i, 0) <= 2e-9);
    }
}
