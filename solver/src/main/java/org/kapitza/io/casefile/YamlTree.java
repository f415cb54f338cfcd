package org.kapitza.io.casefile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.NodeEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the tree of a YAML text as YAML (1.2, core schema) defines it, where Jackson's tree reader does
 * not: anchors and aliases resolved ({@code k: *kk} is the value anchored {@code &kk}, not the text 'kk'),
 * {@code yes}/{@code no}/{@code on}/{@code off} left as text (they are booleans only in YAML 1.1), and
 * what a case file has no use for refused with the key and line: tags ({@code !!str}, {@code !custom}),
 * {@code .nan} and {@code .inf}, numbers beyond the range of a double, complex keys, a second document.
 * The line of every key path is recorded on the way, for later messages.
 */
final class YamlTree {
    /** Aliases may repeat a subtree; more values than this in all is refused ("billion laughs"). */
    static final int MAX_VALUES = 1_000_000;
    private static final Pattern NOT_FINITE = Pattern.compile("[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");
    private static final Set<String> BOOLEANS = Set.of("true", "True", "TRUE", "false", "False", "FALSE");

    /** Something in the text that a case file refuses, at a line (0 unknown) and key path. */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final String keyPath;

        Problem(int line, String keyPath, String message) {
            super(message, null, false, false);
            this.line = line;
            this.keyPath = keyPath;
        }
    }

    private final JsonParser parser;
    private final Map<String, Integer> lines;
    private final Map<String, JsonNode> anchors = new HashMap<>();
    private int values;

    private YamlTree(JsonParser parser, Map<String, Integer> lines) {
        this.parser = parser;
        this.lines = lines;
    }

    /**
     * @param factory the YAML factory (its parser features, such as strict duplicate detection, apply)
     * @param lines   receives the line of every key path ("interfaces[0].R"), or null
     * @return the tree, or null for a text without a value
     * @throws Problem for what is valid YAML but not a case file's
     * @throws IOException for what is not valid YAML (Jackson's message and location)
     */
    static JsonNode parse(JsonFactory factory, String text, Map<String, Integer> lines) throws Problem, IOException {
        try (JsonParser p = factory.createParser(text)) {
            YamlTree t = new YamlTree(p, lines);
            JsonToken first = t.next("");
            if (first == null) return null;
            JsonNode root = t.value("");
            if (t.next("") != null) {
                throw new Problem(t.line(), null, "holds a second YAML document (after a '---' line); a case file is one"
                        + " document: remove the second or make it a file of its own");
            }
            return root;
        }
    }

    private JsonToken next(String path) throws IOException, Problem {
        try {
            return parser.nextToken();
        } catch (JsonParseException e) {
            String m = e.getOriginalMessage();
            java.util.regex.Matcher dup = m == null ? null : Pattern.compile("Duplicate field '(.*)'").matcher(m);
            if (dup != null && dup.find()) {
                int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                String key = path.isEmpty() ? dup.group(1) : path + "." + dup.group(1);
                throw new Problem(line, key, "the key appears twice in the same mapping; keep one");
            }
            if (m != null && m.startsWith("Expected a field name")) {
                int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                throw new Problem(line, path, "a key must be a plain name, not a list or mapping (a YAML complex key"
                        + " '? [a, b]:' is not allowed in a case file)");
            }
            throw e;
        }
    }

    private int line() {
        return parser.currentTokenLocation().getLineNr();
    }

    /** The value that starts at the current token. */
    private JsonNode value(String path) throws IOException, Problem {
        if (lines != null) lines.putIfAbsent(path, line());
        AnchoredParser y = parser instanceof AnchoredParser yp ? yp : null;
        if (y != null && y.isCurrentAlias()) {
            String name = parser.getText();
            JsonNode anchored = anchors.get(name);
            if (anchored == null) throw new Problem(line(), path, "alias *" + name + " names no anchor &" + name + " before it");
            count(path, size(anchored));
            return anchored.deepCopy();
        }
        Object tag = y == null ? null : y.getTypeId();
        if (tag != null) {
            throw new Problem(line(), path, "YAML tag '" + tag + "' is not allowed in a case file; write the value"
                    + " itself (quote it for text: \"0.1\")");
        }
        String anchor = y == null ? null : y.anchor();
        count(path, 1);
        JsonNode node;
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                ObjectNode o = f.objectNode();
                java.util.List<JsonNode> merged = new java.util.ArrayList<>();
                for (JsonToken t = next(path); t == JsonToken.FIELD_NAME; t = next(path)) {
                    String key = parser.currentName();
                    String child = path.isEmpty() ? key : path + "." + key;
                    if (lines != null) lines.putIfAbsent(child, line());
                    next(child);
                    JsonNode v = value(child);
                    if (key.equals("<<")) {
                        merged.addAll(mergeSources(v, child));
                    } else {
                        o.set(key, v);
                    }
                }
                // Merge keys ("<<: *defaults"): the keys written in the mapping win over the merged ones.
                for (JsonNode m : merged) {
                    m.fields().forEachRemaining(e -> {
                        if (!o.has(e.getKey())) o.set(e.getKey(), e.getValue());
                    });
                }
                node = o;
            }
            case START_ARRAY -> {
                ArrayNode a = f.arrayNode();
                for (JsonToken t = next(path); t != JsonToken.END_ARRAY; t = next(path)) {
                    a.add(value(path + "[" + a.size() + "]"));
                }
                node = a;
            }
            case VALUE_STRING -> node = f.textNode(parser.getText());
            case VALUE_NUMBER_INT -> {
                Number n = parser.getNumberValue();
                node = n instanceof Integer i ? f.numberNode(i) : n instanceof Long l ? f.numberNode(l)
                        : f.numberNode(parser.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                String text = parser.getText().trim();
                if (NOT_FINITE.matcher(text).matches()) {
                    throw new Problem(line(), path, "'" + text + "' (not a number or infinite) is not a value a case accepts;"
                            + " give a finite number");
                }
                double v = parser.getDoubleValue();
                if (!Double.isFinite(v)) {
                    throw new Problem(line(), path, "'" + text + "' is beyond the range of numbers (at most about 1.8e308)");
                }
                node = f.numberNode(v);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                // YAML 1.2: only true and false are booleans; yes, no, on, off, y and n are text.
                String text = parser.getText();
                node = BOOLEANS.contains(text) ? f.booleanNode(parser.currentToken() == JsonToken.VALUE_TRUE) : f.textNode(text);
            }
            case VALUE_NULL -> node = f.nullNode();
            default -> throw new Problem(line(), path, "unexpected YAML token " + parser.currentToken());
        }
        if (anchor != null) anchors.put(anchor, node);
        return node;
    }

    private java.util.List<JsonNode> mergeSources(JsonNode v, String path) throws Problem {
        java.util.List<JsonNode> out = new java.util.ArrayList<>();
        if (v.isObject()) {
            out.add(v);
        } else if (v.isArray()) {
            for (JsonNode m : v) {
                if (!m.isObject()) throw new Problem(line(), path, "a merge key '<<' takes a mapping or a list of mappings");
                out.add(m);
            }
        } else {
            throw new Problem(line(), path, "a merge key '<<' takes a mapping or a list of mappings (e.g. '<<: *defaults')");
        }
        return out;
    }

    private void count(String path, int n) throws Problem {
        values += n;
        if (values > MAX_VALUES) {
            throw new Problem(line(), path, "the aliases expand to more than " + MAX_VALUES + " values; a case file this"
                    + " large is a mistake");
        }
    }

    /**
     * The factory whose parsers tell the anchor of a scalar too: Jackson's YAML parser gives the anchor of
     * a mapping or list ({@code getObjectId}) but drops that of a scalar ({@code k: &kk 10 W/m/K}).
     */
    static final class Factory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        @Override
        protected YAMLParser _createParser(Reader r, IOContext ctxt) {
            return new AnchoredParser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
        }

        @Override
        protected YAMLParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable) {
            return _createParser(new CharArrayReader(data, offset, len), ctxt);
        }

        @Override
        protected YAMLParser _createParser(InputStream in, IOContext ctxt) {
            return _createParser(new InputStreamReader(in, StandardCharsets.UTF_8), ctxt);
        }

        @Override
        protected YAMLParser _createParser(byte[] data, int offset, int len, IOContext ctxt) {
            return _createParser(new ByteArrayInputStream(data, offset, len), ctxt);
        }
    }

    /** Jackson's YAML parser, telling the anchor of the current value whatever its kind. */
    static final class AnchoredParser extends YAMLParser {
        AnchoredParser(IOContext ctxt, int parserFeatures, int formatFeatures, LoaderOptions options, ObjectCodec codec,
                       Reader reader) {
            super(ctxt, parserFeatures, formatFeatures, options, codec, reader);
        }

        String anchor() {
            return _lastEvent instanceof NodeEvent n ? n.getAnchor() : null;
        }
    }

    private static int size(JsonNode n) {
        int s = 1;
        for (JsonNode c : n) s += size(c);
        return s;
    }
}
