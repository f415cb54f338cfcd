package org.kapitza.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kapitza.Suggest;
import org.kapitza.io.casefile.CaseFileReader;
import org.kapitza.io.casefile.CaseKeys;
import org.kapitza.io.units.Units;

/**
 * Turns a parameter as written in a study file into a {@link Parameter}: checks its key against the
 * case schema, converts its values (with units) to SI numbers in the key's unit, spreads a range out and
 * builds a distribution. Every mistake is reported against the study file's line.
 */
final class ParameterResolver {
    private static final List<String> SPACINGS = List.of("linear", "log");
    private static final List<String> KINDS = List.of("uniform", "log-uniform", "normal", "lognormal");
    private static final Pattern PART = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]");

    private ParameterResolver() {
    }

    static Parameter resolve(CaseFileReader.Located<StudyFile> at, String path, StudyFile.ParameterSpec spec, JsonNode tree,
                             boolean sampled) {
        CaseKeys.Key key;
        try {
            key = CaseKeys.resolve(tree, spec.key());
        } catch (IllegalArgumentException e) {
            throw at.error(path + ".key", "'" + spec.key() + "' is not a case key: " + e.getMessage());
        }
        int given = (spec.values() != null ? 1 : 0) + (spec.range() != null ? 1 : 0) + (spec.distribution() != null ? 1 : 0);
        if (given != 1) {
            throw at.error(path, "give exactly one of 'values', 'range' and 'distribution' for " + spec.key()
                    + (given == 0 ? "" : " (it has " + given + ")"));
        }
        String name = spec.name() == null ? spec.key() : spec.name();
        List<String> texts = null;
        double[] numbers = null;
        Distribution dist = null;
        boolean log = false;
        double low = Double.NaN;
        double high = Double.NaN;
        if (spec.values() != null) {
            if (spec.values().isEmpty()) throw at.error(path + ".values", "the list is empty");
            texts = new ArrayList<>();
            numbers = new double[spec.values().size()];
            for (int i = 0; i < spec.values().size(); i++) {
                JsonNode v = spec.values().get(i);
                String p = path + ".values[" + i + "]";
                if (key.numeric()) {
                    numbers[i] = number(at, p, v, key);
                    texts.add(Parameter.format(key.kind(), numbers[i]));
                } else {
                    numbers[i] = Double.NaN;
                    texts.add(text(at, p, v, key));
                }
            }
            low = min(numbers);
            high = max(numbers);
        } else if (spec.range() != null) {
            StudyFile.Range r = spec.range();
            String p = path + ".range";
            requireNumeric(at, p, key);
            double from = number(at, p + ".from", r.from(), key);
            double to = number(at, p + ".to", r.to(), key);
            String spacing = r.spacing() == null ? "linear" : r.spacing();
            if (!SPACINGS.contains(spacing)) {
                throw at.error(p + ".spacing", "unknown spacing '" + spacing + "'" + Suggest.didYouMean(spacing, SPACINGS)
                        + "; choose linear or log");
            }
            log = spacing.equals("log");
            if (log && !(from > 0 && to > 0)) {
                throw at.error(p, "log spacing needs positive ends, got from " + from + " to " + to);
            }
            if (r.count() < 2) throw at.error(p + ".count", "a range needs at least 2 values, got " + r.count());
            if (from == to) throw at.error(p, "from and to are the same value");
            if (sampled && key.kind() == CaseKeys.Kind.QUANTITY) {
                dist = log ? Distribution.logUniform(Math.min(from, to), Math.max(from, to))
                        : Distribution.uniform(Math.min(from, to), Math.max(from, to));
            } else {
                texts = new ArrayList<>();
                numbers = new double[r.count()];
                for (int i = 0; i < r.count(); i++) {
                    double s = i / (double) (r.count() - 1);
                    double x = i == r.count() - 1 ? to : log ? Math.exp(Math.log(from) + s * (Math.log(to) - Math.log(from)))
                            : from + s * (to - from);
                    if (i == 0) x = from;
                    numbers[i] = key.kind() == CaseKeys.Kind.WHOLE ? Math.round(x) : x;
                    texts.add(Parameter.format(key.kind(), numbers[i]));
                }
            }
            low = Math.min(from, to);
            high = Math.max(from, to);
        } else {
            String p = path + ".distribution";
            if (!sampled) {
                throw at.error(p, "a distribution is sampled: use design monte-carlo or latin-hypercube (or give values or a range)");
            }
            if (key.kind() != CaseKeys.Kind.QUANTITY) {
                throw at.error(p, spec.key() + " takes " + (key.kind() == CaseKeys.Kind.WHOLE ? "whole numbers" : "no number")
                        + ", so it has no distribution; give values");
            }
            dist = distribution(at, p, spec.distribution(), key);
            log = dist.logarithmic();
        }
        if (dist != null) {
            low = dist.quantile(0.05);
            high = dist.quantile(0.95);
        }
        if (dist != null) log = dist.logarithmic() || log;
        double base = Double.NaN;
        if (spec.base() != null) {
            requireNumeric(at, path + ".base", key);
            base = number(at, path + ".base", spec.base(), key);
        } else if (key.numeric()) {
            JsonNode n = nodeAt(tree, spec.key());
            if (n != null && (n.isNumber() || n.isTextual())) {
                try {
                    base = n.isNumber() ? n.asDouble() : Units.toSI(n.asText(), key.unit());
                } catch (IllegalArgumentException e) {
                    base = Double.NaN; // the case reader will say what is wrong with it
                }
            } else if (dist != null) {
                base = dist.median();
            }
        }
        return new Parameter(spec.key(), name, key, texts == null ? null : List.copyOf(texts), numbers, dist, log, base, low, high,
                true);
    }

    private static double min(double[] x) {
        double lo = Double.POSITIVE_INFINITY;
        for (double v : x) lo = Math.min(lo, v);
        return Double.isFinite(lo) ? lo : Double.NaN;
    }

    private static double max(double[] x) {
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) hi = Math.max(hi, v);
        return Double.isFinite(hi) ? hi : Double.NaN;
    }

    /**
     * A parameter whose sensitivity is wanted but which the design does not vary: its base value from
     * the base case, its range ±{@code range} (relative) around it.
     */
    static Parameter differentiated(CaseFileReader.Located<StudyFile> at, String path, String keyPath, JsonNode tree,
                                    double range) {
        CaseKeys.Key key;
        try {
            key = CaseKeys.resolve(tree, keyPath);
        } catch (IllegalArgumentException e) {
            throw at.error(path, "'" + keyPath + "' is neither a parameter of the study nor a case key: " + e.getMessage());
        }
        if (key.kind() != CaseKeys.Kind.QUANTITY) throw at.error(path, "'" + keyPath + "' is not a continuous quantity");
        JsonNode n = nodeAt(tree, keyPath);
        double base = Double.NaN;
        if (n != null && n.isNumber()) base = n.asDouble();
        if (n != null && n.isTextual()) base = number(at, path, n, key);
        if (!Double.isFinite(base)) {
            throw at.error(path, "'" + keyPath + "' has no number in the base case to differentiate at; add it as a parameter"
                    + " with 'base'");
        }
        double lo = base * (1 - range);
        double hi = base * (1 + range);
        return new Parameter(keyPath, keyPath, key, List.of(""), new double[] {Double.NaN}, null, false, base,
                Math.min(lo, hi), Math.max(lo, hi), false);
    }

    private static void requireNumeric(CaseFileReader.Located<StudyFile> at, String p, CaseKeys.Key key) {
        if (!key.numeric()) {
            throw at.error(p, key.key() + " takes " + (key.kind() == CaseKeys.Kind.TEXT ? "a name" : key.kind() == CaseKeys.Kind.BOOLEAN
                    ? "true or false" : "a list or mapping") + ", not a number: give its values as a list");
        }
    }

    private static Distribution distribution(CaseFileReader.Located<StudyFile> at, String p, StudyFile.DistributionSpec d,
                                             CaseKeys.Key key) {
        String kind = d.kind();
        if (!KINDS.contains(kind)) {
            throw at.error(p + ".kind", "unknown distribution '" + kind + "'" + Suggest.didYouMean(kind, KINDS)
                    + "; choose one of: " + String.join(", ", KINDS));
        }
        double min = d.min() == null ? Double.NaN : number(at, p + ".min", d.min(), key);
        double max = d.max() == null ? Double.NaN : number(at, p + ".max", d.max(), key);
        try {
            switch (kind) {
                case "uniform", "log-uniform" -> {
                    only(at, p, d, kind, "min", "max");
                    if (d.min() == null || d.max() == null) throw at.error(p, kind + " needs 'min' and 'max'");
                    return kind.equals("uniform") ? Distribution.uniform(min, max) : Distribution.logUniform(min, max);
                }
                case "normal" -> {
                    only(at, p, d, kind, "mean", "std", "min", "max");
                    if (d.mean() == null || d.std() == null) throw at.error(p, "normal needs 'mean' and 'std'");
                    // Resistances, conductivities, lengths and absolute temperatures must stay positive:
                    // truncated at 0 unless another 'min' is given.
                    return Distribution.normal(number(at, p + ".mean", d.mean(), key), number(at, p + ".std", d.std(), key),
                            Double.isNaN(min) ? 0 : min, Double.isNaN(max) ? Double.POSITIVE_INFINITY : max);
                }
                default -> {
                    double lo = Double.isNaN(min) ? 0 : min;
                    double hi = Double.isNaN(max) ? Double.POSITIVE_INFINITY : max;
                    if (d.median() != null || d.factor() != null) {
                        only(at, p, d, kind, "median", "factor", "min", "max");
                        if (d.median() == null || d.factor() == null) throw at.error(p, "lognormal needs 'median' with 'factor'");
                        return Distribution.lognormalMedian(number(at, p + ".median", d.median(), key), d.factor(), lo, hi);
                    }
                    only(at, p, d, kind, "mean", "std", "min", "max");
                    if (d.mean() == null || d.std() == null) {
                        throw at.error(p, "lognormal needs 'mean' and 'std' (of the value), or 'median' and 'factor'");
                    }
                    return Distribution.lognormal(number(at, p + ".mean", d.mean(), key), number(at, p + ".std", d.std(), key),
                            lo, hi);
                }
            }
        } catch (IllegalArgumentException e) {
            throw at.error(p, kind + ": " + e.getMessage());
        }
    }

    /** Refuses keys that the kind does not use. */
    private static void only(CaseFileReader.Located<StudyFile> at, String p, StudyFile.DistributionSpec d, String kind,
                             String... allowed) {
        List<String> ok = List.of(allowed);
        String[] names = {"min", "max", "mean", "std", "median", "factor"};
        Object[] given = {d.min(), d.max(), d.mean(), d.std(), d.median(), d.factor()};
        for (int i = 0; i < names.length; i++) {
            if (given[i] != null && !ok.contains(names[i])) {
                throw at.error(p + "." + names[i], kind + " does not take '" + names[i] + "'; it takes " + String.join(", ", ok));
            }
        }
    }

    /** A number of the key's kind from a YAML scalar, in SI. */
    static double number(CaseFileReader.Located<StudyFile> at, String p, JsonNode v, CaseKeys.Key key) {
        double x;
        if (v.isNumber()) {
            x = v.asDouble();
        } else if (v.isTextual()) {
            try {
                x = Units.toSI(v.asText(), key.unit());
            } catch (IllegalArgumentException e) {
                throw at.error(p, e.getMessage() + " (" + key.key() + " takes " + Units.kind(key.unit()) + ")");
            }
        } else {
            throw at.error(p, "expected a number" + (key.kind() == CaseKeys.Kind.QUANTITY ? " with units (" + Units.kind(key.unit())
                    + ")" : "") + ", got " + (v.isNull() ? "nothing" : v.toString()));
        }
        if (!Double.isFinite(x)) throw at.error(p, "expected a finite number, got " + v.asText());
        if (key.kind() == CaseKeys.Kind.WHOLE && (x != Math.rint(x) || !v.isNumber())) {
            throw at.error(p, key.key() + " takes whole numbers, got " + v.asText());
        }
        if (key.absolute()) {
            String problem = Units.absoluteTemperatureProblem(x, v.asText());
            if (problem != null) throw at.error(p, problem);
        }
        return x;
    }

    private static String text(CaseFileReader.Located<StudyFile> at, String p, JsonNode v, CaseKeys.Key key) {
        if (key.kind() == CaseKeys.Kind.BOOLEAN) {
            if (!v.isBoolean()) throw at.error(p, key.key() + " takes true or false, got " + v);
            return v.asText();
        }
        if (key.kind() == CaseKeys.Kind.TEXT) {
            if (!v.isTextual()) throw at.error(p, key.key() + " takes a name, got " + v);
            return v.asText();
        }
        return v.toString(); // a list or mapping: JSON is YAML flow style
    }

    /** The node at a key path in the case tree, or null. */
    static JsonNode nodeAt(JsonNode root, String keyPath) {
        JsonNode node = root;
        Matcher m = PART.matcher(keyPath);
        while (m.find() && node != null) {
            node = m.group(1) != null ? node.get(m.group(1)) : node.get(Integer.parseInt(m.group(2)));
        }
        return node;
    }
}
