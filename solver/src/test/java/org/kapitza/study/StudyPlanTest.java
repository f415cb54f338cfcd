package org.kapitza.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapitza.io.casefile.CaseFileException;
import org.kapitza.io.casefile.Libraries;

class StudyPlanTest {
    static final String TWO_SLAB = """
            name: two-slab
            mesh:
              grid:
                x: {from: 0, to: 1 m, cells: 10}
                regions:
                  - {name: left,  material: slab-a, box: {x: [0, 0.5 m]}}
                  - {name: right, material: slab-b, box: {x: [0.5 m, 1 m]}}
            materials:
              - {name: slab-a, k: 10 W/m/K}
              - {name: slab-b, k: 2 W/m/K}
            interfaces:
              - {between: [left, right], model: constant, R: 0.1 m^2*K/W}
            boundaries:
              - {patch: xmin, type: temperature, T: 400 K}
              - {patch: xmax, type: temperature, T: 300 K}
            """;

    @TempDir
    Path dir;

    StudyPlan plan(String study) throws IOException {
        Files.writeString(dir.resolve("case.yaml"), TWO_SLAB);
        Path s = dir.resolve("study.yaml");
        Files.writeString(s, study);
        return StudyPlan.read(s);
    }

    /** q = ΔT / (L₁/k₁ + R + L₂/k₂) through a unit cross-section, exact on any grid. */
    @Test
    void gridOfResistanceAndConductivityGivesTheSeriesFlux() throws Exception {
        StudyPlan p = plan("""
                name: slab-grid
                base: case.yaml
                parameters:
                  - {key: "interfaces[0].R", range: {from: 0.01 m^2*K/W, to: 1 m^2*K/W, count: 3, spacing: log}}
                  - {key: "materials[1].k", values: [2 W/m/K, 4000 mW/m/K]}
                responses:
                  - {name: q, path: "interfaces[left|right].heatFlow"}
                  - {name: Tmax, path: "regions[right].max"}
                """);
        assertEquals(6, p.points().size());
        assertEquals(List.of("interfaces[0].R=0.01", "materials[1].k=2.0"), p.point(0).overrides());
        assertEquals("0.1", p.point(2).values().get(0).substring(0, 3));
        List<PointResult> results = new ArrayList<>();
        new EmbeddedEngine(new EngineOptions(2, 1, Libraries::builtIn, true, System.err)).run(p, p.points(), results::add);
        assertEquals(6, results.size());
        for (PointResult r : results) {
            assertTrue(r.ok(), r.message());
            StudyPlan.Point pt = p.point(r.index());
            double q = 100 / (0.5 / 10 + pt.numbers()[0] + 0.5 / pt.numbers()[1]);
            assertEquals(q, r.responses()[0], 1e-8 * q);
        }
    }

    @Test
    void misspelledKeysAreRefusedWithTheirLine() {
        CaseFileException e = assertThrows(CaseFileException.class, () -> plan("""
                name: s
                base: case.yaml
                parameters:
                  - {key: "interfaces[0].RR", values: [1]}
                responses: [{path: hotspot.temperature}]
                """));
        assertTrue(e.getMessage().contains("study.yaml:4: parameters[0].key") && e.getMessage().contains("did you mean 'R'"),
                e.getMessage());
        e = assertThrows(CaseFileException.class, () -> plan("""
                name: s
                base: case.yaml
                parameters: [{key: "interfaces[0].R", values: [1]}]
                respones: [{path: hotspot.temperature}]
                """));
        assertTrue(e.getMessage().contains("did you mean 'responses'"), e.getMessage());
        e = assertThrows(CaseFileException.class, () -> plan("""
                name: s
                base: case.yaml
                parameters: [{key: "interfaces[0].R", values: [1 W]}]
                responses: [{path: hotspot.temperature}]
                """));
        assertTrue(e.getMessage().contains("parameters[0].values[0]"), e.getMessage());
    }

