package org.kapitza.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapitza.io.casefile.Libraries;

/**
 * Points that share a mesh start from one earlier point's solution and multigrid: the same answers as
 * solving from scratch (to the solver's tolerance), in fewer iterations, and the same whichever points a
 * runner solved before (so every engine gives identical rows).
 */
class ReuseTest {
    static final String POLYCRYSTAL = """
            name: grains
            mesh:
              grid:
                x: {from: 0, to: 1 um, cells: 16}
                y: {from: 0, to: 1 um, cells: 16}
                z: {from: 0, to: 1 um, cells: 16}
                regions:
                  - {name: film, material: silicon, box: {}}
              polycrystals:
                - {region: film, grains: 40, seed: 3}
            grain_boundaries:
              - {region: film, model: constant, R: 1e-9 m^2*K/W}
            boundaries:
              - {patch: zmin, type: temperature, T: 301 K}
              - {patch: zmax, type: temperature, T: 300 K}
            output:
              effective_conductivity: {between: [zmin, zmax]}
            """;

    @TempDir
    Path dir;

    StudyPlan plan(boolean reuse) throws Exception {
        Files.writeString(dir.resolve("case.yaml"), POLYCRYSTAL);
        Path s = dir.resolve("study-" + reuse + ".yaml");
        Files.writeString(s, """
                name: r
                base: case.yaml
                reuse: %s
                parameters:
                  - {key: "grain_boundaries[0].R", range: {from: 1e-9, to: 2e-9, count: 5}}
                  - {key: "boundaries[0].T", values: [301 K, 302 K]}
                responses: [{name: k, path: effectiveConductivity.kEff}, {name: T, path: "regions[film].mean"}]
                """.formatted(reuse));
        return StudyPlan.read(s);
    }

    @Test
    void warmPointsAgreeWithColdOnesInFewerIterations() throws Exception {
        StudyPlan cold = plan(false);
        StudyPlan warm = plan(true);
        PointRunner c = new PointRunner(cold, Libraries::builtIn);
        PointRunner w = new PointRunner(warm, Libraries::builtIn);
        int coldIterations = 0;
        int warmIterations = 0;
        for (int i = 0; i < cold.points().size(); i++) {
            PointResult a = c.run(i);
            PointResult b = w.run(i);
            assertTrue(a.ok() && b.ok(), a.message() + b.message());
            for (int r = 0; r < 2; r++) assertEquals(a.responses()[r], b.responses()[r], 1e-8 * Math.abs(a.responses()[r]));
            if (i > 0) {
                coldIterations += a.iterations();
                warmIterations += b.iterations();
            }
        }
        assertTrue(warmIterations < coldIterations, "warm " + warmIterations + " against cold " + coldIterations);
    }

    @Test
    void aPointGivesTheSameBitsWhateverRanBefore() throws Exception {
        StudyPlan p = plan(true);
        PointRunner inOrder = new PointRunner(p, Libraries::builtIn);
        PointResult last = null;
        for (int i = 0; i < p.points().size(); i++) last = inOrder.run(i);
        PointResult alone = new PointRunner(p, Libraries::builtIn).run(p.points().size() - 1);
        assertArrayEquals(last.responses(), alone.responses());
        assertEquals(last.iterations(), alone.iterations());
    }
}
