package org.kapitza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded mutator of bad input: every example case and every {@code everything*.yaml} test case, with
 * keys deleted, duplicated, retyped and renamed, units made wrong, numbers made negative, zero, huge,
 * beyond a double or not a number, and the YAML itself broken. Each mutation that {@code kapitza check}
 * does not accept must be refused as a user's mistake: exit code 2, one line, no stack trace, the file
 * (with its line) or the --set named, and {@code kapitza run} (tried on every tenth) must refuse it the
 * same way without creating its output directory. A mutation that is still a valid case is counted and skipped, not asserted.
 *
 * <p>{@code -Dkapitza.mutations=N} sets the number (default 2000); the seed is fixed, so a failure
 * repeats. The figures (mutations, refusals, distinct messages, the share that name a key) are printed.
 */
class MutatedCaseTest {
    private static final int MUTATIONS = Integer.getInteger("kapitza.mutations", 2000);
    private static final YAMLMapper YAML = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();
    /** "file:LINE: key.path: ..." or "file: key.path: ... (set on the command line: --set ...)". */
    private static final Pattern LOCATED_KEY = Pattern.compile("error: [^:]+\\.yaml:\\d+: [A-Za-z_\\[\\]0-9.<>-]+: .*");
    private static final Pattern LOCATED_LINE = Pattern.compile("error: [^:]+\\.(yaml|ptrace):\\d+: .*");

    @Test
    void everyMutationIsRunOrRefusedWithOneClearLine(@TempDir Path dir) throws Exception {
        List<Path> sources = sources();
        assertTrue(sources.size() >= 10, "examples and everything*.yaml: " + sources);
        Map<Path, JsonNode> trees = new LinkedHashMap<>();
        Map<Path, String> texts = new LinkedHashMap<>();
        for (Path s : sources) {
            texts.put(s, Files.readString(s));
            trees.put(s, YAML.readTree(texts.get(s)));
        }
        Random random = new Random(20261202);
        int valid = 0;
        int refused = 0;
        int withKey = 0;
        int withLine = 0;
        int confirmedByRun = 0;
        Set<String> keyless = new TreeSet<>();
        Map<String, Integer> kinds = new TreeMap<>();
        Set<String> messages = new TreeSet<>();
        List<String> failures = new ArrayList<>();
        for (int m = 0; m < MUTATIONS; m++) {
            Path source = sources.get(m % sources.size());
            Path work = dir.resolve("m" + (m % 50));
            if (!Files.isDirectory(work)) Files.createDirectories(work);
            copySiblings(source, work);
            Path file = work.resolve("case-" + m + ".yaml");
            String kind = mutate(random, trees.get(source), texts.get(source), file);
            CaseRun check = call("check", file.toString());
            if (check.code == Main.OK) {
                valid++;
                continue;
            }
            refused++;
            kinds.merge(kind, 1, Integer::sum);
            String err = check.err.strip();
            String problem = problem(kind, source, file, check, err);
            // run refuses what check refuses (the same code builds the case); confirmed on every tenth, to keep the test fast.
            if (problem == null && refused % 10 == 1) {
                confirmedByRun++;
                Path out = work.resolve("out-" + m);
                CaseRun run = call("run", "-q", file.toString(), "-o", out.toString());
                if (run.code != check.code || !run.err.strip().equals(err)) {
                    problem = "run differs from check: " + run.code + " " + run.err.strip();
                } else if (Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    problem = "run created " + out;
                } else if (leftovers(work)) {
                    problem = "run left files beside the output";
                }
            }
            if (problem != null) failures.add(kind + " of " + source.getFileName() + " (" + file + "): " + problem);
            if (LOCATED_KEY.matcher(err).matches() || err.contains("(set on the command line: --set")) {
                withKey++;
            } else if (!kind.equals("broken-yaml") && keyless.size() < 12) {
                keyless.add(kind + ": " + err.replace(file.toString(), "<case>"));
            }
            if (LOCATED_LINE.matcher(err).matches() || LOCATED_KEY.matcher(err).matches()) withLine++;
            messages.add(err.replace(file.toString(), "<case>").replaceAll(":\\d+:", ":<line>:"));
            if (refused % 200 == 0) Files.deleteIfExists(file);
        }
        System.out.printf(java.util.Locale.ROOT, "Mutated cases: %d run from %d files, %d still valid (skipped), %d refused"
                        + " (exit 2, one line, no trace, nothing written: %d), %d distinct messages, %d naming file:line and key"
                        + " (%.1f %%), %d naming file:line (%.1f %%); %d also run (refused alike, no output); refused by kind %s%n",
                MUTATIONS, sources.size(), valid, refused, refused - failures.size(), messages.size(), withKey,
                100.0 * withKey / Math.max(1, refused), withLine, 100.0 * withLine / Math.max(1, refused), confirmedByRun, kinds);
        System.out.println("Refusals of well-formed YAML that name no key, for instance:\n  " + String.join("\n  ", keyless));
        assertTrue(failures.isEmpty(), failures.size() + " mutations not refused cleanly, e.g.:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        assertTrue(refused > MUTATIONS / 3, "most mutations are bad input: " + refused);
    }

    /** What is wrong with a refusal, or null when it is one clear line. */
    private static String problem(String kind, Path source, Path file, CaseRun r, String err) {
        if (r.code != Main.INVALID_INPUT) return "exit code " + r.code + ": " + err;
        if (!err.startsWith("error: ")) return "not an error line: " + err;
        if (err.contains("\n")) return "more than one line: " + err;
        if (err.contains("\tat ") || err.contains("Exception") || err.contains("Event(")) return "internals: " + err;
        if (!err.contains(file.getFileName().toString()) && !err.contains("--set")) {
            // Files named inside the case (power traces) may be the ones at fault.
            if (!err.contains(".ptrace")) return "the case file is not named: " + err;
        }
        return null;
    }

    private static boolean leftovers(Path work) throws Exception {
        try (Stream<Path> s = Files.list(work)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("."));
        }
    }

