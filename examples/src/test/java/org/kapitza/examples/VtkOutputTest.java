package org.kapitza.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kapitza.cli.Pipeline;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ParaView files of real runs, read back with the real VTK readers (Debian's python3-vtk9): the
 * arrays are there, with the values the solver computed. On CI a missing VTK fails the test; elsewhere
 * it is skipped with a message.
 */
class VtkOutputTest {

    /** A Python interpreter that can import vtk, or null. */
    static String python() {
        List<String> candidates = new ArrayList<>();
        if (System.getenv("KAPITZA_VTK_PYTHON") != null) candidates.add(System.getenv("KAPITZA_VTK_PYTHON"));
        candidates.add("/usr/bin/python3");
        candidates.add("python3");
        for (String p : candidates) {
            try {
                Process proc = new ProcessBuilder(p, "-c", "import vtk").redirectErrorStream(true).start();
                if (proc.waitFor(60, TimeUnit.SECONDS) && proc.exitValue() == 0) return p;
            } catch (IOException e) {
                // not there
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return null;
    }

    static JsonNode read(Path... files) throws Exception {
        String python = python();
        if (python == null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("no Python with VTK (apt-get install python3-vtk9); CI must install it");
            }
            Assumptions.assumeTrue(false, "no Python with VTK here; install python3-vtk9 to run this test");
        }
        Path script = Path.of(VtkOutputTest.class.getResource("/read_results.py").toURI());
        List<String> cmd = new ArrayList<>(List.of(python, script.toString()));
        for (Path f : files) cmd.add(f.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "VTK reader timed out");
        assertEquals(0, p.exitValue(), "VTK reader failed: " + err);
        return new ObjectMapper().readTree(out);
    }

    @Test
    void twoSlabFilesHoldTheExactSolution(@TempDir Path out) throws Exception {
        Pipeline.Outcome o = ExampleRunner.run("two-slab", out);
        assertTrue(o.report().files().contains("two-slab.vtr"), o.report().files().toString());
        Path vtr = out.resolve("two-slab.vtr");
        Path vtp = out.resolve("two-slab-interfaces.vtp");
        JsonNode all = read(vtr, vtp);
        JsonNode volume = all.get(vtr.toString());
        assertEquals(10, volume.get("cells").asInt());
        JsonNode t = volume.at("/arrays/T/values");
        for (int i = 0; i < 10; i++) {
            double x = 0.05 + 0.1 * i;
            double exact = x < 0.5 ? 400 - 25 * x : 362.5 - 125 * (x - 0.5);
            assertEquals(exact, t.get(i).asDouble(), 1e-9, "T in cell " + i);
        }
        JsonNode flux = volume.at("/arrays/heat_flux");
        assertEquals(3, flux.get("components").asInt());
        for (int i = 0; i < 10; i++) assertEquals(250, flux.get("values").get(3 * i).asDouble(), 1e-9, "q_x in cell " + i);
        assertEquals(1, volume.at("/arrays/region/values/0").asInt() + volume.at("/arrays/region/values/9").asInt());
        JsonNode faces = all.get(vtp.toString());
        assertEquals(1, faces.get("cells").asInt());
        assertEquals(387.5, faces.at("/arrays/T_minus/values/0").asDouble(), 1e-9);
        assertEquals(362.5, faces.at("/arrays/T_plus/values/0").asDouble(), 1e-9);
        assertEquals(25, faces.at("/arrays/jump/values/0").asDouble(), 1e-9);
        assertEquals(250, faces.at("/arrays/normal_flux/values/0").asDouble(), 1e-9);
        assertEquals(0.1, faces.at("/arrays/R/values/0").asDouble(), 1e-12);
        String pvd = Files.readString(out.resolve("two-slab.pvd"));
        assertTrue(pvd.contains("file=\"two-slab.vtr\"") && pvd.contains("file=\"two-slab-interfaces.vtp\""), pvd);
    }

    @Test
    void chipPackageWritesOnlyActiveCellsAndEveryInterfaceFace(@TempDir Path out) throws Exception {
        Pipeline.Outcome o = ExampleRunner.run("chip-package", out);
        Path vtu = out.resolve("chip-package.vtu");
        Path vtp = out.resolve("chip-package-interfaces.vtp");
        JsonNode all = read(vtu, vtp);
        JsonNode volume = all.get(vtu.toString());
        assertEquals(o.kase().mesh().activeCellCount(), volume.get("cells").asInt());
        double max = Double.NEGATIVE_INFINITY;
        for (JsonNode v : volume.at("/arrays/T/values")) max = Math.max(max, v.asDouble());
        assertEquals(o.report().hotspot().temperature(), max, 1e-9);
        JsonNode faces = all.get(vtp.toString());
        assertEquals(o.kase().mesh().faceCount(org.kapitza.mesh.FaceClass.INTERFACE), faces.get("cells").asInt());
        // The spreader/sink faces (TIM2, R = 50 µm / 3 W/m/K) carry all 60 W downwards: Σ q_n A = −60 W.
        double q = 0;
        JsonNode flux = faces.at("/arrays/normal_flux/values");
        JsonNode area = faces.at("/arrays/area/values");
        JsonNode r = faces.at("/arrays/R/values");
        int tim2 = 0;
        for (int i = 0; i < flux.size(); i++) {
            if (Math.abs(r.get(i).asDouble() - 50e-6 / 3) < 1e-15) {
                q += flux.get(i).asDouble() * area.get(i).asDouble();
                tim2++;
            }
        }
        assertTrue(tim2 > 100, "TIM2 faces found: " + tim2);
        assertEquals(-60, q, 60e-9);
    }

}
