package org.kapitza.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kapitza.cli.Pipeline;
import org.kapitza.fv.SteadyResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** examples/two-slab: the 25 K jump of the simplest interface, exact. */
class TwoSlabExampleTest {

    @Test
    void theJumpIs25KelvinAndTheFluxIs250WattsPerSquareMetre(@TempDir Path out) throws Exception {
        Pipeline.Outcome o = ExampleRunner.run("two-slab", out);
        SteadyResult.InterfaceStats i = o.report().interfaces().get(0);
        assertEquals(250.0, i.heatFlow(), 250e-10);
        assertEquals(25.0, i.meanJump(), 25e-10);
        assertEquals(0.1, i.resistanceArea(), 1e-11);
        assertTrue(o.report().energyBalance().relative() < 1e-9);

        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(250.0, summary.at("/interfaces/0/heatFlow").asDouble(), 250e-10);
        assertEquals("two-slab", summary.at("/name").asText());
        String csv = Files.readString(out.resolve("interfaces.csv"));
        String row = csv.lines().filter(l -> l.startsWith("interface,left|right,left,right,")).findFirst().orElseThrow();
        String[] cols = row.split(",");
        assertEquals(1.0, Double.parseDouble(cols[4]), 1e-12, "area");
        assertEquals(250.0, Double.parseDouble(cols[5]), 250e-9, "heat flow");
        assertEquals(0.1, Double.parseDouble(cols[8]), 1e-10, "R·A");
        byte[] png = Files.readAllBytes(out.resolve("profile.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        assertTrue(Files.readString(out.resolve("profile.csv")).contains("0.5000000000,387.5000000,face"));
    }
}