    // ---- the mutations ----------------------------------------------------------------------------------

    private static final String[] WRONG_UNITS = {"3 furlong", "5 kg", "2 W", "1 K", "7 m", "4 s", "1 Pa", "2 W/m^2", "9 J/kg/K",
            "1 m^2*K/W", "abc", "1e", "1 W/m/K/K/K", "-0", "12 degC", "3 ms", "2 um"};
    private static final String[] BAD_NUMBERS = {"-1", "0", "-1e-300", "1e300", "1e400", "-1e400", ".nan", ".inf", "-.inf",
            "1e-320", "2147483648", "-2147483649", "99999999999999999999", "0x10", "1_000", "NaN", "Infinity"};

    /** Writes a mutation of the case to {@code file} and says what kind it is. */
    private static String mutate(Random random, JsonNode original, String text, Path file) throws Exception {
        int op = random.nextInt(10);
        if (op >= 8) {
            String broken = brokenYaml(random, text);
            Files.writeString(file, broken);
            return "broken-yaml";
        }
        JsonNode tree = original.deepCopy();
        List<String[]> paths = new ArrayList<>();
        collect(tree, "", paths);
        String[] target = paths.get(random.nextInt(paths.size()));
        JsonNode parent = at(tree, target[0]);
        String key = target[1];
        String kind;
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode replacement = null;
        switch (op) {
            case 0 -> {
                kind = "delete";
                if (parent instanceof ObjectNode o) o.remove(key);
                else ((ArrayNode) parent).remove(Integer.parseInt(key));
            }
            case 1 -> {
                kind = "rename";
                if (parent instanceof ObjectNode o) {
                    JsonNode v = o.remove(key);
                    o.set(renamed(random, key), v);
                } else {
                    replacement = f.textNode("bogus");
                }
            }
            case 2 -> {
                kind = "retype";
                JsonNode[] others = {f.textNode("abc"), f.numberNode(7), f.booleanNode(true), f.arrayNode().add(1),
                        f.objectNode().put("a", 1), f.nullNode(), f.arrayNode(), f.objectNode(), f.textNode("")};
                replacement = others[random.nextInt(others.length)];
            }
            case 3 -> {
                kind = "bad-unit";
                replacement = f.textNode(WRONG_UNITS[random.nextInt(WRONG_UNITS.length)]);
            }
            case 4, 5 -> {
                kind = "bad-number";
                String n = BAD_NUMBERS[random.nextInt(BAD_NUMBERS.length)];
                // Written as a plain scalar (not quoted) below, so YAML reads it as it would in a file.
                replacement = f.textNode("@@" + n + "@@");
            }
            case 6 -> {
                kind = "duplicate-key";
                String yaml = YAML.writeValueAsString(tree);
                String[] lines = yaml.split("\n", -1);
                int i = random.nextInt(Math.max(1, lines.length - 1));
                List<String> out = new ArrayList<>(List.of(lines));
                if (lines[i].contains(":")) out.add(i + 1, lines[i]);
                else out.add(i + 1, lines[i].replaceFirst("\\S.*", "name: twice"));
                Files.writeString(file, String.join("\n", out));
                return kind;
            }
            default -> {
                kind = "swap-values";
                String[] other = paths.get(random.nextInt(paths.size()));
                replacement = at(tree, other[0]) instanceof ObjectNode o2 ? o2.get(other[1])
                        : at(tree, other[0]).get(Integer.parseInt(other[1]));
                if (replacement != null) replacement = replacement.deepCopy();
            }
        }
        if (replacement != null) {
            if (parent instanceof ObjectNode o) o.set(key, replacement);
            else ((ArrayNode) parent).set(Integer.parseInt(key), replacement);
        }
        String yaml = YAML.writeValueAsString(tree).replaceAll("[\"']?@@([^@]*)@@[\"']?", "$1");
        Files.writeString(file, yaml);
        return kind;
    }

