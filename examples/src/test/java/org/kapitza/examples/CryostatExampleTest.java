package org.kapitza.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.kapitza.cli.Pipeline;
import org.kapitza.fv.SteadyResult;
import org.kapitza.interfaces.ContactConductance;
import org.kapitza.io.report.LayerReport;
import org.kapitza.io.report.RunReport;
import org.kapitza.material.NistCryogenicFit;
import org.kapitza.mesh.Mesh;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** examples/cryostat: a heat load through bolted joints and a standoff into a helium bath. */
class CryostatExampleTest {
    private static final double LOAD = 0.020;
    private static final double A_STANDOFF = 3e-3 * 3e-3;

    @Test
    void everyJointAndTheBathObeyTheirLaws(@TempDir Path out) throws Exception {
        Pipeline.Outcome o = ExampleRunner.run("cryostat", out);
        RunReport r = o.report();
        SteadyResult res = o.result();
        assertTrue(r.energyBalance().relative() < 1e-9, "energy balance " + r.energyBalance());
        assertEquals(LOAD, res.patchOutflow("plate.bottom"), 1e-9 * LOAD, "the load reaches the bath");
        assertTrue(r.solve().nonlinearIterations() <= 15, "Newton iterations " + r.solve().nonlinearIterations());

        // The bath: every face of the plate's bottom obeys q = σ(T_s⁴ − T_b⁴), σ = 1/(4·0.02).
        Mesh m = res.mesh();
        int p = m.patchIndex("plate.bottom");
        for (int i = 0; i < m.patchFaceCount(p); i++) {
            int f = m.patchFace(p, i);
            double ts = res.surfaceTemperature(f);
            double q = res.boundaryOutflow(f) / m.area(f);
            assertEquals((Math.pow(ts, 4) - Math.pow(4.2, 4)) / (4 * 0.02), q, 1e-9 * Math.abs(q) + 1e-15);
        }

        // The standoff, k = 2.2 T³: the Kirchhoff integral 0.55 (T_top⁴ − T_bottom⁴) carries P L / A.
        LayerReport standoff = r.layers().stream().filter(l -> l.region().equals("standoff")).findFirst().orElseThrow();
        double kirchhoff = 0.55 * (Math.pow(standoff.topMean(), 4) - Math.pow(standoff.bottomMean(), 4));
        assertEquals(LOAD * 10e-3 / A_STANDOFF, kirchhoff, 0.01 * LOAD * 10e-3 / A_STANDOFF);

        // Each joint: contact (k_s from copper and sapphire at the joint) in series with 1e-3/T³.
        for (SteadyResult.InterfaceStats j : r.interfaces()) {
            double t = r.regions().stream().filter(g -> g.region().equals("standoff")).findFirst().orElseThrow().mean();
            double tJoint = j.name().startsWith("plate") ? standoff.bottomMean() : standoff.topMean();
            double kCu = NistCryogenicFit.COPPER_RRR100.k(2, tJoint);
            double kSa = 2.2 * Math.pow(tJoint, 3);
            double contact = 1 / new ContactConductance(2 * kCu * kSa / (kCu + kSa), 0.4e-6, 0.4e-6, 0.1, 0.1, 1e9, 1e7, null, 0)
                    .solidConductance(2 * kCu * kSa / (kCu + kSa));
            double expected = contact + 1e-3 / Math.pow(tJoint - 0.5 * Math.abs(j.meanJump()) * Math.signum(t - tJoint)
                    + 0.5 * Math.abs(j.meanJump()) * Math.signum(t - tJoint), 3);
            assertEquals(expected, j.resistanceArea(), 0.03 * expected, j.name());
            assertEquals(LOAD, Math.abs(j.heatFlow()), 1e-9 * LOAD);
        }
        assertTrue(r.hotspot().temperature() > 4.2 && r.hotspot().temperature() < 5, "stage near 4.4 K: " + r.hotspot());
    }
}
