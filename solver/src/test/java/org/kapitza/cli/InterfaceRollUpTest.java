package org.kapitza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The system shall report, besides each region pair's interface, the totals of every material pair that
 * two or more region pairs share (summary.json, interfaces.csv kind {@code material-pair}, and the table),
 * and nothing more where no material pair is shared; interfaces.csv shall name each row's model and, for a
 * predicted phonon model, its cutoff convention.
 */
class InterfaceRollUpTest {
    /**
     * Aluminium on the left, silicon on the right, each split into a top and a bottom region: two region
     * pairs of the material pair aluminium|silicon, one named silicon first, so that its heat flow and jump
     * count negated in the roll-up. Heat flows along x.
     */
    private static final String QUADRANTS = """
            name: quadrants
            mesh:
              grid:
                x: {from: 0, to: 1 mm, cells: 8}
                y: {from: 0, to: 1 mm, cells: 4}
                z: {from: 0, to: 1 mm, cells: 1}
                regions:
                  - {name: top-left,     material: aluminium, box: {x: [0, 0.5 mm], y: [0.5 mm, 1 mm]}}
                  - {name: top-right,    material: silicon,   box: {x: [0.5 mm, 1 mm], y: [0.5 mm, 1 mm]}}
                  - {name: bottom-left,  material: aluminium, box: {x: [0, 0.5 mm], y: [0, 0.5 mm]}}
                  - {name: bottom-right, material: silicon,   box: {x: [0.5 mm, 1 mm], y: [0, 0.5 mm]}}
            interfaces:
              - {between: [top-left, top-right], model: dmm, cutoff: debye}
              - {between: [bottom-right, bottom-left], model: constant, R: 1e-8 m^2*K/W}
            boundaries:
              - {patch: xmin, type: temperature, T: 310 K}
              - {patch: xmax, type: temperature, T: 300 K}
            solver: {tolerance: 1e-12}
            """;

