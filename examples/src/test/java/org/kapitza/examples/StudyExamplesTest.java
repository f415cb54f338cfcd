package org.kapitza.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapitza.cli.Main;

/**
 * The study examples (examples/tim-sweep, grain-size-ensemble, cryostat-monte-carlo), run as
 * {@code kapitza study} runs them, each checked against physics the solver does not use.
 */
class StudyExamplesTest {
    @TempDir
    Path tmp;

    /** The rows of study.csv as maps from column to value. */
    static List<Map<String, String>> rows(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",", -1);
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < header.length; i++) m.put(header[i], f[i]);
            rows.add(m);
        }
        return rows;
    }

    static double num(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }

    /**
     * Runs a shipped study, optionally with its text changed (fewer points for the test), from a copy
     * whose base is the shipped case.
     */
    Path run(String example, String... replacements) throws Exception {
        String text = Files.readString(Path.of(example, "study.yaml"));
        for (int i = 0; i < replacements.length; i += 2) {
            assertTrue(text.contains(replacements[i]), example + " says " + replacements[i]);
            text = text.replace(replacements[i], replacements[i + 1]);
        }
        String base = text.lines().filter(l -> l.startsWith("base: ")).findFirst().orElseThrow().substring(6).trim();
        text = text.replace("base: " + base, "base: " + Path.of(example).resolve(base).toAbsolutePath().normalize());
        Path study = tmp.resolve(example + ".yaml");
        Files.writeString(study, text);
        Path out = tmp.resolve(example);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.execute(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
                "study", study.toString(), "-o", out.toString(), "-q");
        assertEquals(Main.OK, code, e.toString(StandardCharsets.UTF_8) + o.toString(StandardCharsets.UTF_8));
        return out;
    }

    /**
     * examples/tim-sweep. All 60 W cross the die/TIM1 boundary, whose area is the die's: its mean jump is
     * R·P/A_die exactly, and the layer-resistance budget (R/A_die in series, K/W) gives the die's mean
     * temperature the slope P/A_die to first order (a larger R evens out the flux a little, lowering the
     * spreading penalty below, hence "first order"). The junction's slope lies between P/A_die and the
     * local power density of the hottest block (12 W on 3.2 × 4.8 mm²): the 150 µm die spreads a core's
     * flux only a little before it reaches the boundary.
     */
    @Test
    void timSweepSlopesAgainstTheResistanceBudget() throws Exception {
        Path out = run("tim-sweep", "count: 10", "count: 4",
                "parameters: [R_die_tim, \"materials[0].k\", \"interfaces[1].k\", \"boundaries[0].h\"]", "parameters: [R_die_tim]");
        double perArea = 60 / (12.8e-3 * 12.8e-3);
        double core = 12 / (3.2e-3 * 4.8e-3);
        List<Map<String, String>> design = rows(out.resolve("study.csv")).stream()
                .filter(r -> r.get("role").equals("design")).sorted((a, b) -> Double.compare(num(a, "R_die_tim"), num(b, "R_die_tim")))
                .toList();
        assertEquals(4, design.size());
        Map<String, String> lo = design.get(0);
        Map<String, String> hi = design.get(3);
        double dr = num(hi, "R_die_tim") - num(lo, "R_die_tim");
        assertEquals(9e-6, dr, 1e-12);
        assertEquals(perArea, (num(hi, "jump_die_tim") - num(lo, "jump_die_tim")) / dr, 1e-6 * perArea);
        double dieSlope = (num(hi, "T_die_mean") - num(lo, "T_die_mean")) / dr;
        assertEquals(perArea, dieSlope, 0.03 * perArea, "die mean temperature slope against the budget P/A_die");
        double junctionSlope = (num(hi, "T_junction") - num(lo, "T_junction")) / dr;
        assertTrue(junctionSlope > perArea && junctionSlope < core, "junction slope " + junctionSlope + " between " + perArea
                + " and " + core);
        // Linear in R: the middle points lie on the chord within 1 % of the rise
        for (Map<String, String> m : design.subList(1, 3)) {
            double chord = num(lo, "T_junction") + junctionSlope * (num(m, "R_die_tim") - num(lo, "R_die_tim"));
            assertEquals(chord, num(m, "T_junction"), 0.01 * junctionSlope * dr);
        }
        // The finite-difference sensitivity at the base point gives the same exact slope of the jump
        JsonNode s = new ObjectMapper().readTree(out.resolve("study.json").toFile()).get("sensitivities");
        for (JsonNode r : s) {
            if (r.get("response").asText().equals("jump_die_tim")) {
                assertEquals(perArea, r.get("parameters").get(0).get("derivative").asDouble(), 1e-6 * perArea);
            }
        }
        assertTrue(Files.exists(out.resolve("T_junction-vs-R_die_tim.png")) && Files.exists(out.resolve("tornado-T_junction.png")));
    }

    /**
     * examples/grain-size-ensemble: k_eff(d) of the Voronoi film over 8 seeds against the series estimate
     * k₀/(1 + k₀R/d) (Yang 2002; k₀ = 148 W/m/K, R = 1e-9 m²K/W, d the realised mean grain size), within
     * 2.5 standard deviations of the seeds, and rising with d.
     */
    @Test
    void grainSizeEnsembleAgainstTheSeriesEstimate() throws Exception {
        Path out = run("grain-size-ensemble");
        JsonNode ens = new ObjectMapper().readTree(out.resolve("study.json").toFile()).get("ensembles");
        assertEquals(3, ens.size());
        double previous = 0;
        for (JsonNode e : ens) {
            JsonNode k = e.get("responses").get("k_eff");
            double d = e.get("responses").get("d_mesh").get("mean").asDouble();
            double yang = 148 / (1 + 148 * 1e-9 / d);
            assertEquals(8, k.get("n").asInt());
            assertTrue(Math.abs(k.get("mean").asDouble() - yang) < 2.5 * k.get("std").asDouble(),
                    "d = " + d + ": k_eff " + k + " against " + yang);
            assertTrue(k.get("mean").asDouble() > previous);
            previous = k.get("mean").asDouble();
        }
        assertTrue(Files.exists(out.resolve("k_eff-vs-d.png")));
    }

    /** The jump j = q(R_c + R/(T_lo + j/2)³) of a joint whose colder side is at T_lo, by fixed-point iteration. */
    static double jump(double q, double tLo, double r, double rc) {
        double j = 0;
        for (int i = 0; i < 200; i++) j = q * (rc + r / Math.pow(tLo + j / 2, 3));
        return j;
    }

    /**
     * examples/cryostat-monte-carlo. The stage hangs on a one-dimensional chain with the load q = P/A
     * through each 3 × 3 mm joint: a joint's jump q(R_c + R_ref/T_m³), T_m the joint's mean temperature,
     * has dΔT/dR_ref = (q/T_m³)/(1 + 1.5 q R_ref/T_m⁴); the sapphire rod (k = cT³) carries
     * T_top⁴ = T_bottom⁴ + const, so dT_top/dT_bottom = (T_bottom/T_top)³; the stage joint's jump shrinks as
     * its temperature rises. The finite-difference sensitivities agree with the chain to 1 %, every
     * sample's stage temperature with the chain solved exactly for its two R·T³ to 1 mK or 0.5 % of the
     * rise above the plate (the chain leaves out the contacts' weak dependence on temperature),
     * and the Monte Carlo mean with first-order propagation of the lognormal R·T³ (E R = m e^{σ²/2},
     * σ = ln 2).
     */
    @Test
    void cryostatMonteCarloAgainstTheOneDimensionalChain() throws Exception {
        Path out = run("cryostat-monte-carlo", "samples: 100", "samples: 24");
        Map<String, String> base = rows(out.resolve("study.csv")).stream().filter(r -> r.get("role").equals("base"))
                .findFirst().orElseThrow();
        double q = 0.020 / (3e-3 * 3e-3);
        double rRef = 1e-3;
        double tsb = num(base, "T_standoff_bottom");
        double tst = num(base, "T_standoff_top");
        double j1 = Math.abs(num(base, "jump_plate_joint"));
        double j2 = Math.abs(num(base, "jump_stage_joint"));
        double t1 = tsb - j1 / 2;
        double t2 = tst + j2 / 2;
        double dJump1 = q / Math.pow(t1, 3) / (1 + 1.5 * q * rRef / Math.pow(t1, 4));
        double dJump2 = q / Math.pow(t2, 3) / (1 + 1.5 * q * rRef / Math.pow(t2, 4));
        double dJump2dT = -3 * q * rRef / Math.pow(t2, 4) / (1 + 1.5 * q * rRef / Math.pow(t2, 4));
        double g1 = dJump1 * Math.pow(tsb / tst, 3) * (1 + dJump2dT);
        double g2 = dJump2;
        JsonNode study = new ObjectMapper().readTree(out.resolve("study.json").toFile());
        for (JsonNode r : study.get("sensitivities")) {
            if (!r.get("response").asText().equals("T_stage")) continue;
            for (JsonNode p : r.get("parameters")) {
                double expected = p.get("name").asText().equals("RT3_plate_joint") ? g1 : g2;
                assertEquals(expected, p.get("derivative").asDouble(), 0.01 * expected, p.toString());
            }
        }
        // Every sample against the chain, nonlinear: the plate side of the first joint stays where it is
        // (the load below it is the same), each joint's contact part R_c is what the base point leaves of
        // its jump, the rod keeps T_top⁴ − T_bottom⁴, the stage adds its own small constant spreading drop.
        double ta = tsb - j1;
        double rc1 = j1 / q - rRef / Math.pow(t1, 3);
        double rc2 = j2 / q - rRef / Math.pow(t2, 3);
        double rod = Math.pow(tst, 4) - Math.pow(tsb, 4);
        double stage = num(base, "T_stage") - tst - j2;
        int samples = 0;
        for (Map<String, String> r : rows(out.resolve("study.csv"))) {
            if (!r.get("role").equals("design")) continue;
            samples++;
            double bottom = ta + jump(q, ta, num(r, "RT3_plate_joint"), rc1);
            double top = Math.pow(Math.pow(bottom, 4) + rod, 0.25);
            double chain = top + jump(q, top, num(r, "RT3_stage_joint"), rc2) + stage;
            // The chain leaves out the contacts' small dependence on temperature: 1 mK, or 0.5 % of the rise
            assertEquals(chain, num(r, "T_stage"), Math.max(1e-3, 0.005 * (chain - ta)), "sample " + r);
        }
        assertEquals(24, samples);
        // The mean against first-order propagation of the lognormal laws (the hot tail adds a little)
        double s2 = Math.log(2) * Math.log(2);
        double meanR = rRef * Math.exp(s2 / 2);
        JsonNode st = study.get("responses").get(0).get("statistics");
        assertEquals("T_stage", study.get("responses").get(0).get("name").asText());
        double mean = num(base, "T_stage") + (g1 + g2) * (meanR - rRef);
        assertEquals(mean, st.get("mean").asDouble(), 3 * st.get("sem").asDouble(), st.toString());
        assertTrue(Files.exists(out.resolve("histogram-T_stage.png")));
    }
}
