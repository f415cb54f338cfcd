package org.kapitza.io.hotspot;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kapitza.io.casefile.CaseFileException;

/**
 * A HotSpot configuration file ({@code -c}): one {@code -option value} per line, blank lines and lines
 * starting with {@code #} skipped; options not given take HotSpot's defaults. The defaults are those of
 * HotSpot 6's {@code default_thermal_config} (temperature.c); SI units (m, W/(m·K), J/(m³·K), K/W, J/K, K).
 */
public final class HotSpotConfig {
    /** HotSpot's defaults for the options the package model reads. */
    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        String[][] d = {
            {"t_chip", "0.15e-3"}, {"k_chip", "100.0"}, {"p_chip", "1.75e6"},
            {"t_interface", "20e-6"}, {"k_interface", "4.0"}, {"p_interface", "4.0e6"},
            {"s_spreader", "30e-3"}, {"t_spreader", "1e-3"}, {"k_spreader", "400.0"}, {"p_spreader", "3.55e6"},
            {"s_sink", "60e-3"}, {"t_sink", "6.9e-3"}, {"k_sink", "400.0"}, {"p_sink", "3.55e6"},
            {"r_convec", "0.1"}, {"c_convec", "140.4"}, {"ambient", "318.15"}, {"init_temp", "333.15"},
            {"sampling_intvl", "3.333e-6"}, {"grid_rows", "64"}, {"grid_cols", "64"}, {"model_type", "block"},
            {"model_secondary", "0"}, {"leakage_used", "0"}, {"package_model_used", "0"}, {"dtm_used", "0"},
            {"block_omit_lateral", "0"}, {"grid_map_mode", "center"},
        };
        for (String[] e : d) DEFAULTS.put(e[0], e[1]);
    }

    private final String file;
    private final Map<String, String> given;
    private final Map<String, Integer> lines;

    private HotSpotConfig(String file, Map<String, String> given, Map<String, Integer> lines) {
        this.file = file;
        this.given = given;
        this.lines = lines;
    }

    /** Reads a configuration file; a malformed line is one error naming the file and line. */
    public static HotSpotConfig read(Path path) {
        String name = path.toString();
        if (!Files.isRegularFile(path)) throw new CaseFileException(name, 0, null, "no HotSpot configuration file here");
        Map<String, String> given = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                String[] w = t.split("\\s+");
                if (w.length != 2 || !w[0].startsWith("-") || w[0].length() < 2) {
                    throw new CaseFileException(name, lineNo, null, "a HotSpot configuration line is '-option value', got '" + t + "'");
                }
                String key = w[0].substring(1);
                if (given.put(key, w[1]) != null) {
                    throw new CaseFileException(name, lineNo, null, "option -" + key + " is given twice (first on line "
                            + lines.get(key) + ")");
                }
                lines.put(key, lineNo);
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new CaseFileException(name, 0, null, "is not UTF-8 text; a HotSpot configuration is a text file");
        } catch (IOException e) {
            throw new CaseFileException(name, 0, null, "cannot be read: " + e.getMessage());
        }
        return new HotSpotConfig(name, given, lines);
    }

    /** The options as given in the file, in order. */
    public Map<String, String> given() {
        return given;
    }

    /** Whether the file gives the option. */
    public boolean has(String key) {
        return given.containsKey(key);
    }

    /** The value as given, or HotSpot's default, or null. */
    public String text(String key) {
        return given.getOrDefault(key, DEFAULTS.get(key));
    }

    /** A number (given or HotSpot's default); an error naming the line when it is not one. */
    public double number(String key) {
        String v = text(key);
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d)) return d;
        } catch (NumberFormatException | NullPointerException e) {
            // reported below
        }
        throw new CaseFileException(file, lines.getOrDefault(key, 0), null, "-" + key + " '" + v + "' is not a number");
    }

    /** A positive number, for dimensions and conductivities. */
    public double positive(String key) {
        double v = number(key);
        if (!(v > 0)) throw new CaseFileException(file, lines.getOrDefault(key, 0), null, "-" + key + " must be positive, got " + v);
        return v;
    }

    /** Whether a flag option is on (a non-zero number). */
    public boolean flag(String key) {
        return number(key) != 0;
    }

    /** The line of a given option, 0 when not given. */
    public int line(String key) {
        return lines.getOrDefault(key, 0);
    }

    public String file() {
        return file;
    }
}
