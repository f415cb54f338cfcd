package org.kapitza.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Gmsh run writes {@code interfaces.csv} like a grid run: one row per interface, the grain boundaries as totals. */
class GmshInterfacesCsvTest {
    @Test
    void theJointsOfTheColdFingerAreRowsWithTheSummarysNumbers(@TempDir Path out) throws Exception {
        ExampleRunner.run("cold-finger", out, "output.vtk=false");
        List<String> rows = Files.readAllLines(out.resolve("interfaces.csv"));
        JsonNode interfaces = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).path("interfaces");
        assertTrue(interfaces.size() >= 2, interfaces.toString());
        assertEquals(1 + interfaces.size(), rows.size(), String.join("\n", rows));
        for (int i = 0; i < interfaces.size(); i++) {
            String[] v = rows.get(1 + i).split(",");
            JsonNode s = interfaces.get(i);
            assertEquals("interface", v[0]);
            assertEquals(s.path("name").asText(), v[1]);
            assertEquals(s.path("heatFlow").asDouble(), Double.parseDouble(v[5]), 1e-9 * Math.abs(s.path("heatFlow").asDouble()));
            assertEquals(s.path("meanJump").asDouble(), Double.parseDouble(v[6]), 1e-9 * Math.abs(s.path("meanJump").asDouble()));
        }
    }

    @Test
    void grainBoundariesOfAConformingPolycrystalAreOneRowOfTotals(@TempDir Path out) throws Exception {
        ExampleRunner.run("gmsh-polycrystal", out, "output.vtk=false");
        List<String> rows = Files.readAllLines(out.resolve("interfaces.csv"));
        JsonNode gb = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).path("grainBoundaries");
        String row = rows.stream().filter(r -> r.startsWith("grain-boundaries,")).findFirst().orElseThrow();
        String[] v = row.split(",", -1);
        double area = gb.path("area").asDouble();
        double q = gb.path("heatCrossing").asDouble();
        double jump = gb.path("meanJump").asDouble();
        assertEquals(area, Double.parseDouble(v[4]), 1e-9 * area);
        assertEquals(q, Double.parseDouble(v[5]), 1e-9 * q);
        // R·A = ΔT / (q/A): the resistance the mean jump and mean flux imply
        assertEquals(jump * area / q, Double.parseDouble(v[8]), 1e-9 * jump * area / q);
        // and with one constant R on every boundary that is the case's R: each face's jump is R q_f / A_f
        assertEquals(2e-6, Double.parseDouble(v[8]), 2e-6 * 1e-9);
    }
}
