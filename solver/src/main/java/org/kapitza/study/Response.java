package org.kapitza.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.kapitza.Suggest;

/**
 * A number a point reports, named by its path in the run's {@code summary.json}: keys separated by dots,
 * list entries by index ({@code regions[3].max}) or by name ({@code interfaces[die|tim1].h},
 * {@code layers[tim1].resistance}, {@code patches[die.top].outflow}), an entry matching when its
 * {@code name}, {@code region}, {@code patch} or {@code probe} is the name, when its name is the name
 * followed by its region pair ("plate joint" for "plate joint (plate|standoff)"), or when its region
 * pair {@code a|b} is the name.
 *
 * @param name   column name in study.csv (default: the path)
 * @param path   the path as written
 * @param steps  the parsed path: keys, and selectors written {@code [..]}
 */
public record Response(String name, String path, List<String> steps) {
    private static final List<String> NAME_FIELDS = List.of("name", "region", "patch", "probe", "layer");

    /** Units of summary.json's numbers by their key (all SI). */
    private static final java.util.Map<String, String> UNITS = java.util.Map.ofEntries(
            java.util.Map.entry("temperature", "K"), java.util.Map.entry("min", "K"), java.util.Map.entry("max", "K"),
            java.util.Map.entry("mean", "K"), java.util.Map.entry("topMean", "K"), java.util.Map.entry("bottomMean", "K"),
            java.util.Map.entry("meanJump", "K"), java.util.Map.entry("maxJump", "K"), java.util.Map.entry("final", "K"),
            java.util.Map.entry("h", "W/(m²·K)"), java.util.Map.entry("resistanceArea", "m²·K/W"),
            java.util.Map.entry("resistance", "K/W"), java.util.Map.entry("conductance", "W/K"),
            java.util.Map.entry("heatFlow", "W"), java.util.Map.entry("outflow", "W"), java.util.Map.entry("heatDown", "W"),
            java.util.Map.entry("heatIn", "W"), java.util.Map.entry("heatOut", "W"), java.util.Map.entry("heatCrossing", "W"),
            java.util.Map.entry("kEff", "W/(m·K)"), java.util.Map.entry("area", "m²"), java.util.Map.entry("volume", "m³"),
            java.util.Map.entry("timeToThreshold", "s"));

    /** The unit of the response's number (SI, as in summary.json), or empty when not known. */
    public String unit() {
        String last = steps.get(steps.size() - 1);
        return UNITS.getOrDefault(last, "");
    }

    /** Parses a response path. */
    public static Response parse(String name, String path) {
        List<String> steps = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.') {
                if (key.length() > 0) steps.add(key.toString());
                else if (i == 0 || path.charAt(i - 1) != ']') throw new IllegalArgumentException("'" + path + "' has an empty key");
                key.setLength(0);
            } else if (c == '[') {
                if (key.length() > 0) steps.add(key.toString());
                key.setLength(0);
                int close = path.indexOf(']', i);
                if (close < 0) throw new IllegalArgumentException("'" + path + "' has a '[' without ']'");
                String sel = path.substring(i + 1, close).trim();
                if (sel.isEmpty()) throw new IllegalArgumentException("'" + path + "' has an empty []");
                steps.add("[" + sel + "]");
                i = close;
            } else {
                key.append(c);
            }
        }
        if (key.length() > 0) steps.add(key.toString());
        if (steps.isEmpty()) throw new IllegalArgumentException("the path is empty; e.g. hotspot.temperature");
        return new Response(name == null ? path : name, path, List.copyOf(steps));
    }

    /**
     * The response's value in a summary; NaN where the summary holds null (an undetermined value, such as
     * the h of an interface no heat crosses).
     *
     * @throws IllegalArgumentException when the path does not exist, naming what does
     */
    public double value(JsonNode summary) {
        JsonNode node = summary;
        String done = "";
        for (String s : steps) {
            if (s.startsWith("[")) {
                String sel = s.substring(1, s.length() - 1);
                if (!node.isArray()) throw new IllegalArgumentException(where(done) + " is not a list, so " + s + " selects nothing");
                JsonNode found = null;
                if (sel.chars().allMatch(Character::isDigit)) {
                    int i = Integer.parseInt(sel);
                    if (i >= node.size()) {
                        throw new IllegalArgumentException(where(done) + " has " + node.size() + " entries, so index " + i
                                + " does not exist");
                    }
                    found = node.get(i);
                } else {
                    List<String> names = new ArrayList<>();
                    for (JsonNode e : node) {
                        String n = entryName(e);
                        if (n != null) names.add(n);
                        if (sel.equals(n) || n != null && n.startsWith(sel + " (") || sel.equals(pair(e))) {
                            found = e;
                            break;
                        }
                    }
                    if (found == null) {
                        throw new IllegalArgumentException(where(done) + " has no entry '" + sel + "'" + Suggest.didYouMean(sel, names)
                                + (names.isEmpty() ? " (it is empty)" : "; entries: " + String.join(", ", names)));
                    }
                }
                node = found;
                done += s;
            } else {
                if (!node.isObject() || !node.has(s)) {
                    List<String> keys = new ArrayList<>();
                    if (node.isObject()) for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) keys.add(it.next());
                    throw new IllegalArgumentException(where(done) + (node.isObject() ? " has no key '" + s + "'"
                            + Suggest.didYouMean(s, keys) + "; keys: " + String.join(", ", keys)
                            : node.isArray() ? " is a list: select an entry, e.g. " + done + "[0]." + s : " is a number"));
                }
                node = node.get(s);
                done = done.isEmpty() ? s : done + "." + s;
            }
        }
        if (node.isNull()) return Double.NaN;
        if (!node.isNumber()) {
            throw new IllegalArgumentException(where(done) + " is " + (node.isObject() ? "a mapping" : node.isArray() ? "a list"
                    : "'" + node.asText() + "'") + ", not a number");
        }
        return node.asDouble();
    }

    private static String where(String done) {
        return done.isEmpty() ? "summary.json" : "summary.json's " + done;
    }

    /** "a|b" of an interface entry, so that a named interface can also be found by its region pair. */
    private static String pair(JsonNode e) {
        JsonNode a = e.get("regionA");
        JsonNode b = e.get("regionB");
        return a != null && b != null && a.isTextual() && b.isTextual() ? a.asText() + "|" + b.asText() : null;
    }

    private static String entryName(JsonNode e) {
        for (String f : NAME_FIELDS) {
            JsonNode n = e.get(f);
            if (n != null && n.isTextual()) return n.asText();
        }
        return null;
    }
}
