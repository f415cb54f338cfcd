package org.kapitza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapitza.fv.InitialCondition;
import org.kapitza.fv.TransientResult;
import org.kapitza.fv.TransientSolver;
import org.kapitza.io.casefile.Case;

/** Transient cases from case files: inputs in time, power traces, outputs, restart and mistakes. */
class TransientCaseTest {
    private static Path everything;

    @BeforeAll
    static void locate() throws Exception {
        everything = Path.of(TransientCaseTest.class.getResource("/cases/everything-transient.yaml").toURI());
    }

    private static CommandLineTest.Run refused(String... args) {
        CommandLineTest.Run r = CommandLineTest.run(args);
        assertEquals(Main.INVALID_INPUT, r.code(), "exit code; stderr: " + r.err() + " stdout: " + r.out());
        assertTrue(r.err().startsWith("error: ") && !r.err().contains("\tat org."), r.err());
        return r;
    }

    private static Path write(Path dir, String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    /** Two slabs, the left end's temperature ramped by a table: the case file must give the API's answer. */
    private static final String SLABS = """
            name: slabs
            mesh:
              grid:
                x: {from: 0, to: 1 m, cells: 40}
                regions:
                  - {name: one, material: m1, box: {x: [0, 0.5 m]}}
                  - {name: two, material: m2, box: {x: [0.5 m, 1 m]}}
            materials:
              - {name: m1, k: 10 W/m/K, rho: 1000 kg/m3, cp: 1000 J/kg/K}
              - {name: m2, k: 2 W/m/K, rho: 1000 kg/m3, cp: 2000 J/kg/K}
            interfaces:
              - {between: [one, two], model: constant, R: 0.05 m^2*K/W}
            boundaries:
              - {patch: xmin, type: temperature, T: {t: [0, 1 h], value: [300 K, 400 K]}}
              - {patch: xmax, type: temperature, T: 300 K}
            transient:
              end: 6 h
              initial: {T: 300 K}
              output: {every: 2 h}
              probes:
                - {name: mid, point: [0.25 m, 0.5, 0.5]}
                - {name: jump, interface_jump: one|two}
            """;

    @Test
    void aCaseFileRunGivesTheSolversAnswerAndWritesATimeSeries(@TempDir Path dir) throws Exception {
        Path file = write(dir, "slabs.yaml", SLABS);
        Path out = dir.resolve("out");
        CommandLineTest.Run r = CommandLineTest.run("run", "-q", file.toString(), "-o", out.toString());
        assertEquals(Main.OK, r.code(), r.err());

        // The same case through the API: the probes must agree exactly.
        Case kase = new Pipeline(Settings.load()).prepare(file, List.of());
        TransientResult direct = new TransientSolver(kase.transientPlan().settings()).probe(kase.transientPlan().probes().get(0))
                .probe(kase.transientPlan().probes().get(1)).run(kase.problem(), new InitialCondition.Uniform(300));
        List<String> csv = Files.readAllLines(out.resolve("probes.csv"));
        assertEquals("time_s,mid_K,jump_K", csv.get(0));
        assertEquals(direct.probeRows().size() + 1, csv.size());
        String[] last = csv.get(csv.size() - 1).split(",");
        double[] lastRow = direct.probeRows().get(direct.probeRows().size() - 1);
        assertEquals(6 * 3600, Double.parseDouble(last[0]), 1e-6);
        assertEquals(lastRow[1], Double.parseDouble(last[1]), 1e-6);
        assertTrue(lastRow[2] > 1, "heat flows from one to two: the jump T_one − T_two is positive, " + lastRow[2]);

        // Fields at t = 0, 2, 4 and 6 h, played by ParaView as a time series.
        String pvd = Files.readString(out.resolve("slabs.pvd"));
        Matcher m = Pattern.compile("timestep=\"([^\"]+)\" group=\"\" part=\"0\" file=\"(slabs_\\d{4}\\.vtr)\"").matcher(pvd);
        double[] expected = {0, 7200, 14400, 21600};
        int k = 0;
        while (m.find()) {
            assertEquals(expected[k], Double.parseDouble(m.group(1)), 1e-9);
            assertTrue(Files.size(out.resolve(m.group(2))) > 0);
            k++;
        }
        assertEquals(4, k, pvd);
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertTrue(summary.at("/run/maxEnergyError").asDouble() < 1e-9, summary.toString());
        assertEquals("crank-nicolson", summary.at("/run/integrator").asText());
        assertEquals(direct.steps(), summary.at("/run/steps").asInt());
        assertTrue(Files.size(out.resolve("probes.png")) > 1000);
        assertTrue(r.out().contains("Probes (K)") && r.out().contains("mid"), r.out());
    }

    @Test
    void aPowerTraceDeliversItsEnergy(@TempDir Path dir) throws Exception {
        // An insulated copper block, two trace blocks on its top: 0.5 s at (1, 2) W, then (3, 0) W, then
        // (0, 0.5) W for the last 0.5 s. Stored energy 1.5 + 1.5 + 0.25 = 3.25 J: a mean rise of
        // 3.25 / (ρ c V) whatever the steps.
        write(dir, "trace.ptrace", "a\tb\n1 2\n3 0\n0 0.5\n");
        Path file = write(dir, "block.yaml", """
                name: block
                mesh:
                  stack:
                    base: {x: 10 mm, y: 10 mm, cells: [6, 6]}
                    layers: [{name: block, material: cu, thickness: 10 mm, cells: 6}]
                materials: [{name: cu, k: 400 W/m/K, rho: 8960 kg/m^3, cp: 385 J/kg/K}]
                sources:
                  - type: power-map
                    surface: block.top
                    trace: {file: trace.ptrace, interval: 0.5 s}
                    blocks:
                      - {name: a, x: [1 mm, 4 mm], y: [1 mm, 4 mm], power: 0 W}
                      - {name: b, x: [6 mm, 9 mm], y: [6 mm, 9 mm], power: 0 W}
                transient: {end: 1.5 s, initial: {T: 300 K}, probes: [{name: max, region_max: block}]}
                output: {vtk: false}
                """);
        Path out = dir.resolve("out");
        CommandLineTest.Run r = CommandLineTest.run("run", "-q", file.toString(), "-o", out.toString());
        assertEquals(Main.OK, r.code(), r.err());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        double mean = summary.at("/finalRegions/0/mean").asDouble();
        double rise = 3.25 / (8960 * 385 * 1e-6);
        assertEquals(300 + rise, mean, 1e-9 * rise + 1e-9);
    }

    @Test
    void aRestartContinuesFromTheCheckpointAndWithoutOneIsRefused(@TempDir Path dir) throws Exception {
        Path file = write(dir, "slabs.yaml", SLABS + "  checkpoint_every: 3\n");
        Path out = dir.resolve("out");
        String err = refused("run", "-q", file.toString(), "-o", out.toString(), "--restart").err();
        assertTrue(err.contains("no checkpoint") && err.contains("checkpoint.bin"), err);
        assertEquals(Main.OK, CommandLineTest.run("run", "-q", file.toString(), "-o", out.toString()).code());
        List<String> whole = Files.readAllLines(out.resolve("probes.csv"));
        // The checkpoint of the finished run is at its end: a restart has nothing left to do, and must say
        // the same.
        CommandLineTest.Run again = CommandLineTest.run("run", "-q", file.toString(), "-o", out.toString(), "--restart");
        assertEquals(Main.OK, again.code(), again.err());
        assertEquals(whole, Files.readAllLines(out.resolve("probes.csv")));
        String steady = refused("run", "-q", CommandLineTest.class.getResource("/cases/everything.yaml").getPath(), "-o",
                dir.resolve("o2").toString(), "--restart").err();
        assertTrue(steady.contains("no 'transient' section"), steady);
    }

    @Test
    void everyTransientKeyIsChecked() {
        CommandLineTest.Run ok = CommandLineTest.run("check", everything.toString());
        assertEquals(Main.OK, ok.code(), ok.err());
        String e = everything.toString();
        String[][] cases = {
            {"materials[1].cp=null", "materials[1].rho", "give both 'rho'"},
            {"materials[1].cp=-3 J/kg/K", "materials[1]", "specific heat"},
            {"materials[1].cp=3 W", "materials[1].cp", "a specific heat"},
            {"transient.end=-1 s", "transient.end", "positive"},
            {"transient.integrator=crank-nicholson", "transient.integrator", "did you mean 'crank-nicolson'"},
            {"transient.step.min=5 ms", "transient.step", "exceeds max"},
            {"transient.fixed_step=1 ms", "transient.fixed_step", "not both"},
            {"transient.initial.steady=true", "transient.initial", "either"},
            {"transient.output.times=[1 ms]", "transient.output", "either"},
            {"transient.probes[0].point=[2 mm, 2 mm, 9 mm]", "transient.probes[0].point", "outside the mesh"},
            {"transient.probes[0].point=[0.5 mm, 0.5 mm, 1.2 mm]", "transient.probes[0].point", "outside the geometry"},
            {"transient.probes[1].region_max=dei", "transient.probes[1].region_max", "did you mean 'die'"},
            {"transient.probes[2].patch_mean=plate.botom", "transient.probes[2].patch_mean", "did you mean 'plate.bottom'"},
            {"transient.probes[3].interface_jump=die|cap", "transient.probes[3].interface_jump", "plate|die"},
            {"transient.probes[3].name=junction", "transient.probes[3].name", "twice"},
            {"transient.probes[0].threshold=4.2 W", "transient.probes[0].threshold", "a temperature"},
            {"transient.probes[0].threshold=-1 K", "transient.probes[0].threshold", "positive temperature"},
            {"transient.probes[3].threshold=0.1 K", "transient.probes[3].threshold", "not on an 'interface_jump'"},
            {"transient.checkpoint_every=-1", "transient.checkpoint_every", "0 for no checkpoints"},
            {"boundaries[0].T={t: [0, 1 ms], value: [300 K]}", "boundaries[0].T.value", "one value per time"},
            {"boundaries[0].T={t: [1 ms, 0], value: [300 K, 301 K]}", "boundaries[0].T.t", "must increase"},
            {"boundaries[0].T={t: [0, 1 ms], value: [300 K, 3 W]}", "boundaries[0].T.value[1]", "a temperature"},
            {"boundaries[1].T_inf={t: [0], value: [300 K], interpolation: cubic}", "boundaries[1].T_inf.interpolation",
                "linear or step"},
            {"sources[1].trace.interval=0 s", "sources[1].trace.interval", "positive"},
            {"sources[1].trace.file=missing.ptrace", "sources[1].trace.file", "no power trace"},
            {"sources[1].blocks[0].power={t: [0, 1 ms], value: [1 W, 2 W]}", "sources[1].blocks[0].power", "one place"},
        };
        for (String[] c : cases) {
            String err = refused("check", e, "--set", c[0]).err();
            assertTrue(err.contains(c[1]) && err.contains(c[2]), "--set " + c[0] + ": " + err);
        }
    }

    @Test
    void aMisspelledThresholdIsRefusedWithASuggestion(@TempDir Path dir) throws Exception {
        // (CommandLineTest's renaming of every key covers everything.yaml, the steady case, not this file.)
        Files.copy(everything.resolveSibling("bursts.ptrace"), dir.resolve("bursts.ptrace"));
        Path file = write(dir, "typo.yaml", Files.readString(everything).replace("threshold: 300.5 K", "treshold: 300.5 K"));
        String err = refused("check", file.toString()).err();
        assertTrue(err.contains("unknown key 'treshold'") && err.contains("did you mean 'threshold'") && err.contains("typo.yaml:"),
                err);
    }

    @Test
    void tablesAndTracesNeedATransientSection(@TempDir Path dir) throws Exception {
        Path file = write(dir, "slabs.yaml", SLABS.substring(0, SLABS.indexOf("transient:")));
        String err = refused("check", file.toString()).err();
        assertTrue(err.contains("boundaries[0].T") && err.contains("needs a 'transient' section"), err);
        Path noCp = write(dir, "nocp.yaml", SLABS.replace(", rho: 1000 kg/m3, cp: 2000 J/kg/K", ""));
        String cp = refused("check", noCp.toString()).err();
        assertTrue(cp.contains("materials[1]") && cp.contains("no heat capacity") && cp.contains("'rho'"), cp);
    }

    @Test
    void mistakesInAPowerTraceNameTheFileAndLine(@TempDir Path dir) throws Exception {
        Path caseFile = Files.copy(everything, dir.resolve("case.yaml"));
        String[][] traces = {
            {"left rihgt\n0 0\n", ":1", "did you mean 'right'"},
            {"left right\n0 0\n1\n", ":3", "row has 1 values"},
            {"left right\n0 x\n", ":2", "'x' (block right) is not a power"},
            {"0.1 0.2\n", ":1", "must name the blocks"},
            {"left\n", "", "no rows"},
        };
        for (String[] t : traces) {
            Files.writeString(dir.resolve("bursts.ptrace"), t[0]);
            String err = refused("check", caseFile.toString()).err();
            assertTrue(err.contains("bursts.ptrace" + t[1]) && err.contains(t[2]), t[0] + " → " + err);
        }
    }

    @Test
    void theTransientCaseRunsAndItsCheckSaysWhatItWillDo(@TempDir Path dir) throws Exception {
        CommandLineTest.Run check = CommandLineTest.run("check", everything.toString());
        assertTrue(check.out().contains("Transient: Crank–Nicolson to 0.02 s") && check.out().contains("4 probes"),
                check.out() + check.err());
        // The die's hottest cell never reaches 1000 K: its threshold is reported as not reached.
        CommandLineTest.Run r = CommandLineTest.run("run", "-q", everything.toString(), "-o", dir.toString(),
                "--set", "transient.probes[1].threshold=1000 K");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(Files.exists(dir.resolve("everything-transient_0004.vtu")), "a stack with footprints leaves cells out: vtu");
        assertTrue(Files.exists(dir.resolve("checkpoint.bin")));

        // The junction warms through 300.5 K: summary.json gives the time, the crossing of the probe's rows.
        JsonNode probes = new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).get("probes");
        List<String> csv = Files.readAllLines(dir.resolve("probes.csv"));
        double[][] junction = new double[csv.size() - 1][];
        for (int i = 1; i < csv.size(); i++) {
            String[] f = csv.get(i).split(",");
            junction[i - 1] = new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])};
        }
        double expected = org.kapitza.fv.Probe.firstCrossing(junction, 300.5);
        assertTrue(expected > 0 && expected < 0.02, "the junction crosses 300.5 K during the run: " + expected);
        assertEquals(300.5, probes.get(0).get("threshold").asDouble(), 0);
        // probes.csv holds 10 digits of each value (1e-7 K at 300 K): the times agree to a few parts in 1e8.
        assertEquals(expected, probes.get(0).get("timeToThreshold").asDouble(), 1e-6 * expected);
        assertTrue(probes.get(1).get("timeToThreshold").isNull(), probes.get(1).toString());
        assertTrue(probes.get(2).get("threshold").isNull() && probes.get(2).get("timeToThreshold").isNull(), probes.get(2).toString());
        assertTrue(r.out().contains("junction reaches 300.5 K at t = ") && r.out().contains("die max does not reach 1000 K"),
                r.out());
    }

    /**
     * Two slabs, adiabatic all round, no sources, started at a temperature per region: the run shall
     * conserve energy and end at the heat-capacity-weighted mean of the initial temperatures.
     */
    private static final String INSULATED_SLABS = """
            name: insulated
            mesh:
              grid:
                x: {from: 0, to: 0.1 m, cells: 20}
                cross_section: [10 mm, 20 mm]
                regions:
                  - {name: one, material: m1, box: {x: [0, 0.04 m]}}
                  - {name: two, material: m2, box: {x: [0.04 m, 0.1 m]}}
            materials:
              - {name: m1, k: 400 W/m/K, rho: 8960 kg/m3, cp: 385 J/kg/K}
              - {name: m2, k: 150 W/m/K, rho: 2329 kg/m3, cp: 705 J/kg/K}
            interfaces:
              - {between: [one, two], model: constant, R: 1e-4 m^2*K/W}
            transient:
              end: 2000 s
              initial: {T: 77 K, regions: {one: 350 K}}
              probes:
                - {name: hot, region_max: one}
                - {name: cold, region_max: two}
            output: {vtk: false}
            """;

    @Test
    void anInitialTemperaturePerRegionRelaxesToTheHeatCapacityWeightedMean(@TempDir Path dir) throws Exception {
        // Heat capacities ρ c_p V of the slabs (J/K): 4 cm and 6 cm of a 10 mm × 20 mm bar.
        double c1 = 8960 * 385 * (0.04 * 0.01 * 0.02);
        double c2 = 2329 * 705 * (0.06 * 0.01 * 0.02);
        double mean = (c1 * 350 + c2 * 77) / (c1 + c2);
        Path file = write(dir, "insulated.yaml", INSULATED_SLABS);
        List<String> first = null;
        // T for the region not listed, or every region listed: the same field, the same run.
        for (String initial : List.of("{T: 77 K, regions: {one: 350 K}}", "{regions: {two: 77 K, one: 350 K}}")) {
            Path out = dir.resolve("out" + (first == null ? 1 : 2));
            CommandLineTest.Run r = CommandLineTest.run("run", "-q", file.toString(), "-o", out.toString(), "--set",
                    "transient.initial=" + initial);
            assertEquals(Main.OK, r.code(), r.err());
            List<String> csv = Files.readAllLines(out.resolve("probes.csv"));
            assertEquals("time_s,hot_K,cold_K", csv.get(0));
            String[] start = csv.get(1).split(",");
            assertEquals(0, Double.parseDouble(start[0]), 0);
            assertEquals(350, Double.parseDouble(start[1]), 1e-9, "the run starts from the given field");
            assertEquals(77, Double.parseDouble(start[2]), 1e-9, "the run starts from the given field");
            JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
            assertTrue(summary.at("/run/maxEnergyError").asDouble() < 1e-9, summary.toString());
            for (JsonNode region : summary.get("finalRegions")) {
                assertEquals(mean, region.get("min").asDouble(), 1e-6, region.toString());
                assertEquals(mean, region.get("max").asDouble(), 1e-6, region.toString());
            }
            // The energy stored, from the regions' mean temperatures: conserved to round-off.
            double stored = c1 * summary.at("/finalRegions/0/mean").asDouble() + c2 * summary.at("/finalRegions/1/mean").asDouble();
            assertEquals(c1 * 350 + c2 * 77, stored, 1e-9 * (c1 * 350 + c2 * 77));
            if (first == null) first = csv;
            else assertEquals(first, csv);
        }
    }

    @Test
    void anInitialFieldByRegionIsChecked(@TempDir Path dir) throws Exception {
        String file = write(dir, "insulated.yaml", INSULATED_SLABS).toString();
        String[][] cases = {
            {"transient.initial.regions={oen: 350 K}", "transient.initial.regions.oen", "did you mean 'one'"},
            {"transient.initial.regions.one=-5 K", "transient.initial.regions.one", "above 0 K"},
            {"transient.initial.regions.one=0 K", "transient.initial.regions.one", "above 0 K"},
            {"transient.initial.regions.one=3 W", "transient.initial.regions.one", "a temperature"},
            {"transient.initial.regions.one=null", "transient.initial.regions.one", "expected a temperature"},
            {"transient.initial.steady=true", "transient.initial", "not both"},
            {"transient.initial={steady: true, regions: {one: 350 K}}", "transient.initial", "not both"},
            {"transient.initial={regions: {one: 350 K}}", "transient.initial", "no initial temperature for region 'two'"},
            {"transient.initial={steady: false}", "transient.initial", "give either"},
        };
        for (String[] c : cases) {
            for (String command : List.of("check", "run")) {
                String[] args = command.equals("run") ? new String[] {"run", "-q", file, "-o", dir.resolve("o").toString(),
                        "--set", c[0]} : new String[] {"check", file, "--set", c[0]};
                String err = refused(args).err();
                assertTrue(err.contains(c[1]) && err.contains(c[2]), "--set " + c[0] + ": " + err);
                assertEquals(1, err.strip().lines().count(), "one message: " + err);
            }
        }
    }
}
