package org.kapitza.io.hotspot;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kapitza.io.casefile.CaseFileException;

/**
 * A HotSpot layer configuration file ({@code .lcf}, the grid model's {@code -grid_layer_file}): seven
 * significant lines per layer (blank lines and {@code #} lines skipped): layer number, lateral heat flow
 * (Y/N), power dissipation (Y/N), volumetric heat capacity (J/(m³K)), resistivity (m·K/W, the inverse of
 * k), thickness (m), floorplan file. Layer 0 is the top of the stack, farthest from the heat sink; the
 * last layer sits on the spreader (HotSpot 6, temperature_grid.c, {@code parse_layer_file},
 * {@code append_package_layers}). Floorplan paths are relative to the lcf file.
 */
public final class LayerConfigFile {
    /** One layer as the file gives it. */
    public record Layer(int number, boolean lateral, boolean power, double heatCapacity, double resistivity,
                        double thickness, Path floorplan, int line) {
    }

    private LayerConfigFile() {
    }

    /** The layers in order of their numbers (0 first: the top). */
    public static List<Layer> read(Path path) {
        String name = path.toString();
        if (!Files.isRegularFile(path)) throw new CaseFileException(name, 0, null, "no HotSpot layer configuration file here");
        List<String> words = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                words.add(t.split("\\s+")[0]);
                lineOf.add(lineNo);
            }
        } catch (IOException e) {
            throw new CaseFileException(name, 0, null, "cannot be read: " + e.getMessage());
        }
        if (words.isEmpty() || words.size() % 7 != 0) {
            throw new CaseFileException(name, 0, null, "has " + words.size() + " significant lines; a layer file gives seven per"
                    + " layer (number, lateral Y/N, power Y/N, heat capacity, resistivity, thickness, floorplan)");
        }
        int n = words.size() / 7;
        Layer[] layers = new Layer[n];
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            int b = 7 * i;
            int number = (int) num(words, lineOf, b, name, "layer number", true);
            if (number < 0 || number >= n || !seen.add(number)) {
                throw new CaseFileException(name, lineOf.get(b), null, "layer number " + words.get(b) + " must be unique and"
                        + " between 0 and " + (n - 1) + " (the file describes " + n + " layers)");
            }
            boolean lateral = yesNo(words, lineOf, b + 1, name, "lateral heat flow");
            boolean power = yesNo(words, lineOf, b + 2, name, "power dissipation");
            double cap = num(words, lineOf, b + 3, name, "heat capacity J/(m^3 K)", false);
            double res = num(words, lineOf, b + 4, name, "resistivity m K/W", false);
            double t = num(words, lineOf, b + 5, name, "thickness m", false);
            Path flp = path.toAbsolutePath().getParent().resolve(words.get(b + 6));
            layers[number] = new Layer(number, lateral, power, cap, res, t, flp, lineOf.get(b));
        }
        return List.of(layers);
    }

    private static double num(List<String> w, List<Integer> lines, int i, String file, String what, boolean integer) {
        try {
            double v = integer ? Integer.parseInt(w.get(i)) : Double.parseDouble(w.get(i));
            if (integer || v > 0 && Double.isFinite(v)) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CaseFileException(file, lines.get(i), null, what + " '" + w.get(i) + "' is not " + (integer ? "a whole number"
                : "a positive number"));
    }

    private static boolean yesNo(List<String> w, List<Integer> lines, int i, String file, String what) {
        String v = w.get(i);
        if (v.equalsIgnoreCase("Y")) return true;
        if (v.equalsIgnoreCase("N")) return false;
        throw new CaseFileException(file, lines.get(i), null, what + " '" + v + "' must be Y or N");
    }
}
