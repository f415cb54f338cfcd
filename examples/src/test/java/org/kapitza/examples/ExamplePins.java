package org.kapitza.examples;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.kapitza.cli.Settings;

/**
 * Pins every number an example run reports ({@code summary.json}, and {@code probes.csv} of a transient run)
 * so that a restructuring of the code that should not change results can be shown not to: a later run must
 * reproduce each pinned number to 1e-12 relative (issue 10, "results of every example equal to before").
 *
 * <p>The pins live in {@code src/test/resources/pins/}, one file per example and set of overrides. They are
 * written, never edited by hand, by running the example tests with {@code -Dkapitza.pins=write} — which is
 * only right when a change is meant to alter results, and says so in its commit. Reductions add per-thread
 * partial sums in block order, so results are reproducible bit for bit for one thread count only; pins made
 * with another thread count are not compared (the run says so) rather than compared more loosely.
 */
final class ExamplePins {
    /** Relative tolerance of the comparison, the figure. */
    static final double RELATIVE = 1e-12;
    /**
     * Values that are differences of nearly equal numbers (an imbalance of 1e-16 W, a jump that is zero on
     * one interface and 25 K on another) are compared against the largest value of the same key in the run:
     * a floor of 1e-13 of that scale, still far below any physical difference.
     */
    static final double FLOOR_OF_KEY_SCALE = 1e-13;
    /** Keys that are measurements of the machine, not of the physics. */
    private static final Pattern NOT_PHYSICS = Pattern.compile(
            "(?i).*(seconds|time|timing|bytes|memory|elapsed|wall|cpu|threads|iterations|cycles|version|date|file|path|directory).*");

    private static final Path DIRECTORY = Path.of("src/test/resources/pins");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExamplePins() {
    }

    /** Checks (or with {@code -Dkapitza.pins=write}, records) the numbers of a run of {@code caseFile}. */
    static void check(Path caseFile, List<String> overrides, Path output) throws IOException {
        Path summary = output.resolve("summary.json");
        if (!Files.isRegularFile(summary)) return;
        Map<String, Double> now = numbers(summary, output.resolve("probes.csv"));
        Path pin = DIRECTORY.resolve(key(caseFile, overrides) + ".json");
        int threads = Settings.load().threads();
        if ("write".equals(System.getProperty("kapitza.pins"))) {
            Files.createDirectories(DIRECTORY);
            ObjectNode root = JSON.createObjectNode();
            root.put("case", caseFile.toString().replace('\\', '/'));
            root.put("overrides", String.join(" ", overrides));
            root.put("threads", threads);
            ObjectNode values = root.putObject("values");
            now.forEach(values::put);
            JSON.writerWithDefaultPrettyPrinter().writeValue(pin.toFile(), root);
            return;
        }
        if (!Files.isRegularFile(pin)) return;
        JsonNode root = JSON.readTree(pin.toFile());
        if (root.path("threads").asInt() != threads) {
            System.err.println("pins " + pin + " were made with " + root.path("threads").asInt() + " threads, this run has "
                    + threads + ": reductions differ in the last bits, not compared");
            return;
        }
        Map<String, Double> pinned = new LinkedHashMap<>();
        root.path("values").fields().forEachRemaining(e -> pinned.put(e.getKey(), e.getValue().asDouble()));
        List<String> wrong = compare(pinned, now);
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " pinned number(s) of " + caseFile + " " + overrides + " changed (" + pin + "):\n  "
                    + String.join("\n  ", wrong.subList(0, Math.min(20, wrong.size()))));
        }
    }

    /** The differences beyond the tolerance, one line each; keys missing on either side count too. */
    static List<String> compare(Map<String, Double> pinned, Map<String, Double> now) {
        Map<String, Double> scale = new LinkedHashMap<>();
        for (var e : pinned.entrySet()) scale.merge(leaf(e.getKey()), Math.abs(e.getValue()), Math::max);
        List<String> wrong = new ArrayList<>();
        for (var e : pinned.entrySet()) {
            Double b = now.get(e.getKey());
            double a = e.getValue();
            if (b == null) {
                wrong.add(e.getKey() + ": pinned " + a + ", now missing");
                continue;
            }
            if (Double.isNaN(a) && Double.isNaN(b)) continue;
            double tol = RELATIVE * Math.max(Math.abs(a), Math.abs(b)) + FLOOR_OF_KEY_SCALE * scale.get(leaf(e.getKey()));
            if (!(Math.abs(a - b) <= tol)) {
                wrong.add(e.getKey() + ": pinned " + a + ", now " + b + " (relative " + Math.abs(a - b) / Math.abs(a) + ")");
            }
        }
        for (String k : now.keySet()) {
            if (!pinned.containsKey(k)) wrong.add(k + ": new, " + now.get(k) + " (not pinned)");
        }
        return wrong;
    }

    /** Every number of the summary by its JSON path, and the probe table's rows by row and column. */
    static Map<String, Double> numbers(Path summary, Path probes) throws IOException {
        Map<String, Double> out = new LinkedHashMap<>();
        collect(JSON.readTree(summary.toFile()), "", out);
        if (Files.isRegularFile(probes)) {
            List<String> lines = Files.readAllLines(probes, StandardCharsets.UTF_8);
            String[] header = lines.get(0).split(",");
            // A long run's table is sampled (every k-th row and the last) so the pin files stay small.
            int rows = lines.size() - 1;
            int stride = Math.max(1, rows / 200);
            for (int r = 1; r <= rows; r++) {
                if ((r - 1) % stride != 0 && r != rows) continue;
                String[] cells = lines.get(r).split(",");
                for (int c = 0; c < cells.length && c < header.length; c++) {
                    try {
                        out.put("probes[" + r + "]." + header[c].trim(), Double.parseDouble(cells[c]));
                    } catch (NumberFormatException notANumber) {
                        // a text column (a phase name, say) is not pinned
                    }
                }
            }
        }
        return out;
    }

    private static void collect(JsonNode node, String path, Map<String, Double> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (!NOT_PHYSICS.matcher(e.getKey()).matches()) collect(e.getValue(), path + "." + e.getKey(), out);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) collect(node.get(i), path + "[" + i + "]", out);
        } else if (node.isNumber()) {
            out.put(path, node.asDouble());
        }
    }

    private static String leaf(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? key : key.substring(dot + 1);
    }

    /** The example's directory name and, for a variant, a digest of its file and its overrides. */
    private static String key(Path caseFile, List<String> overrides) throws IOException {
        Path dir = caseFile.toAbsolutePath().normalize().getParent();
        boolean shipped = dir.getParent() != null && dir.getParent().equals(Path.of("").toAbsolutePath())
                && caseFile.getFileName().toString().equals("case.yaml");
        String name = shipped ? dir.getFileName().toString() : "variant-" + caseFile.getFileName().toString().replace(".yaml", "");
        if (!shipped || !overrides.isEmpty()) {
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                if (!shipped) md.update(Files.readAllBytes(caseFile));
                md.update(String.join("\n", overrides).getBytes(StandardCharsets.UTF_8));
                name += "-" + HexFormat.of().formatHex(md.digest()).substring(0, 10);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return name;
    }
}
