package org.kapitza.phonon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The data behind a future {@code kapitza tbr A B --model … --cutoff … --T 1:300}. */
class BoundaryConductanceTableTest {
    private static final AcousticLibrary LIB = AcousticLibrary.builtIn();

    @Test
    void aluminiumOnSiliconFromOneTo300Kelvin() {
        List<BoundaryModel> models = List.of(BoundaryModel.DMM, BoundaryModel.AMM, BoundaryModel.RADIATION_LIMIT);
        BoundaryConductanceTable table = BoundaryConductanceTable.compute(LIB, "aluminium", "silicon", models,
                Cutoff.PER_BRANCH, BoundaryConductanceTable.logSpaced(1, 300, 16));
        assertEquals(16, table.rows().size());
        assertTrue(table.header().contains("aluminium → silicon") && table.header().contains("cutoff B")
                && table.header().contains("dmm: h (W m⁻²K⁻¹), R (m²K/W), R·T³ (K⁴m²/W)"), table.header());
        BoundaryConductanceTable.Row first = table.rows().get(0);
        assertEquals(1, first.temperature());
        // docs/PHYSICS.md §3: DMM R·T³ = 1.593e-3 K⁴m²/W at low T; equal to the closed form.
        assertEquals(1.593e-3, first.values().get(0).resistanceT3(), 0.0005e-3);
        assertEquals(1 / table.lowTemperatureCoefficient(BoundaryModel.DMM), first.values().get(0).resistanceT3(), 1e-12);
        for (BoundaryConductanceTable.Row row : table.rows()) {
            for (BoundaryConductanceTable.Value v : row.values()) {
                assertEquals(1, v.conductance() * v.resistance(), 1e-15);
                assertEquals(v.resistance() * Math.pow(row.temperature(), 3), v.resistanceT3(), 1e-12 * v.resistanceT3());
            }
            // Radiation limit ≥ AMM ≥ … each row; here AMM lies above DMM throughout.
            double dmm = row.values().get(0).conductance();
            double amm = row.values().get(1).conductance();
            double rad = row.values().get(2).conductance();
            assertTrue(dmm <= rad && amm <= rad && dmm <= amm, "T = " + row.temperature());
            assertEquals(rad, table.radiationLimit(row.temperature()), 1e-12 * rad);
        }
        BoundaryConductanceTable.Row last = table.rows().get(15);
        assertEquals(300, last.temperature());
        double h = DiffuseMismatch.spectrum(LIB.get("aluminium"), LIB.get("silicon"), Cutoff.PER_BRANCH).conductance(300);
        assertEquals(h, last.values().get(0).conductance(), 1e-12 * h);
    }

    /**
     * Pb/diamond: the heaviest, softest metal on the stiffest solid. Its radiation limit at room temperature
     * is small (lead's low cutoffs limit the channels), and measured conductances above it (Stoner and
     * Maris 1993; Lyeo and Cahill 2006) mean inelastic channels. The check must say so.
     */
    @Test
    void aMeasuredConductanceAboveTheRadiationLimitIsReportedAsInelastic() {
        for (Cutoff c : Cutoff.values()) {
            BoundaryConductanceTable table = BoundaryConductanceTable.compute(LIB, "lead", "diamond",
                    List.of(BoundaryModel.DMM, BoundaryModel.RADIATION_LIMIT), c, new double[] {300});
            double limit = table.radiationLimit(300);
            assertTrue(limit > 1e6 && limit < 2e7, c.letter() + ": radiation limit " + limit);
            BoundaryConductanceTable.RadiationCheck above = table.checkMeasured(300, 2 * limit);
            assertTrue(above.exceedsLimit());
            assertEquals(2, above.ratio(), 1e-12);
            assertTrue(above.message().contains("inelastic") && above.message().contains("cutoff " + c.letter()), above.message());
            BoundaryConductanceTable.RadiationCheck below = table.checkMeasured(300, 0.5 * limit);
            assertFalse(below.exceedsLimit());
            assertFalse(below.message().contains("inelastic"), below.message());
        }
    }

    @Test
    void modelsThatDoNotApplyToThePairAreRefusedWithTheOnesThatDo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BoundaryConductanceTable.compute(
                LIB, "aluminium", "silicon", List.of(BoundaryModel.KHALATNIKOV), Cutoff.PER_BRANCH, new double[] {1}));
        assertTrue(e.getMessage().contains("khalatnikov") && e.getMessage().contains("dmm, amm, radiation-limit"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BoundaryConductanceTable.compute(
                LIB, "aluminium", "silicon", List.of(BoundaryModel.ELECTRON_DMM), Cutoff.PER_BRANCH, new double[] {1}));
        assertEquals(List.of("dmm", "amm", "radiation-limit", "khalatnikov"),
                BoundaryConductanceTable.applicable(LIB.get("helium-4"), LIB.get("copper")));
        assertEquals(List.of("dmm", "amm", "radiation-limit", "electron-dmm"),
                BoundaryConductanceTable.applicable(LIB.get("aluminium"), LIB.get("copper")));
        // A metal pair: the electronic model is linear in T, so its R·T³ is not constant.
        BoundaryConductanceTable metals = BoundaryConductanceTable.compute(LIB, "aluminium", "copper",
                List.of(BoundaryModel.ELECTRON_DMM), Cutoff.PER_BRANCH, new double[] {100, 300});
        assertEquals(3, metals.rows().get(1).values().get(0).conductance() / metals.rows().get(0).values().get(0).conductance(), 1e-12);
        assertTrue(Double.isNaN(metals.lowTemperatureCoefficient(BoundaryModel.ELECTRON_DMM)));
    }

    @Test
    void logSpacedTemperaturesIncludeBothEnds() {
        assertArrayEquals(new double[] {1, 10, 100}, BoundaryConductanceTable.logSpaced(1, 100, 3), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> BoundaryConductanceTable.logSpaced(0, 100, 3));
    }
}
