package org.kapitza.io.casefile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a case file strictly: YAML bound into the immutable {@link CaseFile} records by Jackson, with
 * unknown keys, wrong types, missing values and quantities of the wrong kind refused. Every error names
 * the file, the line, the key path, the bad value and what is allowed.
 *
 * <p>Values can be overridden from the command line ({@code interfaces[0].thickness=25um}) before the
 * file is bound, so a parameter study needs no copies of the file.
 */
public final class CaseFileReader {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_\\-]*)((?:\\[\\d+\\])*)");

    private final YAMLMapper mapper;
    private final BindingErrors errors;

    public CaseFileReader() {
        SimpleModule quantities = new SimpleModule("kapitza-quantities");
        quantities.addDeserializer(Double.class, new QuantityDeserializer("1"));
        quantities.addDeserializer(String.class, new TextDeserializer());
        // A model entry nested in a model's parameters (series parts, a lattice) binds like any model entry.
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<org.kapitza.interfaces.ModelDeclaration.Nested> nested = (Class) org.kapitza.interfaces.ModelDeclaration.Nested.class;
        quantities.addDeserializer(nested, (com.fasterxml.jackson.databind.JsonDeserializer) new ModelSpecDeserializer());
        mapper = YAMLMapper.builder(new YamlTree.Factory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .addModule(quantities)
                .build();
        errors = new BindingErrors(mapper);
    }

    /** A bound file with the means to report further errors against its lines. */
    public record Located<T>(T value, Path path, Map<String, Integer> lines, Map<String, String> overrides) {
        /** The bound case file (for {@code Located<CaseFile>}). */
        public T caseFile() {
            return value;
        }

        /** An error about the value at a key path, located in the file or on the command line. */
        public CaseFileException error(String keyPath, String message) {
            // A key the file does not have, made by a --set below it ("--set transient.end=1s" makes 'transient'),
            // is the command line's too.
            boolean inFile = keyPath != null && lines.containsKey(keyPath);
            for (Map.Entry<String, String> o : overrides.entrySet()) {
                if (keyPath.equals(o.getKey()) || keyPath.startsWith(o.getKey() + ".") || keyPath.startsWith(o.getKey() + "[")
                        || !inFile && (o.getKey().startsWith(keyPath + ".") || o.getKey().startsWith(keyPath + "["))) {
                    return new CaseFileException(path.toString(), 0, keyPath, message + " (set on the command line: --set "
                            + o.getValue() + ")");
                }
            }
            return new CaseFileException(path.toString(), lineOf(lines, keyPath), keyPath, message);
        }

        /** Directory of the case file, against which relative paths in it are resolved. */
        public Path directory() {
            Path parent = path.toAbsolutePath().getParent();
            return parent == null ? Path.of(".") : parent;
        }
    }

    /**
     * Reads and binds a case file.
     *
     * @param file      the case file
     * @param overrides "key.path[0].key=value" assignments applied before binding
     * @throws CaseFileException for every mistake in the file or the overrides
     */
    public Located<CaseFile> read(Path file, List<String> overrides) {
        return bind(file, overrides, CaseFile.class);
    }

    /** Reads a material-library file: a YAML mapping with a {@code materials:} list, as in case files. */
    public Located<MaterialFile> readMaterials(Path file) {
        return bind(file, List.of(), MaterialFile.class);
    }

    /** Reads a thermoreflectance stack file ({@code kapitza fdtr}, {@code kapitza tdtr}) as strictly as a case file. */
    public Located<StackFile> readStack(Path file, List<String> overrides) {
        return bind(file, overrides, StackFile.class);
    }

    /** The schema of a material-library file. */
    public record MaterialFile(@com.fasterxml.jackson.annotation.JsonProperty(required = true) List<MaterialSpec> materials) {
    }

    /**
     * Binds a case file's text, read earlier (or on another machine), as if it were read from {@code file}:
     * errors name that file, and relative paths in it resolve against its directory. Parameter studies
     * read the base case once and bind it with each point's overrides.
     */
    public Located<CaseFile> readText(Path file, String text, List<String> overrides) {
        return bindText(file, text, overrides, CaseFile.class);
    }

    /**
     * Reads a YAML file of any schema in this package's way (strict keys, units, "did you mean"), for
     * files that are not case files, such as parameter studies.
     */
    public <T> Located<T> read(Path file, Class<T> type) {
        return bind(file, List.of(), type);
    }

    /** {@link #read(Path, Class)} of text read earlier. */
    public <T> Located<T> readText(Path file, String text, Class<T> type) {
        return bindText(file, text, List.of(), type);
    }

    /**
     * The YAML tree of a case file's text with overrides applied, unbound: what a parameter study looks
     * values up in. Errors as {@link #readText(Path, String, List)} reports them.
     */
    public JsonNode tree(Path file, String text, List<String> overrides) {
        String name = file.toString();
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new CaseFileException(name, line, null, "not valid YAML: " + yamlProblem(e.getOriginalMessage()));
        }
        if (tree == null || !tree.isObject()) throw new CaseFileException(name, 1, null, "must be a mapping of keys");
        for (String o : overrides) applyOverride((ObjectNode) tree, o, name);
        return tree;
    }

    /** The text of a file (UTF-8), refused with one clear message when missing, unreadable, binary or empty. */
    public static String text(Path file) {
        String name = file.toString();
        byte[] bytes = InputFiles.read(file, "a YAML file", InputFiles.MAX_CASE_FILE_BYTES);
        return decode(bytes, name);
    }

    private <T> Located<T> bind(Path file, List<String> overrides, Class<T> type) {
        return bindText(file, text(file), overrides, type);
    }

    private <T> Located<T> bindText(Path file, String text, List<String> overrides, Class<T> type) {
        String name = file.toString();
        if (text.isBlank()) {
            throw new CaseFileException(name, 0, null, "is empty; " + (type == CaseFile.class
                    ? "a case file needs at least 'name' and 'mesh'" : "see the README for the keys it needs"));
        }

        Map<String, Integer> lines = new LinkedHashMap<>();
        JsonNode tree;
        try {
            tree = YamlTree.parse(mapper.getFactory(), text, lines);
        } catch (YamlTree.Problem p) {
            throw new CaseFileException(name, p.line, p.keyPath, p.getMessage());
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new CaseFileException(name, line, null, "not valid YAML: " + yamlProblem(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new CaseFileException(name, 0, null, "cannot be read: " + e.getMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw new CaseFileException(name, 1, null, "must be a mapping of keys (name:, mesh:, ...), not "
                    + (tree == null ? "nothing" : tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        Map<String, String> applied = new LinkedHashMap<>();
        for (String o : overrides) applied.put(applyOverride((ObjectNode) tree, o, name), o);
        Located<T> located = new Located<>(null, file, lines, applied);
        try {
            T value = mapper.treeToValue(tree, type);
            String empty = requiredNull(value, "");
            if (empty != null) {
                throw located.error(empty, "has no value (YAML reads an empty value and '~' as null), but it is required");
            }
            return new Located<>(value, file, lines, applied);
        } catch (JsonMappingException e) {
            throw errors.translate(e, located, tree);
        } catch (JsonProcessingException e) {
            throw new CaseFileException(name, 0, null, e.getOriginalMessage());
        }
    }

    /**
     * The key path of the first required key bound to null, or null. Jackson accepts "name: ~" for a
     * required property (it is present); elsewhere a null key is as good as absent.
     */
    private static String requiredNull(Object value, String path) {
        if (value instanceof java.util.List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == null) return path + "[" + i + "]"; // no list of a case file takes nulls
                String found = requiredNull(list.get(i), path + "[" + i + "]");
                if (found != null) return found;
            }
            return null;
        }
        if (value instanceof ModelSpec m) {
            // The placement and the model's parameters are keys of one entry.
            String found = requiredNull(m.placement(), path);
            return found != null ? found : requiredNull(m.parameters(), path);
        }
        if (value == null || !value.getClass().isRecord() || !value.getClass().getName().startsWith("org.kapitza")) return null;
        for (java.lang.reflect.RecordComponent c : value.getClass().getRecordComponents()) {
            // Annotations on a record component reach its accessor (JsonProperty does not target components).
            com.fasterxml.jackson.annotation.JsonProperty jp = c.getAccessor().getAnnotation(
                    com.fasterxml.jackson.annotation.JsonProperty.class);
            String key = jp != null && !jp.value().isEmpty() ? jp.value() : c.getName();
            String at = path.isEmpty() ? key : path + "." + key;
            Object v;
            try {
                java.lang.reflect.Method accessor = c.getAccessor();
                accessor.setAccessible(true);
                v = accessor.invoke(value);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (v == null && jp != null && jp.required()) return at;
            String found = requiredNull(v, at);
            if (found != null) return found;
        }
        return null;
    }

    private static String decode(byte[] bytes, String name) {
        for (byte b : bytes) {
            if (b == 0) throw new CaseFileException(name, 0, null, "is not a text file (it contains binary data); give a YAML case file");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CaseFileException(name, 0, null, "is not UTF-8 text; give a YAML case file");
        }
    }

    /** "/interfaces/0/thickness" → "interfaces[0].thickness". */
    static String keyPath(String pointer) {
        StringBuilder s = new StringBuilder();
        for (String seg : pointer.split("/")) {
            if (seg.isEmpty()) continue;
            if (seg.chars().allMatch(Character::isDigit)) {
                s.append('[').append(seg).append(']');
            } else {
                if (s.length() > 0) s.append('.');
                s.append(seg.replace("~1", "/").replace("~0", "~"));
            }
        }
        return s.toString();
    }

    static int lineOf(Map<String, Integer> lines, String keyPath) {
        String p = keyPath;
        while (true) {
            Integer l = lines.get(p);
            if (l != null) return l;
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) return lines.getOrDefault("", 0);
            p = p.substring(0, cut);
        }
    }

    /** Applies "a.b[0].c=value" to the tree and returns the key path it set. */
    private String applyOverride(ObjectNode root, String assignment, String file) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new CaseFileException(file, 0, null, "--set " + assignment + ": expected key.path=value, e.g. --set "
                    + "interfaces[0].thickness=25um");
        }
        String path = assignment.substring(0, eq).trim();
        String valueText = assignment.substring(eq + 1).trim();
        JsonNode value;
        try {
            value = valueText.isEmpty() ? JsonNodeFactory.instance.textNode("") : YamlTree.parse(mapper.getFactory(), valueText, null);
        } catch (YamlTree.Problem e) {
            throw new CaseFileException(file, 0, null, "--set " + assignment + ": " + e.getMessage());
        } catch (IOException e) {
            throw new CaseFileException(file, 0, null, "--set " + assignment + ": the value is not valid YAML");
        }
        if (value == null) value = JsonNodeFactory.instance.nullNode();
        JsonNode node = root;
        String[] parts = path.split("\\.");
        String done = "";
        for (int i = 0; i < parts.length; i++) {
            Matcher m = SEGMENT.matcher(parts[i]);
            if (!m.matches()) {
                throw new CaseFileException(file, 0, null, "--set " + assignment + ": '" + parts[i]
                        + "' is not a key or key[index]");
            }
            String key = m.group(1);
            List<Integer> indices = new ArrayList<>();
            List<String> written = new ArrayList<>();
            Matcher idx = Pattern.compile("\\[(\\d+)\\]").matcher(m.group(2));
            while (idx.find()) {
                // An index beyond any list is refused below with the list's size; it need not fit an int.
                written.add(idx.group(1));
                indices.add(idx.group(1).length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(idx.group(1)));
            }
            boolean last = i == parts.length - 1;
            ObjectNode obj = (ObjectNode) node;
            done = done.isEmpty() ? key : done + "." + key;
            if (indices.isEmpty()) {
                if (last) {
                    obj.set(key, value);
                    return path;
                }
                JsonNode next = obj.get(key);
                if (next == null || next.isNull()) {
                    next = obj.putObject(key);
                } else if (!next.isObject()) {
                    throw new CaseFileException(file, 0, null, "--set " + assignment + ": '" + done + "' is not a mapping");
                }
                node = next;
                continue;
            }
            JsonNode arr = obj.get(key);
            for (int k = 0; k < indices.size(); k++) {
                int index = indices.get(k);
                if (arr == null || !arr.isArray()) {
                    throw new CaseFileException(file, 0, null, "--set " + assignment + ": '" + done + "' is not a list");
                }
                if (index >= arr.size()) {
                    throw new CaseFileException(file, 0, null, "--set " + assignment + ": '" + done + "' has " + arr.size()
                            + (arr.size() == 1 ? " entry" : " entries") + ", so index " + written.get(k) + " does not exist");
                }
                done = done + "[" + index + "]";
                if (last && k == indices.size() - 1) {
                    ((ArrayNode) arr).set(index, value);
                    return path;
                }
                arr = arr.get(index);
            }
            if (!arr.isObject()) {
                throw new CaseFileException(file, 0, null, "--set " + assignment + ": '" + done + "' is not a mapping");
            }
            node = arr;
        }
        return path;
    }

    /** SnakeYAML's problem, without its "in 'reader', line..." position lines (the line is reported already). */
    private static String yamlProblem(String message) {
        StringBuilder s = new StringBuilder();
        for (String l : message.split("\n")) {
            String t = l.trim();
            if (t.isEmpty() || t.startsWith("in '") || t.startsWith("at [") || t.startsWith("^") || t.startsWith("...")) continue;
            if (s.length() > 0) s.append("; ");
            s.append(t);
        }
        return s.toString();
    }
}