    private static String brokenYaml(Random random, String text) {
        String[] breaks = {"\t", ": [", "}", "{", "- ", "&", "*x", "!!binary ", "? ", "---\n", "\"", "'", "%YAML 1.1\n", ":", "|\n",
                "\u0000", "\ufeff", "#", ",", "]"};
        StringBuilder s = new StringBuilder(text);
        int n = 1 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            int at = random.nextInt(s.length() + 1);
            if (random.nextBoolean() && s.length() > 0) {
                s.deleteCharAt(Math.min(at, s.length() - 1));
            } else {
                s.insert(at, breaks[random.nextInt(breaks.length)]);
            }
        }
        return s.toString();
    }

    private static String renamed(Random random, String key) {
        return switch (random.nextInt(4)) {
            case 0 -> key + "s";
            case 1 -> key.length() > 1 ? key.substring(1) : key + key;
            case 2 -> key.toUpperCase(java.util.Locale.ROOT);
            default -> key.replace('_', '-') + "x";
        };
    }

    /** Every (parent path, key or index) in the tree, the root excepted. */
    private static void collect(JsonNode node, String path, List<String[]> out) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(k -> {
                out.add(new String[] {path, k});
                collect(node.get(k), path + "/" + k.replace("~", "~0").replace("/", "~1"), out);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new String[] {path, String.valueOf(i)});
                collect(node.get(i), path + "/" + i, out);
            }
        }
    }

    private static JsonNode at(JsonNode root, String pointer) {
        return pointer.isEmpty() ? root : root.at(pointer);
    }

    // ---- plumbing -----------------------------------------------------------------------------------------

    private record CaseRun(int code, String out, String err) {
    }

    private static CaseRun call(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
        return new CaseRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The examples' cases (from the examples module beside this one) and the everything*.yaml test cases. */
    private static List<Path> sources() throws Exception {
        List<Path> out = new ArrayList<>();
        Path cases = Path.of(MutatedCaseTest.class.getResource("/cases/everything.yaml").toURI()).getParent();
        try (Stream<Path> s = Files.list(cases)) {
            s.filter(p -> p.getFileName().toString().matches("everything.*\\.yaml|two-slab\\.yaml")).sorted().forEach(out::add);
        }
        Path examples = Path.of("").toAbsolutePath().resolveSibling("examples");
        if (Files.isDirectory(examples)) {
            try (Stream<Path> s = Files.list(examples)) {
                s.map(d -> d.resolve("case.yaml")).filter(Files::isRegularFile).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /** Files a case names (power traces, HotSpot floorplans and layer files, Gmsh meshes) beside the mutated copy. */
    private static void copySiblings(Path source, Path work) throws Exception {
        try (Stream<Path> s = Files.list(source.getParent())) {
            for (Path p : s.filter(p -> p.getFileName().toString().matches(".*\\.(ptrace|flp|lcf|msh)")).toList()) {
                Path to = work.resolve(p.getFileName());
                if (!Files.exists(to)) Files.copy(p, to);
            }
        }
    }

    @Test
    void theMutatorReachesEverySource() throws Exception {
        List<Path> sources = sources();
        assertTrue(sources.stream().anyMatch(p -> p.toString().contains("examples")), "examples found: " + sources);
        assertFalse(sources.isEmpty());
        assertEquals(sources.size(), Set.copyOf(sources).size());
    }
}
