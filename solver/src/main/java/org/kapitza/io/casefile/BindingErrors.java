package org.kapitza.io.casefile;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kapitza.Suggest;
import org.kapitza.io.casefile.CaseFileReader.Located;

/**
 * Jackson's binding errors said as a case file's: the key path and line of the value at fault, what was
 * written and what is allowed there (the keys of the record or model entry, the names of the models, the
 * kind of value expected), with "did you mean" for a misspelling.
 */
final class BindingErrors {
    private final YAMLMapper mapper;

    BindingErrors(YAMLMapper mapper) {
        this.mapper = mapper;
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (s.length() > 0) s.append('.');
                s.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.toString();
    }

    CaseFileException translate(JsonMappingException e, Located<?> at, JsonNode tree) {
        String path = pathOf(e);
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = new ArrayList<>();
            // A model's parameters are bound apart from its placement; an entry takes both.
            if (u.getReferringClass() != null && InterfaceModels.isParameters(u.getReferringClass())) {
                known.addAll(ModelSpec.Placement.KEYS);
            }
            for (Object k : u.getKnownPropertyIds()) known.add(String.valueOf(k));
            return unknownKey(at, path, u.getPropertyName(), known);
        }
        if (e instanceof InvalidTypeIdException t) {
            List<String> names = subtypeNames(t.getBaseType().getRawClass());
            String key = t.getBaseType().getRawClass() == ModelSpec.class ? "model" : "type";
            if (t.getTypeId() == null) {
                return at.error(path, "missing key '" + key + "'; choose one of: " + String.join(", ", names));
            }
            return at.error(path.isEmpty() ? key : path + "." + key, "unknown " + key + " '" + t.getTypeId() + "'"
                    + Suggest.didYouMean(t.getTypeId(), names) + "; choose one of: " + String.join(", ", names));
        }
        // Quantities and Kapitza's own value types say what is wrong themselves.
        if (e instanceof InvalidFormatException f && (f.getTargetType() == Double.class || f.getTargetType() == String.class
                || f.getTargetType() != null
                && f.getTargetType().getPackageName().startsWith("org.kapitza"))) {
            return at.error(path, f.getOriginalMessage());
        }
        if (e instanceof MismatchedInputException mi) {
            String msg = mi.getOriginalMessage();
            Matcher missing = Pattern.compile("Missing required creator property '([^']+)'").matcher(msg);
            if (missing.find()) {
                String key = missing.group(1);
                String owner = path.endsWith(key) ? path.substring(0, Math.max(0, path.length() - key.length() - 1)) : path;
                // A misspelled key is the likelier mistake than a forgotten one: report unknown keys first.
                JsonNode node = nodeAt(tree, owner);
                // The record being built is where the missing property belongs (the last path reference).
                List<JsonMappingException.Reference> refs = mi.getPath();
                Object from = refs.isEmpty() ? null : refs.get(refs.size() - 1).getFrom();
                Class<?> record = from instanceof Class<?> c ? c : from == null ? null : from.getClass();
                List<String> allowed = allowedKeys(concrete(record, node));
                if (record != null && InterfaceModels.isParameters(record)) allowed.addAll(0, ModelSpec.Placement.KEYS);
                if (node != null && node.isObject() && !allowed.isEmpty()) {
                    for (java.util.Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                        String present = it.next();
                        if (!allowed.contains(present) && !present.equals("model") && !present.equals("type")) {
                            return unknownKey(at, owner.isEmpty() ? present : owner + "." + present, present, allowed);
                        }
                    }
                }
                return at.error(owner, "missing required key '" + key + "'");
            }
            Class<?> target = mi.getTargetType();
            JsonNode node = nodeAt(tree, path);
            return at.error(path, "expected " + describe(target) + ", got " + (node != null ? shown(node) : got(msg)));
        }
        return at.error(path, firstLine(e.getOriginalMessage()));
    }

    private static CaseFileException unknownKey(Located<?> at, String path, String key, List<String> allKnown) {
        String parent = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "";
        List<String> known = modelKeysHere(parent, allKnown);
        return at.error(path, "unknown key '" + key + "'" + Suggest.didYouMean(key, known)
                + (known.isEmpty() ? "" : "; allowed " + (parent.isEmpty() ? "at the top" : "here") + ": "
                + String.join(", ", known)));
    }

    /**
     * The keys a model takes where it stands: every model record carries the keys of an interface rule
     * ({@code name}, {@code between}, {@code materials}) and of a grain-boundary rule ({@code region},
     * {@code staircase}), but a bath contact or a series part takes none of them, an interface rule not the
     * grain-boundary ones and a grain-boundary rule not the interface ones.
     */
    private static List<String> modelKeysHere(String parent, List<String> known) {
        if (!known.contains("between") || !known.contains("staircase")) return known;
        List<String> drop;
        if (parent.endsWith(".contact") || parent.matches(".*\\.parts\\[\\d+\\]") || parent.endsWith(".lattice")) {
            drop = List.of("name", "between", "materials", "region", "staircase");
        } else if (parent.startsWith("grain_boundaries[")) {
            drop = List.of("between", "materials");
        } else if (parent.startsWith("interfaces[")) {
            drop = List.of("region", "staircase");
        } else {
            return known;
        }
        List<String> kept = new ArrayList<>(known);
        kept.removeAll(drop);
        return kept;
    }

    /** The record a polymorphic entry binds to, from its "model" or "type" key. */
    private static Class<?> concrete(Class<?> type, JsonNode node) {
        if (type == null || type.isRecord() || node == null) return type;
        JsonSubTypes sub = type.getAnnotation(JsonSubTypes.class);
        com.fasterxml.jackson.annotation.JsonTypeInfo info = type.getAnnotation(com.fasterxml.jackson.annotation.JsonTypeInfo.class);
        if (sub == null || info == null || node.get(info.property()) == null) return type;
        String id = node.get(info.property()).asText();
        for (JsonSubTypes.Type t : sub.value()) {
            JsonTypeName n = t.value().getAnnotation(JsonTypeName.class);
            if (n != null && n.value().equals(id)) return t.value();
        }
        return type;
    }

    /** The keys a record accepts, as written in case files. */
    private List<String> allowedKeys(Class<?> type) {
        List<String> keys = new ArrayList<>();
        if (type == null || !type.isRecord()) return keys;
        var description = mapper.getDeserializationConfig().introspect(mapper.constructType(type));
        description.findProperties().forEach(p -> keys.add(p.getName()));
        return keys;
    }

    /** The node at a key path such as "interfaces[0].thickness", or null. */
    private static JsonNode nodeAt(JsonNode root, String keyPath) {
        JsonNode node = root;
        if (keyPath.isEmpty()) return node;
        Matcher m = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]").matcher(keyPath);
        while (m.find() && node != null) {
            node = m.group(1) != null ? node.get(m.group(1)) : node.get(Integer.parseInt(m.group(2)));
        }
        return node;
    }

    /** A value as the user wrote it, for "got ..." messages. */
    private static String shown(JsonNode n) {
        if (n.isArray()) return "a list " + n;
        if (n.isObject()) return "a mapping " + n;
        if (n.isTextual()) return "'" + n.asText() + "'";
        if (n.isNull()) return "nothing";
        return n.asText();
    }

    private static List<String> subtypeNames(Class<?> base) {
        if (base == ModelSpec.class) return InterfaceModels.names();
        List<String> names = new ArrayList<>();
        JsonSubTypes sub = base.getAnnotation(JsonSubTypes.class);
        if (sub != null) {
            for (JsonSubTypes.Type t : sub.value()) {
                JsonTypeName n = t.value().getAnnotation(JsonTypeName.class);
                if (n != null) names.add(n.value());
            }
        }
        return names;
    }

    private static String describe(Class<?> t) {
        if (t == null) return "another kind of value";
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class) return "a whole number";
        if (t == Double.class || t == double.class) return "a number (with units where they apply)";
        if (t == Boolean.class || t == boolean.class) return "true or false";
        if (t == String.class) return "a text value";
        if (Collection.class.isAssignableFrom(t)) return "a list such as [a, b]";
        // Mappings whose keys a user may not guess from a scalar written where they belong.
        if (t == CaseFile.Initial.class) return "a mapping such as {T: 300 K} or {steady: true}";
        if (t == CaseFile.Step.class) return "a mapping such as {initial: 1 ms, min: 1 us, max: 10 ms}";
        if (t == CaseFile.OutputTimes.class) return "a mapping such as {every: 10 ms} or {times: [0.1 s, 1 s]}";
        return "a mapping of keys";
    }

    private static String got(String jacksonMessage) {
        Matcher m = Pattern.compile("from (?:[A-Za-z ]+ )?(?:value|token) \\(?([^)]*?)\\)?(?:$|;|\\.|\\n)").matcher(jacksonMessage);
        if (jacksonMessage.contains("START_ARRAY") || jacksonMessage.contains("Array value")) return "a list";
        if (jacksonMessage.contains("START_OBJECT") || jacksonMessage.contains("Object value")) return "a mapping";
        if (jacksonMessage.contains("String value")) {
            Matcher v = Pattern.compile("String value \\('([^']*)'\\)").matcher(jacksonMessage);
            return v.find() ? "'" + v.group(1) + "'" : "a text value";
        }
        if (jacksonMessage.contains("Floating-point value")) {
            Matcher v = Pattern.compile("Floating-point value \\(([^)]*)\\)").matcher(jacksonMessage);
            return v.find() ? v.group(1) + " (not a whole number)" : "a fractional number";
        }
        return m.find() ? m.group(1) : "something else";
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
