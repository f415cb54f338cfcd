package org.kapitza.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.kapitza.cli.Pipeline;
import org.kapitza.cli.Settings;
import org.kapitza.fv.SteadyResult;
import org.kapitza.io.casefile.CaseFileReader;
import org.kapitza.io.casefile.GmshCase;
import org.kapitza.io.casefile.GmshCaseBuilder;
import org.kapitza.material.Conductivity;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.poly.PolyMesh;
import org.kapitza.poly.PolyResult;
import org.kapitza.poly.PolySolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/cold-finger: a Gmsh mesh of a copper finger on a sapphire washer on a copper stage. Above the
 * stage the finger and washer form a column with adiabatic sides and a uniform load on its tip, so the
 * whole load P crosses both joints; each joint face's jump is R(T̄)·q with R = R_ref (1 K/T̄)³ at its own
 * flux q and mean side temperature T̄ (the exact law, face by face); and far enough from the stage the
 * finger is one-dimensional, its temperature rising along z at q/k(T) with q = P/A (Fourier, NIST copper).
 */
class ColdFingerExampleTest {
    static final double P = 5e-3;

    @Test
    void theColumnObeysItsClosedForms(@TempDir Path out) throws Exception {
        Pipeline.Outcome o = ExampleRunner.run("cold-finger", out);
        assertTrue(o.gmshReport().energyBalance().relativeImbalance() <= 1e-9);
        SteadyResult.PatchFlow bottom = o.gmshReport().patches().stream().filter(p -> p.patch().equals("stage-bottom")).findFirst().orElseThrow();
        assertEquals(P, bottom.outflow(), P * 1e-9, "all the load leaves through the stage");
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(2493, summary.at("/mesh/cells").asInt());
        assertEquals(P, summary.at("/interfaces/0/heatFlow").asDouble(), P * 1e-9);

        CaseFileReader.Located<org.kapitza.io.casefile.CaseFile> located =
                new CaseFileReader().read(Path.of("cold-finger", "case.yaml"), List.of());
        GmshCase kase = new GmshCaseBuilder(located, new Pipeline(Settings.load()).libraries(), Long.MAX_VALUE).build();
        PolyResult r = new PolySolver(kase.solver()).solve(kase.mesh(), kase.problem());
        PolyMesh m = r.mesh();
        int finger = m.regionId("finger");
        int washer = m.regionId("washer");
        double area = 0;
        double[] tFingerSide = new double[1];
        double[] tWasherTop = new double[1];
        double[] tWasherBottom = new double[1];
        double worstLaw = 0;
        double aTop = 0;
        double aBottom = 0;
        for (int f = m.faceStart(FaceClass.INTERFACE); f < m.faceEnd(FaceClass.INTERFACE); f++) {
            int ro = m.region(m.owner(f));
            int rn = m.region(m.neighbour(f));
            double a = m.area(f);
            double q = Math.abs(r.flow(f)) / a;
            double tHot = Math.max(r.ownerSideTemperature(f), r.neighbourSideTemperature(f));
            double tCold = Math.min(r.ownerSideTemperature(f), r.neighbourSideTemperature(f));
            double tMean = 0.5 * (tHot + tCold);
            worstLaw = Math.max(worstLaw, Math.abs((tHot - tCold) - 0.2 / (tMean * tMean * tMean) * q) / (tHot - tCold));
            if (ro == finger || rn == finger) {
                area += a;
                tFingerSide[0] += a * tHot;
                tWasherTop[0] += a * tCold;
                aTop += a;
            } else {
                tWasherBottom[0] += a * tHot;
                aBottom += a;
            }
        }
        assertEquals(0, worstLaw, 1e-9, "every joint face: ΔT = R(T̄) q");
        double q = P / area;
        // The upper half of the finger is one-dimensional: the stage's non-uniformity decays upward as
        // exp(−3.83 z/r) (first zero of J₁), 3e-6 twenty millimetres above the joint. There T is linear in
        // z with slope q/k(T) (k changes by 3e-4 over the finger's rise): a least-squares fit of the cell
        // temperatures gives the slope.
        double sz = 0, st = 0, szz = 0, szt = 0, tMean = 0;
        int count = 0;
        for (int c = 0; c < m.cellCount(); c++) {
            if (m.region(c) != finger || m.centre(c, 2) < 27e-3) continue;
            double z = m.centre(c, 2);
            double t = r.temperature(c);
            sz += z;
            st += t;
            szz += z * z;
            szt += z * t;
            count++;
        }
        double slope = (count * szt - sz * st) / (count * szz - sz * sz);
        // The faceted finger's mean cross-section (its meshed volume over its length) carries the load.
        double fingerVolume = 0;
        for (int c = 0; c < m.cellCount(); c++) if (m.region(c) == finger) fingerVolume += m.volume(c);
        double qFinger = P / (fingerVolume / 40e-3);
        tMean = st / count;
        Conductivity k = kase.problem().resolveMaterial("copper-rrr100").conductivity();
        System.out.printf("cold finger: slope %.6g K/m against q/k %.6g K/m (q %.5g W/m² from the finger's volume, %.5g from the joint's area)%n",
                slope, qFinger / k.k(0, tMean), qFinger, q);
        assertEquals(qFinger / k.k(0, tMean), slope, 1e-3 * qFinger / k.k(0, tMean), "Fourier's law in the upper finger");
        // Every joint carries the whole load.
        for (SteadyResult.InterfaceStats i : r.interfaces()) assertEquals(P, Math.abs(i.heatFlow()), P * 1e-9, i.name());
        double tJoint = tFingerSide[0] / aTop;
        double tw2 = tWasherTop[0] / aTop;
        double tw1 = tWasherBottom[0] / aBottom;
        double tTip = r.regions().get(finger).max();
        System.out.printf("cold finger: q %.4f W/m², slope %.5f K/m, joint %.5f K, tip %.5f K, washer %.5f to %.5f K%n", q, slope,
                tJoint, tTip, tw1, tw2);
    }

    @Test
    void paraViewFilesHoldTheTetrahedraAndTheJointFaces(@TempDir Path out) throws Exception {
        Pipeline.Outcome o = ExampleRunner.run("cold-finger", out);
        assertTrue(o.files().containsAll(List.of("cold-finger.vtu", "cold-finger-interfaces.vtp", "cold-finger.pvd", "summary.json")));
        Path vtu = out.resolve("cold-finger.vtu");
        Path vtp = out.resolve("cold-finger-interfaces.vtp");
        JsonNode all = VtkOutputTest.read(vtu, vtp);
        assertEquals(2493, all.get(vtu.toString()).get("cells").asInt());
        assertEquals(10, all.get(vtu.toString()).at("/types/0").asInt(), "VTK_TETRA");
        JsonNode faces = all.get(vtp.toString());
        assertEquals(80, faces.get("cells").asInt());
        JsonNode jump = faces.at("/arrays/jump/values");
        JsonNode minus = faces.at("/arrays/T_minus/values");
        JsonNode plus = faces.at("/arrays/T_plus/values");
        for (int i = 0; i < 80; i++) {
            assertEquals(minus.get(i).asDouble() - plus.get(i).asDouble(), jump.get(i).asDouble(), 1e-12);
            assertTrue(Math.abs(jump.get(i).asDouble()) > 0.1, "each joint face jumps by more than 0.1 K");
        }
    }
}
