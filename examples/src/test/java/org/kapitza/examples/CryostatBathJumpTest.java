package org.kapitza.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapitza.fv.SteadyResult;
import org.kapitza.io.report.ReportTable;

/**
 * The cryostat's plate-to-bath jump is reported: the plate bottom's mean surface temperature, the 4.2 K
 * bath and their difference, which carries the load through q = σ(T_s⁴ − T_b⁴), σ = 1/(4 · 0.02 K⁴m²/W)
 * (the plate is nearly isothermal, so the mean surface temperature gives the flux to 1e-4, from below).
 */
class CryostatBathJumpTest {

    @Test
    void thePlateToBathJumpAndPatchMeansAreInTheReport(@TempDir Path out) throws Exception {
        var o = ExampleRunner.run("cryostat", out);
        SteadyResult.PatchFlow bottom = null;
        SteadyResult.PatchFlow top = null;
        for (SteadyResult.PatchFlow p : o.report().patches()) {
            if (p.patch().equals("plate.bottom")) bottom = p;
            if (p.patch().equals("stage.top")) top = p;
        }
        assertTrue(bottom != null && top != null);
        assertEquals(4.2, bottom.bathTemperature(), 1e-12);
        assertEquals(bottom.meanTemperature() - 4.2, bottom.jumpToBath(), 1e-12);
        double sigma = 1 / (4 * 0.02);
        double q = bottom.outflow() / bottom.area();
        double ts = bottom.meanTemperature();
        // Each face carries σ(T_f⁴ − T_b⁴); from the mean T̄ the flux is at most q (Jensen: mean of T⁴ ≥ T̄⁴), and
        // only slightly less: the plate bottom varies by well under a percent of its 2 mK jump.
        double fromMean = sigma * (Math.pow(ts, 4) - Math.pow(4.2, 4));
        assertTrue(fromMean <= q * (1 + 1e-12) && fromMean > q * (1 - 1e-4), "the jump carries the load: " + fromMean + " vs " + q);
        assertEquals(0.020, bottom.outflow(), 1e-9, "all 20 mW reach the bath");
        assertNull(top.bathTemperature(), "a power patch has no bath");
        assertTrue(top.meanTemperature() > ts, "the stage top is warmer than the plate bottom");
        String table = ReportTable.format(o.report());
        assertTrue(table.contains(String.format(java.util.Locale.ROOT, "bath %.6g K, jump %.4g K", 4.2, bottom.jumpToBath())), table);
    }
}