    /** The plan is a function of the text: the same points from a second expansion, sampled or not. */
    @Test
    void sampledPlansAreReproducible() throws Exception {
        String text = """
                name: mc
                base: case.yaml
                design: latin-hypercube
                samples: 50
                seed: 7
                parameters:
                  - {key: "interfaces[0].R", distribution: {kind: lognormal, median: 0.1 m^2*K/W, factor: 2}}
                  - {key: "materials[0].k", distribution: {kind: normal, mean: 10 W/m/K, std: 1 W/m/K}}
                responses: [{path: hotspot.temperature}]
                """;
        StudyPlan a = plan(text);
        StudyPlan b = StudyPlan.of(a.source());
        assertEquals(50, a.points().size());
        for (int i = 0; i < 50; i++) assertEquals(a.point(i).overrides(), b.point(i).overrides());
        // Latin hypercube: exactly one sample in each of the 50 probability strata of each parameter
        boolean[] seen = new boolean[50];
        for (StudyPlan.Point pt : a.points()) {
            double z = Math.log(pt.numbers()[0] / 0.1) / Math.log(2);
            double u = new org.hipparchus.distribution.continuous.NormalDistribution(0, 1).cumulativeProbability(z);
            int s = (int) (u * 50);
            assertTrue(!seen[s], "stratum " + s + " twice");
            seen[s] = true;
        }
    }

    /** Zip takes lists side by side; an ensemble repeats each point over its seeds, seed by seed fastest. */
    @Test
    void zipAndEnsembleExpansions() throws Exception {
        StudyPlan p = plan("""
                name: z
                base: case.yaml
                design: zip
                parameters:
                  - {key: "interfaces[0].R", values: [0.1, 0.2, 0.3]}
                  - {key: "materials[0].k", values: [1 W/m/K, 2 W/m/K, 3 W/m/K]}
                ensemble: {key: "mesh.grid.x.cells", count: 2, first: 10}
                responses: [{path: hotspot.temperature}]
                """);
        assertEquals(6, p.points().size());
        assertEquals(List.of("interfaces[0].R=0.3", "materials[0].k=3.0", "mesh.grid.x.cells=11"), p.point(5).overrides());
        assertEquals(2, p.point(5).group());
        assertEquals(1, p.point(5).member());
        CaseFileException e = assertThrows(CaseFileException.class, () -> plan("""
                name: z
                base: case.yaml
                design: zip
                parameters:
                  - {key: "interfaces[0].R", values: [0.1, 0.2, 0.3]}
                  - {key: "materials[0].k", values: [1, 2]}
                responses: [{path: hotspot.temperature}]
                """));
        assertTrue(e.getMessage().contains("the same number of values"), e.getMessage());
    }

    /** A normal law for a value that must stay positive is truncated at 0; its quantiles are the law's. */
    @Test
    void normalLawsAreTruncatedAtZero() throws Exception {
        StudyPlan p = plan("""
                name: n
                base: case.yaml
                design: monte-carlo
                samples: 2000
                parameters:
                  - {key: "interfaces[0].R", distribution: {kind: normal, mean: 0.05 m^2*K/W, std: 0.1 m^2*K/W}}
                responses: [{path: hotspot.temperature}]
                """);
        double below = 0;
        for (StudyPlan.Point pt : p.points()) {
            assertTrue(pt.numbers()[0] >= 0, "R " + pt.numbers()[0]);
            if (pt.numbers()[0] < 0.05) below++;
        }
        // P(X < m | X > 0) for X ~ N(m, s²), m/s = 0.5: (Φ(0) − Φ(−0.5)) / (1 − Φ(−0.5)) = 0.2774
        assertEquals(0.2774, below / 2000, 0.03);
        CaseFileException e = assertThrows(CaseFileException.class, () -> plan("""
                name: n
                base: case.yaml
                parameters:
                  - {key: "interfaces[0].R", distribution: {kind: normal, mean: 0.05, std: 0.1}}
                responses: [{path: hotspot.temperature}]
                """));
        assertTrue(e.getMessage().contains("monte-carlo or latin-hypercube"), e.getMessage());
    }
}
