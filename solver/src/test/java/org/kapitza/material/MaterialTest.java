package org.kapitza.material;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.kapitza.InputException;
import org.junit.jupiter.api.Test;

class MaterialTest {

    /** docs/PHYSICS.md §4 check values (4 significant digits). */
    @Test
    void nistFitsReproduceThePublishedValues() {
        assertEquals(642.3, NistCryogenicFit.COPPER_RRR100.k(0, 4), 0.05);
        assertEquals(396.3, NistCryogenicFit.COPPER_RRR100.k(0, 300), 0.05);
        assertEquals(15.31, NistCryogenicFit.STAINLESS_304.k(0, 300), 0.005);
    }

    @Test
    void fitsAreHeldAtTheirEndValuesOutsideTheirRange() {
        Conductivity cu = NistCryogenicFit.COPPER_RRR100;
        assertEquals(cu.k(0, 4), cu.k(0, 2), 0.0);
        assertEquals(cu.k(0, 300), cu.k(0, 400), 0.0);
        assertEquals(4, cu.validFrom());
        assertEquals(10, NistCryogenicFit.G10_NORMAL.validFrom());
    }

    @Test
    void copperFitsPeakAtLowTemperatureAndOrderByPurity() {
        double k50 = NistCryogenicFit.COPPER_RRR50.k(0, 20);
        double k100 = NistCryogenicFit.COPPER_RRR100.k(0, 20);
        double k300 = NistCryogenicFit.COPPER_RRR300.k(0, 20);
        assertTrue(k50 < k100 && k100 < k300, k50 + " " + k100 + " " + k300);
        assertTrue(k100 > NistCryogenicFit.COPPER_RRR100.k(0, 300), "k peaks well above its room-temperature value");
        double g10 = NistCryogenicFit.G10_NORMAL.k(0, 300);
        assertTrue(g10 > 0.5 && g10 < 0.7, "G-10 normal at 300 K is about 0.6 W/(m·K): " + g10);
    }

    @Test
    void aTableInterpolatesMonotonicallyThroughItsPoints() {
        double[] t = {4, 10, 20, 50, 100, 300};
        double[] k = {100, 900, 1500, 900, 500, 400};
        TabulatedConductivity table = new TabulatedConductivity(t, k);
        for (int i = 0; i < t.length; i++) assertEquals(k[i], table.k(0, t[i]), 1e-12);
        for (int i = 0; i + 1 < t.length; i++) {
            double lo = Math.min(k[i], k[i + 1]);
            double hi = Math.max(k[i], k[i + 1]);
            double prev = table.k(0, t[i]);
            for (int s = 1; s <= 50; s++) {
                double v = table.k(0, t[i] + (t[i + 1] - t[i]) * s / 50.0);
                assertTrue(v >= lo - 1e-9 && v <= hi + 1e-9, "no overshoot between points " + i);
                assertTrue((k[i + 1] - k[i]) * (v - prev) >= -1e-9, "monotone between points " + i);
                prev = v;
            }
        }
        assertEquals(100, table.k(0, 1), 0.0);
    }

    @Test
    void badTablesAndValuesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TabulatedConductivity(new double[] {4, 3}, new double[] {1, 2}));
        assertTrue(e.getMessage().contains("increase"), e.getMessage());
        IllegalArgumentException neg = assertThrows(IllegalArgumentException.class,
                () -> new TabulatedConductivity(new double[] {4, 5}, new double[] {1, -2}));
        assertTrue(neg.getMessage().contains("k[1] = -2.0"), neg.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AnisotropicConductivity(1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new PowerLawConductivity(1, 300, 1, 10, 5));
    }

    @Test
    void theLibraryNamesItsMaterialsAndSuggestsOnTypos() {
        MaterialLibrary lib = MaterialLibrary.builtIn();
        assertEquals(401, lib.get("copper").conductivity().k(0, 300), 0.0);
        InputException e = assertThrows(InputException.class, () -> lib.get("stainles-304"));
        assertTrue(e.getMessage().contains("did you mean 'stainless-304'"), e.getMessage());
        assertTrue(lib.all().containsKey("g10"));
    }
}
