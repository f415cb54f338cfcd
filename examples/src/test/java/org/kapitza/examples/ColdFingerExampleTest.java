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
 * heat flux is P/A everywhere in it, and three closed forms hold: each joint's jump is R(T̄)·q with
 * R = R_ref (1 K/T̄)³, the washer's Kirchhoff integral ∫k dT = (1.5/4)(T₂⁴ − T₁⁴) W/m equals q·t, and the
 * finger's ∫k dT (NIST copper) equals q·L.
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
        double tw2 = tWasherTop[0] / aTop;
        double tw1 = tWasherBottom[0] / aBottom;
        // washer, k = 1.5 T³: ∫k dT = (1.5/4)(T₂⁴ − T₁⁴) = q · 2 mm
        double kirchhoff = 1.5 / 4 * (Math.pow(tw2, 4) - Math.pow(tw1, 4));
        assertEquals(q * 2e-3, kirchhoff, 1e-4 * q * 2e-3, "washer Kirchhoff integral");
        // finger: ∫k dT over 40 mm of NIST copper from the joint to the tip (Simpson over the small rise)
        double tJoint = tFingerSide[0] / aTop;
        double tTip = 0;
        double aTip = 0;
        int tip = m.patchIndex("finger-top");
        for (int i = 0; i < m.patchFaceCount(tip); i++) {
            int f = m.patchFace(tip, i);
            tTip += m.area(f) * r.ownerSideTemperature(f);
            aTip += m.area(f);
        }
        tTip /= aTip;
        Conductivity k = kase.problem().resolveMaterial("copper-rrr100").conductivity();
        double integral = (tTip - tJoint) / 6 * (k.k(0, tJoint) + 4 * k.k(0, 0.5 * (tJoint + tTip)) + k.k(0, tTip));
        assertEquals(q * 40e-3, integral, 2e-3 * q * 40e-3, "finger Kirchhoff integral");
        System.out.printf("cold finger: q %.4f W/m², joint %.5f K, tip %.5f K, washer %.5f to %.5f K%n", q, tJoint, tTip, tw1, tw2);
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
