package org.kapitza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, tried as a new user would: each mistake gives exit code 2 and one clear message. */
class CommandLineTest {
    private static Path everything;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void locate() throws Exception {
        everything = Path.of(CommandLineTest.class.getResource("/cases/everything.yaml").toURI());
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8), args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run refused(String... args) {
        Run r = run(args);
        assertEquals(Main.INVALID_INPUT, r.code(), "exit code; stderr: " + r.err() + " stdout: " + r.out());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertTrue(!r.err().contains("\tat org."), "no stack trace: " + r.err());
        return r;
    }

    @Test
    void aCaseUsingEveryKeyIsValid() {
        Run r = run("check", everything.toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("The case is valid"), r.out());
        assertTrue(r.out().contains("Memory estimate"), r.out());
    }

    @Test
    void missingFileDirectoryEmptyFileAndBinaryGarbage(@TempDir Path dir) throws Exception {
        assertTrue(refused("run", dir.resolve("nope.yaml").toString()).err().contains("no such file"));
        assertTrue(refused("run", dir.toString()).err().contains("is a directory"));
        Path empty = Files.writeString(dir.resolve("empty.yaml"), "\n  \n");
        assertTrue(refused("run", empty.toString()).err().contains("is empty"));
        Path binary = Files.write(dir.resolve("garbage.yaml"), new byte[] {0x7f, 'E', 'L', 'F', 0, 1, 2, (byte) 0xff});
        assertTrue(refused("check", binary.toString()).err().contains("not a text file"));
        Path latin1 = Files.write(dir.resolve("latin1.yaml"), new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xe9});
        assertTrue(refused("check", latin1.toString()).err().contains("not UTF-8"));
    }

    @Test
    void aYamlSyntaxErrorNamesTheLine(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: x\nmesh:\n  stack: {base: {x: 1, y: 1}, layers: [}\n");
        String err = refused("check", bad.toString()).err();
        assertTrue(err.contains("bad.yaml:3") && err.contains("not valid YAML"), err);
    }

    /** Every key of a case that uses them all, misspelled in turn, is refused with a suggestion. */
    @Test
    void everyMisspelledKeyIsRefusedWithASuggestion(@TempDir Path dir) throws Exception {
        everyKeyMisspelled(everything, dir, 80);
    }

    /**
     * The same over grid cases that use every grid-only key: axes by nodes and by from/to/cells/ratio,
     * cross_section and depth, the four region shapes, polycrystals by mean size, regular sizes, in a box
     * and periodic, grain-boundary distributions, a power boundary and a source density.
     */
    @Test
    void everyMisspelledKeyOfAGridCaseIsRefusedWithASuggestion(@TempDir Path dir) throws Exception {
        Path grid = Path.of(CommandLineTest.class.getResource("/cases/everything-grid.yaml").toURI());
        List<String> keys = everyKeyMisspelled(grid, dir, 70);
        for (String k : List.of("mesh.grid.x.ratio", "mesh.grid.y.nodes", "mesh.grid.depth", "mesh.grid.regions[0].box.z",
                "mesh.grid.regions[1].half_space.normal", "mesh.grid.regions[2].cylinder.radius",
                "mesh.grid.regions[3].sphere.centre", "mesh.polycrystals[0].mean_size", "mesh.polycrystals[0].periodic",
                "mesh.polycrystals[0].box.x", "mesh.polycrystals[1].regular.size", "mesh.polycrystals[2].regular.sizes",
                "mesh.polycrystals[3].regular.columns", "grain_boundaries[0].kind", "grain_boundaries[0].min",
                "grain_boundaries[0].max", "grain_boundaries[0].seed", "grain_boundaries[1].mean", "grain_boundaries[1].std",
                "boundaries[1].P", "sources[0].density")) {
            assertTrue(keys.contains(k), "the grid case uses " + k);
        }
        Path oneD = Path.of(CommandLineTest.class.getResource("/cases/everything-grid-1d.yaml").toURI());
        assertTrue(everyKeyMisspelled(oneD, dir, 10).contains("mesh.grid.cross_section"));
        Path threeD = Path.of(CommandLineTest.class.getResource("/cases/everything-grid-3d.yaml").toURI());
        assertTrue(everyKeyMisspelled(threeD, dir, 15).contains("mesh.grid.z.nodes"));
    }

    /**
     * The same over the transient case that uses every transient key (materials' rho and cp, tables in
     * time, a power trace, the transient block, probes with a threshold). The names under
     * transient.initial.regions are region names, not keys of the format: a misspelt one is refused as an
     * unknown region (TransientCaseTest), so they are not renamed here.
     */
    @Test
    void everyMisspelledKeyOfATransientCaseIsRefusedWithASuggestion(@TempDir Path dir) throws Exception {
        Path transientCase = Path.of(CommandLineTest.class.getResource("/cases/everything-transient.yaml").toURI());
        Files.copy(transientCase.resolveSibling("bursts.ptrace"), dir.resolve("bursts.ptrace"));
        List<String> keys = everyKeyMisspelled(transientCase, dir, 40, p -> p.startsWith("transient.initial.regions."));
        for (String k : List.of("transient.end", "transient.integrator", "transient.tolerance", "transient.step.initial",
                "transient.step.min", "transient.step.max", "transient.initial.T", "transient.initial.regions",
                "transient.output.every", "transient.probes[0].point", "transient.probes[1].region_max",
                "transient.probes[2].patch_mean", "transient.probes[3].interface_jump", "transient.checkpoint_every",
                "materials[0].rho", "materials[0].cp", "sources[1].trace.file", "sources[1].trace.interval",
                "boundaries[0].T.interpolation")) {
            assertTrue(keys.contains(k), "the transient case uses " + k);
        }
        assertTrue(keys.stream().anyMatch(k -> k.endsWith(".threshold")), "a probe threshold: " + keys);
    }

    /** A 1D grid takes cross_section, a 2D grid depth; elsewhere they would be silently ignored, so refused. */
    @Test
    void crossSectionAndDepthOnlyWhereTheyApply() throws Exception {
        Path grid = Path.of(CommandLineTest.class.getResource("/cases/everything-grid.yaml").toURI());
        Path threeD = Path.of(CommandLineTest.class.getResource("/cases/everything-grid-3d.yaml").toURI());
        assertTrue(refused("check", grid.toString(), "--set", "mesh.grid.cross_section=[1, 1]").err()
                .contains("mesh.grid.cross_section: applies to a 1D grid"));
        assertTrue(refused("check", threeD.toString(), "--set", "mesh.grid.depth=1 mm").err()
                .contains("mesh.grid.depth: applies to a 2D grid"));
    }

    /** Renames every key of a case in turn; each is refused naming the typo and the key meant. Returns the keys. */
    private static List<String> everyKeyMisspelled(Path caseFile, Path dir, int atLeast) throws Exception {
        return everyKeyMisspelled(caseFile, dir, atLeast, p -> false);
    }

    /** As above, leaving out the paths {@code notKeys} names (names the user chooses, such as map keys). */
    private static List<String> everyKeyMisspelled(Path caseFile, Path dir, int atLeast,
                                                   java.util.function.Predicate<String> notKeys) throws Exception {
        YAMLMapper yaml = new YAMLMapper();
        JsonNode original = yaml.readTree(caseFile.toFile());
        List<String> paths = new ArrayList<>();
        collect(original, "", paths);
        paths.removeIf(notKeys);
        assertTrue(paths.size() > atLeast, "the case covers many keys: " + paths.size());
        int checked = 0;
        for (String path : paths) {
            JsonNode copy = original.deepCopy();
            String key = rename(copy, path);
            String typo = typo(key);
            Path file = dir.resolve(caseFile.getFileName().toString().replace(".yaml", "") + "-typo-" + checked++ + ".yaml");
            Files.writeString(file, yaml.writeValueAsString(copy));
            Run r = run("check", file.toString());
            assertEquals(Main.INVALID_INPUT, r.code(), path + " → " + typo + ": " + r.err() + r.out());
            boolean typeKey = key.equals("model") || key.equals("type");
            assertTrue(typeKey ? r.err().contains("missing key '" + key + "'")
                            : r.err().contains("unknown key '" + typo + "'") && r.err().contains("did you mean '" + key + "'"),
                    path + " → " + typo + ": " + r.err());
            assertTrue(r.err().contains(file.getFileName() + ":"), "names the file and line: " + r.err());
        }
        return paths;
    }

    private static void collect(JsonNode node, String prefix, List<String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
                out.add(p);
                collect(e.getValue(), p, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) collect(node.get(i), prefix + "[" + i + "]", out);
        }
    }

    /** Renames the key at a path to its typo, keeping its place; returns the original key. */
    private static String rename(JsonNode root, String path) {
        String[] parts = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < parts.length - 1; i++) node = step(node, parts[i]);
        String key = parts[parts.length - 1];
        ObjectNode obj = (ObjectNode) node;
        ObjectNode rebuilt = obj.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            rebuilt.set(e.getKey().equals(key) ? typo(key) : e.getKey(), e.getValue());
        }
        obj.removeAll();
        obj.setAll(rebuilt);
        return key;
    }

    private static JsonNode step(JsonNode node, String part) {
        int bracket = part.indexOf('[');
        JsonNode n = node.get(bracket < 0 ? part : part.substring(0, bracket));
        while (bracket >= 0) {
            int close = part.indexOf(']', bracket);
            n = ((ArrayNode) n).get(Integer.parseInt(part.substring(bracket + 1, close)));
            bracket = part.indexOf('[', close);
        }
        return n;
    }

    /** A plausible typo: the last two letters swapped, or a letter doubled for one-letter keys. */
    private static String typo(String key) {
        if (key.length() < 2) return key + key;
        int n = key.length();
        String t = key.substring(0, n - 2) + key.charAt(n - 1) + key.charAt(n - 2);
        return t.equals(key) ? key + "s" : t;
    }

    @Test
    void unitsOfTheWrongKindAreNamed() {
        String err = refused("check", everything.toString(), "--set", "mesh.stack.layers[0].thickness=2 W").err();
        assertTrue(err.contains("mesh.stack.layers[0].thickness") && err.contains("a power") && err.contains("a length"), err);
        String unknown = refused("check", everything.toString(), "--set", "boundaries[0].h=1000 W/furlong^2/K").err();
        assertTrue(unknown.contains("unknown unit"), unknown);
    }

    @Test
    void aMeshTooLargeForMemoryIsRefusedBeforeAllocating() {
        long before = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        String err = refused("check", everything.toString(), "--set", "mesh.stack.base.cells=[100000, 100000]").err();
        assertTrue(err.contains("e+10 cells") && err.contains("TB") && err.contains("mesh.stack"), err);
        long after = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        assertTrue(after - before < 500L << 20, "nothing large was allocated");
    }

    @Test
    void anOutputDirectoryThatCannotBeWrittenIsRefusedBeforeSolving(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
        String err = refused("run", "-q", everything.toString(), "-o", file.resolve("results").toString()).err();
        assertTrue(err.contains("cannot be written: Not a directory") && err.contains("-o DIR"), err);
        if (Files.isDirectory(Path.of("/proc/self"))) {
            String proc = refused("run", "-q", everything.toString(), "-o", "/proc/x").err();
            assertTrue(proc.contains("/proc/x cannot be written: No such file or directory;"), proc);
        }
    }

    /** Messages shall name the key path once, and say what is wrong in the terms of the mesh at hand. */
    @Test
    void messagesNameTheKeyOnceAndFitTheKindOfMesh() throws Exception {
        Path twoSlab = Path.of(CommandLineTest.class.getResource("/cases/two-slab.yaml").toURI());
        String nodes = refused("check", twoSlab.toString(), "--set", "mesh.grid.x={nodes: [0, 0.5, 0.5, 1]}").err();
        assertTrue(nodes.contains("mesh.grid.x.nodes: coordinates must increase strictly, but [1] = 0.5 and [2] = 0.5"), nodes);
        assertEquals(nodes.indexOf("mesh.grid.x.nodes"), nodes.lastIndexOf("mesh.grid.x.nodes"), nodes);
        String patch = refused("check", twoSlab.toString(), "--set", "mesh.grid.regions[0].box.x=[0.2, 0.5]").err();
        assertTrue(patch.contains("boundaries[0].patch") && patch.contains("'xmin' has no faces: no active cell touches it")
                && !patch.contains("layers"), patch);
    }

    @Test
    void valuesSetOnTheCommandLineAreCheckedLikeTheFile() {
        String err = refused("check", everything.toString(), "--set", "interfaces[7].R=1").err();
        assertTrue(err.contains("--set interfaces[7].R=1") && err.contains("2 entries"), err);
        String bad = refused("check", everything.toString(), "--set", "solver.preconditioner=ilu").err();
        assertTrue(bad.contains("solver.preconditioner") && bad.contains("set on the command line"), bad);
    }

    /** check shall refuse what run refuses before solving: no fixed temperature or convection, no steady state. */
    @Test
    void checkRefusesAProblemWithoutAUniqueSteadyStateAsRunDoes(@TempDir Path dir) throws Exception {
        Path twoSlab = Path.of(CommandLineTest.class.getResource("/cases/two-slab.yaml").toURI());
        for (String command : List.of("check", "run")) {
            String[] noOutput = command.equals("run") ? new String[] {"-q", "-o", dir.toString()} : new String[0];
            String none = refused(concat(new String[] {command, twoSlab.toString(), "--set", "boundaries=[]"}, noOutput)).err();
            assertTrue(none.contains("is undetermined") && none.contains("left, right"), command + ": " + none);
            String flux = refused(concat(new String[] {command, twoSlab.toString(), "--set",
                    "boundaries=[{patch: xmin, type: flux, q: 100 W/m^2}]"}, noOutput)).err();
            assertTrue(flux.contains("no steady state") && flux.contains("100 W of heat enter"), command + ": " + flux);
        }
        String noSink = refused("check", everything.toString(), "--set", "boundaries=[]").err();
        assertTrue(noSink.contains("no steady state"), noSink);
    }

    /** Temperatures at or below absolute zero shall be refused wherever a temperature is read. */
    @Test
    void temperaturesAtOrBelowAbsoluteZeroAreRefused(@TempDir Path dir) throws Exception {
        Path twoSlab = Path.of(CommandLineTest.class.getResource("/cases/two-slab.yaml").toURI());
        Path transientCase = Path.of(CommandLineTest.class.getResource("/cases/everything-transient.yaml").toURI());
        String[][] cases = {
                {twoSlab.toString(), "boundaries[0].T=-5 K", "boundaries[0].T", "'-5 K'"},
                {twoSlab.toString(), "boundaries[0].T=0", "boundaries[0].T", "'0'"},
                {twoSlab.toString(), "boundaries[0].T=-300 degC", "boundaries[0].T", "-26.85 K"},
                {twoSlab.toString(), "boundaries[1]={patch: xmax, type: convection, h: 10, T_inf: -1 K}", "boundaries[1].T_inf", "'-1 K'"},
                {twoSlab.toString(), "solver={initial_temperature: -3 K}", "solver.initial_temperature", "'-3 K'"},
                {twoSlab.toString(), "materials[0].k={table: {T: [100 K, -1 K], k: [1, 2]}}", "materials[0].k.table.T[1]", "'-1 K'"},
                {twoSlab.toString(), "materials[0].k={power_law: {k_ref: 1, T_ref: 0 K, exponent: 1, range: [1 K, 2 K]}}",
                        "materials[0].k.power_law.T_ref", "'0 K'"},
                {twoSlab.toString(), "interfaces[0]={between: [left, right], model: power-law, R_ref: 0.1, T_ref: -300}",
                        "interfaces[0].T_ref", "'-300'"},
                {transientCase.toString(), "boundaries[0].T={t: [0, 1 ms], value: [300 K, -1 K]}", "boundaries[0].T", "'-1 K'"},
                {transientCase.toString(), "transient.initial={T: -20 K}", "transient.initial.T", "'-20 K'"},
                {transientCase.toString(), "transient.initial.regions.die=-20 K", "transient.initial.regions.die", "'-20 K'"},
                {transientCase.toString(), "materials[1].cp={table: {T: [0 K, 300 K], cp: [1, 2]}}", "materials[1].cp", "'0 K'"},
        };
        for (String[] c : cases) {
            for (String command : List.of("check", "run")) {
                String[] args = command.equals("run") ? new String[] {"run", "-q", c[0], "-o", dir.toString(), "--set", c[1]}
                        : new String[] {"check", c[0], "--set", c[1]};
                String err = refused(args).err();
                assertTrue(err.contains(c[2]) && err.contains(c[3]) && err.contains("above 0 K")
                        && err.contains("e.g. 300 K"), c[1] + ": " + err);
            }
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void aSolveThatDoesNotConvergeExitsWithThree(@TempDir Path dir) {
        Run r = run("run", "-q", everything.toString(), "-o", dir.toString(), "--set", "solver.max_iterations=2",
                "--set", "solver.preconditioner=jacobi");
        assertEquals(Main.NOT_CONVERGED, r.code(), r.err());
        assertTrue(r.err().contains("residual history"), r.err());
    }

    @Test
    void helpVersionAndUnknownOptions() {
        assertEquals(Main.OK, run("--help").code());
        Run v = run("--version");
        assertEquals(Main.OK, v.code());
        assertTrue(v.out().startsWith("kapitza "), v.out());
        assertEquals(Main.INVALID_INPUT, run("run", "--frobnicate", everything.toString()).code());
        assertEquals(Main.OK, run("materials").code());
    }

    @Test
    void aRunWritesItsResultsAndTable(@TempDir Path dir) {
        Run r = run("run", "-q", everything.toString(), "-o", dir.toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("Energy balance") && r.out().contains("j1"), r.out());
        for (String f : List.of("summary.json", "interfaces.csv", "profile.csv", "profile.png")) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f);
        }
    }
}
