package org.kapitza.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.kapitza.cli.Pipeline;
import org.kapitza.fv.SteadyResult;
import org.kapitza.io.report.GmshReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/gmsh-polycrystal: six grains of a 1 mm silicon bar (k = 150 W/m/K) meshed conformingly with
 * tetrahedra, five grain boundaries with R = 2e-6 m²K/W across the bar, 10 K between the ends. In series:
 * q = ΔT / (L/k + 5R) = 6e5 W/m², Q = q A = 37.5 mW, k_eff = L/(L/k + 5R) = 60 W/m/K, and every boundary
 * jumps by R q = 1.2 K — exact on the tetrahedra, whatever their orientation.
 */
class GmshPolycrystalExampleTest {

    @Test
    void theBarConductsAsItsGrainsAndBoundariesInSeries(@TempDir Path out) throws Exception {
        Pipeline.Outcome o = ExampleRunner.run("gmsh-polycrystal", out);
        GmshReport r = o.gmshReport();
        double area = 250e-6 * 250e-6;
        double q = 10 / (1e-3 / 150 + 5 * 2e-6);
        assertEquals(6e5, q, 1e-6);
        SteadyResult.PatchFlow xmax = r.patches().stream().filter(p -> p.patch().equals("xmax")).findFirst().orElseThrow();
        assertEquals(q * area, xmax.outflow(), q * area * 1e-9, "heat through the bar");
        double kEff = xmax.outflow() / area * 1e-3 / 10;
        assertEquals(60, kEff, 60e-9, "k_eff = L/(L/k + 5R)");
        assertEquals(6, r.mesh().grains());
        assertEquals(5 * area, r.grainBoundaries().area(), 5 * area * 1e-12, "five boundary planes");
        assertEquals(1.2, r.grainBoundaries().meanJump(), 1.2e-9, "each boundary jumps by R q");
        assertEquals(5 * q * area, r.grainBoundaries().heatCrossing(), 5 * q * area * 1e-9);
        assertTrue(r.energyBalance().relativeImbalance() <= 1e-9);
        assertTrue(r.mesh().maxNonOrthogonality() > 30, "tetrahedra, far from orthogonal");
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(1.2, summary.at("/grainBoundaries/meanJump").asDouble(), 1.2e-9);
    }
}
