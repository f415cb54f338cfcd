package org.kapitza.io.casefile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kapitza.Suggest;

/**
 * What a {@code --set} key path such as {@code interfaces[0].R} addresses in the case-file schema: a
 * quantity and its SI unit, a whole number, a text value or a structure. Parameter studies use it to
 * convert "1 um" or a range's end points to the number the case reader will see, and to refuse a
 * misspelled key before any point runs.
 *
 * <p>The path is followed through the {@link CaseFile} records; where an entry's record depends on its
 * {@code model} or {@code type} key ({@code interfaces[0]} is a {@code constant} or a {@code layer}), the
 * base case's tree decides.
 */
public final class CaseKeys {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_\\-]*)((?:\\[\\d+\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");

    private CaseKeys() {
    }

    /** What kind of value a key takes. */
    public enum Kind {
        /** A number with a unit (a bare number is SI): R, k, h, T, thickness. */
        QUANTITY,
        /** A whole number: seeds, cell counts, grain counts. */
        WHOLE,
        /** A name or a choice: a material, a preconditioner. */
        TEXT,
        /** true or false. */
        BOOLEAN,
        /** A list or a mapping, given as YAML. */
        STRUCTURE
    }

    /**
     * A resolved key.
     *
     * @param key      the key path as written
     * @param kind     what it takes
     * @param unit     the SI unit (UCUM) of a quantity, "1" otherwise
     * @param absolute an absolute temperature, which must stay above 0 K
     */
    public record Key(String key, Kind kind, String unit, boolean absolute) {
        /** Whether a value of this key is a number (quantities and whole numbers). */
        public boolean numeric() {
            return kind == Kind.QUANTITY || kind == Kind.WHOLE;
        }
    }

    /**
     * Resolves a key path against the schema, choosing polymorphic entries from {@code tree}.
     *
     * @param tree the base case as YAML (after any fixed overrides), or null to resolve by schema alone
     * @throws IllegalArgumentException naming the first segment that is not a key there, with "did you
     *                                  mean" and the keys allowed
     */
    public static Key resolve(JsonNode tree, String keyPath) {
        Type type = CaseFile.class;
        JsonNode node = tree;
        SI si = null;
        Class<?> raw = CaseFile.class;
        String done = "";
        String[] parts = keyPath.trim().split("\\.");
        for (String part : parts) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) throw new IllegalArgumentException("'" + part + "' is not a key or key[index]");
            String name = m.group(1);
            raw = rawClass(type);
            if (Map.class.isAssignableFrom(raw)) {
                // initial.regions.<region>: any name, the map's value type
                type = ((ParameterizedType) type).getActualTypeArguments()[1];
                node = node == null ? null : node.get(name);
            } else {
                List<RecordComponent> components = components(raw, node);
                if (components == null) {
                    throw new IllegalArgumentException("'" + (done.isEmpty() ? name : done) + "' has no keys inside it");
                }
                RecordComponent found = null;
                List<String> names = new ArrayList<>();
                for (RecordComponent c : components) {
                    String json = jsonName(c);
                    names.add(json);
                    if (json.equals(name)) found = c;
                }
                if (found == null) {
                    throw new IllegalArgumentException("'" + name + "' is not a key " + (done.isEmpty() ? "at the top"
                            : "of " + done) + Suggest.didYouMean(name, names) + "; allowed: " + String.join(", ", names));
                }
                type = found.getGenericType();
                si = found.getAnnotation(SI.class);
                node = node == null ? null : node.get(name);
            }
            done = done.isEmpty() ? name : done + "." + name;
            Matcher idx = INDEX.matcher(m.group(2));
            while (idx.find()) {
                Class<?> r = rawClass(type);
                if (!List.class.isAssignableFrom(r)) throw new IllegalArgumentException("'" + done + "' is not a list");
                type = ((ParameterizedType) type).getActualTypeArguments()[0];
                int i = Integer.parseInt(idx.group(1));
                node = node == null ? null : node.get(i);
                done += "[" + i + "]";
            }
        }
        raw = rawClass(type);
        if (raw == Double.class || raw == TimeVarying.class) {
            return new Key(keyPath, Kind.QUANTITY, si == null ? "1" : si.value(), si != null && si.absolute());
        }
        if (raw == MaterialSpec.ConductivitySpec.class) return new Key(keyPath, Kind.QUANTITY, "W/(m.K)", false);
        if (raw == MaterialSpec.SpecificHeatSpec.class) return new Key(keyPath, Kind.QUANTITY, "J/(kg.K)", false);
        if (raw == Integer.class || raw == Long.class) return new Key(keyPath, Kind.WHOLE, "1", false);
        if (raw == String.class) return new Key(keyPath, Kind.TEXT, "1", false);
        if (raw == Boolean.class) return new Key(keyPath, Kind.BOOLEAN, "1", false);
        return new Key(keyPath, Kind.STRUCTURE, "1", false);
    }

    private static Class<?> rawClass(Type t) {
        if (t instanceof Class<?> c) return c;
        if (t instanceof ParameterizedType p) return (Class<?>) p.getRawType();
        return Object.class;
    }

    private static String jsonName(RecordComponent c) {
        JsonProperty p = c.getAnnotation(JsonProperty.class);
        if (p == null) p = c.getAccessor().getAnnotation(JsonProperty.class);
        return p != null && !p.value().isEmpty() ? p.value() : c.getName();
    }

    /**
     * The keys of a structure as record components, or null when it has none: a model entry's are its
     * placement's and its model's parameters' (the model from the tree), a polymorphic entry's those of the
     * record its "type" key chooses.
     */
    private static List<RecordComponent> components(Class<?> raw, JsonNode node) {
        if (raw == ModelSpec.class || raw == org.kapitza.interfaces.ModelDeclaration.Nested.class) {
            List<String> ids = InterfaceModels.names();
            if (node == null || node.get("model") == null) {
                throw new IllegalArgumentException("the entry has no 'model' in the base case, so its keys"
                        + " are not known (" + String.join(", ", ids) + ")");
            }
            String id = node.get("model").asText();
            var declaration = InterfaceModels.byName(id);
            if (declaration == null) throw new IllegalArgumentException("unknown model '" + id + "'");
            List<RecordComponent> all = new ArrayList<>(List.of(ModelSpec.Placement.class.getRecordComponents()));
            all.addAll(List.of(declaration.parameters().getRecordComponents()));
            return all;
        }
        Class<?> record = concrete(raw, node);
        return record == null || !record.isRecord() ? null : List.of(record.getRecordComponents());
    }

    /** The record of a polymorphic entry, from its "model" or "type" key in the tree. */
    private static Class<?> concrete(Class<?> type, JsonNode node) {
        if (type.isRecord()) return type;
        JsonSubTypes sub = type.getAnnotation(JsonSubTypes.class);
        JsonTypeInfo info = type.getAnnotation(JsonTypeInfo.class);
        if (sub == null || info == null) return type;
        List<String> ids = new ArrayList<>();
        for (JsonSubTypes.Type t : sub.value()) ids.add(t.value().getAnnotation(JsonTypeName.class).value());
        if (node == null || node.get(info.property()) == null) {
            throw new IllegalArgumentException("the entry has no '" + info.property() + "' in the base case, so its keys"
                    + " are not known (" + String.join(", ", ids) + ")");
        }
        String id = node.get(info.property()).asText();
        for (JsonSubTypes.Type t : sub.value()) {
            if (t.value().getAnnotation(JsonTypeName.class).value().equals(id)) return t.value();
        }
        throw new IllegalArgumentException("unknown " + info.property() + " '" + id + "'");
    }
}