    /** Splits a CSV line, honouring double-quoted fields. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }

    private static List<List<String>> rows(Path csv) throws Exception {
        return Files.readAllLines(csv).stream().skip(1).map(InterfaceRollUpTest::fields).toList();
    }

    @Test
    void twoRegionPairsOfOneMaterialPairAddUpToTheRollUp(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("quadrants.yaml"), QUADRANTS);
        Path out = dir.resolve("out");
        CommandLineTest.Run r = CommandLineTest.run("run", "-q", file.toString(), "-o", out.toString());
        assertEquals(Main.OK, r.code(), r.err());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        Map<String, String> material = new HashMap<>();
        for (JsonNode g : summary.get("regions")) material.put(g.get("region").asText(), g.get("material").asText());

        JsonNode pairs = summary.get("materialPairs");
        assertEquals(1, pairs.size(), "only aluminium|silicon is shared:\n" + pairs);
        JsonNode p = pairs.get(0);
        String matA = p.get("materialA").asText();
        assertEquals(matA + "|" + p.get("materialB").asText(), p.get("name").asText());
        assertEquals(2, p.get("interfaces").size(), p.toString());

        // The roll-up from the region-pair rows, summed in their order, each along its own flow: exact.
        double area = 0;
        double heat = 0;
        double jumpArea = 0;
        double maxJump = 0;
        double absHeat = 0;
        int counted = 0;
        List<String> names = new ArrayList<>();
        p.get("interfaces").forEach(n -> names.add(n.asText()));
        for (JsonNode i : summary.get("interfaces")) {
            if (!names.contains(i.get("name").asText())) continue;
            counted++;
            double sign = i.get("heatFlow").asDouble() < 0 ? -1 : 1;
            area += i.get("area").asDouble();
            heat += sign * i.get("heatFlow").asDouble();
            jumpArea += sign * i.get("meanJump").asDouble() * i.get("area").asDouble();
            maxJump = Math.max(maxJump, i.get("maxJump").asDouble());
            absHeat += Math.abs(i.get("heatFlow").asDouble());
        }
        assertEquals(2, counted);
        assertEquals(area, p.get("area").asDouble(), 0, "area");
        assertEquals(heat, p.get("heatFlow").asDouble(), 0, "heat flow");
        assertEquals(absHeat, heat, 0, "the magnitudes of the two flows");
        assertTrue(material.values().contains(matA));
        double mean = jumpArea / area;
        assertEquals(mean, p.get("meanJump").asDouble(), 0, "mean jump");
        assertEquals(maxJump, p.get("maxJump").asDouble(), 0, "max jump");
        assertEquals(mean / (heat / area), p.get("resistanceArea").asDouble(), 0, "R·A");
        assertTrue(p.get("resistanceArea").asDouble() > 0, p.toString());
        assertEquals("debye", p.get("cutoff").asText(), "the dmm row's cutoff");

        List<List<String>> csv = rows(out.resolve("interfaces.csv"));
        List<String> roll = csv.stream().filter(c -> c.get(0).equals("material-pair")).findFirst().orElseThrow();
        assertEquals(12, roll.size(), roll.toString());
        assertEquals(p.get("name").asText(), roll.get(1));
        assertEquals(area, Double.parseDouble(roll.get(4)), 1e-9 * area);
        assertEquals(heat, Double.parseDouble(roll.get(5)), 1e-9 * Math.abs(heat));
        assertEquals(p.get("resistanceArea").asDouble(), Double.parseDouble(roll.get(8)), 1e-9 * p.get("resistanceArea").asDouble());

        assertTrue(r.out().contains("Interfaces by material pair"), r.out());
        String line = r.out().lines().filter(l -> l.trim().startsWith(p.get("name").asText() + " ")).findFirst().orElseThrow();
        assertTrue(line.trim().endsWith(" 2"), "two region pairs: " + line);
    }

    @Test
    void interfacesCsvNamesEachModelAndItsCutoff(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("quadrants.yaml"), QUADRANTS);
        Path out = dir.resolve("out");
        CommandLineTest.Run r = CommandLineTest.run("run", "-q", file.toString(), "-o", out.toString());
        assertEquals(Main.OK, r.code(), r.err());
        List<String> header = fields(Files.readAllLines(out.resolve("interfaces.csv")).get(0));
        assertEquals(List.of("model", "cutoff"), header.subList(10, 12), header.toString());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode i : summary.get("interfaces")) byName.put(i.get("name").asText(), i);
        int predicted = 0;
        for (List<String> row : rows(out.resolve("interfaces.csv"))) {
            assertEquals(12, row.size(), row.toString());
            if (!row.get(0).equals("interface")) continue;
            JsonNode i = byName.get(row.get(1));
            assertEquals(i.get("model").asText(), row.get(10), "the model as summary.json describes it");
            if (row.get(10).startsWith("dmm")) {
                predicted++;
                assertEquals("debye", row.get(11), row.toString());
                assertTrue(row.get(10).contains("cutoff A"), row.toString());
            } else {
                assertEquals("", row.get(11), "no cutoff for " + row);
                assertTrue(i.get("cutoff").isNull(), i.toString());
            }
        }
        assertEquals(1, predicted);
    }

    @Test
    void withoutASharedMaterialPairNoRollUpIsReported(@TempDir Path dir) throws Exception {
        String twoSlabs = """
                name: two-slabs
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
                  - {patch: xmin, type: temperature, T: 310 K}
                  - {patch: xmax, type: temperature, T: 300 K}
                """;
        Path file = Files.writeString(dir.resolve("two-slabs.yaml"), twoSlabs);
        Path out = dir.resolve("out");
        CommandLineTest.Run r = CommandLineTest.run("run", "-q", file.toString(), "-o", out.toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertFalse(r.out().contains("by material pair"), r.out());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertTrue(summary.get("materialPairs").isArray() && summary.get("materialPairs").isEmpty(), summary.toString());
        assertFalse(Files.readString(out.resolve("interfaces.csv")).contains("material-pair,"));
        List<String> row = rows(out.resolve("interfaces.csv")).get(0);
        assertEquals(List.of("constant R = 0.1 m²K/W", ""), row.subList(10, 12), row.toString());
    }

    /**
     * An aluminium|silicon|aluminium sandwich in series: its two interfaces carry the same heat in
     * opposite directions as seen from aluminium. The roll-up takes each along its own flow, so its R·A is
     * the R both interfaces were given, exactly as for a single interface.
     */
    @Test
    void aSandwichRollsUpToTheResistanceOfEachOfItsInterfaces(@TempDir Path dir) throws Exception {
        String sandwich = """
                name: sandwich
                mesh:
                  grid:
                    x: {from: 0, to: 3 mm, cells: 9}
                    regions:
                      - {name: left,   material: aluminium, box: {x: [0, 1 mm]}}
                      - {name: middle, material: silicon,   box: {x: [1 mm, 2 mm]}}
                      - {name: right,  material: aluminium, box: {x: [2 mm, 3 mm]}}
                interfaces:
                  - {materials: [aluminium, silicon], model: constant, R: 2e-6 m^2*K/W}
                boundaries:
                  - {patch: xmin, type: temperature, T: 310 K}
                  - {patch: xmax, type: temperature, T: 300 K}
                solver: {tolerance: 1e-12}
                """;
        Path file = Files.writeString(dir.resolve("sandwich.yaml"), sandwich);
        Path out = dir.resolve("out");
        CommandLineTest.Run r = CommandLineTest.run("run", "-q", file.toString(), "-o", out.toString());
        assertEquals(Main.OK, r.code(), r.err());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        JsonNode p = summary.get("materialPairs").get(0);
        double q = 0;
        for (JsonNode i : summary.get("interfaces")) q += Math.abs(i.get("heatFlow").asDouble());
        assertTrue(q > 0, summary.toString());
        assertEquals(q, p.get("heatFlow").asDouble(), 1e-12 * q, "both interfaces' heat counted");
        assertEquals(2e-6, p.get("resistanceArea").asDouble(), 1e-9 * 2e-6, p.toString());
        assertTrue(p.get("meanJump").asDouble() > 0, "the jump along the flow is positive: " + p);
    }
}
