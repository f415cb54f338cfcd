package org.kapitza.io.casefile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.kapitza.Suggest;
import org.kapitza.io.units.Units;

/**
 * Reads a {@link TimeVarying}: a quantity in the unit of the property's {@link SI} annotation, or a
 * mapping {@code {t: [...], value: [...], interpolation: linear|step}} with times in s. Every value is
 * checked for its kind of unit, and the table for order and length, where it is read, so errors carry
 * the key path and line.
 */
final class TimeVaryingDeserializer extends StdDeserializer<TimeVarying> implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    private static final List<String> KEYS = List.of("t", "value", "interpolation");
    private final String unit;
    private final boolean absolute;

    TimeVaryingDeserializer() {
        this("1", false);
    }

    private TimeVaryingDeserializer(String unit, boolean absolute) {
        super(TimeVarying.class);
        this.unit = unit;
        this.absolute = absolute;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        SI si = property == null ? null : property.getAnnotation(SI.class);
        return new TimeVaryingDeserializer(si == null ? "1" : si.value(), si != null && si.absolute());
    }

    @Override
    public TimeVarying deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return TimeVarying.of(checked(p, p.getDoubleValue(), p.getText(), absolute));
        }
        if (t == JsonToken.VALUE_STRING) return TimeVarying.of(checked(p, quantity(p, p.getText(), null, unit), p.getText(), absolute));
        if (t != JsonToken.START_OBJECT) {
            throw InvalidFormatException.from(p, "expected " + Units.kind(unit) + " (a number with units) or a table in time"
                    + " {t: [...], value: [...]}", p.getText(), TimeVarying.class);
        }
        JsonNode node = ctxt.readTree(p);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) throw UnrecognizedPropertyException.from(p, TimeVarying.class, key, List.copyOf(KEYS));
        }
        List<Double> times = list(p, node, "t", "s", false);
        List<Double> values = list(p, node, "value", unit, absolute);
        if (times.size() != values.size()) {
            throw mismatch(p, "value", "the table has " + times.size() + " times but " + values.size()
                    + " values; give one value per time");
        }
        for (int i = 1; i < times.size(); i++) {
            if (!(times.get(i) > times.get(i - 1))) {
                throw mismatch(p, "t", "times must increase, but t[" + (i - 1) + "] = " + times.get(i - 1) + " s and t[" + i
                        + "] = " + times.get(i) + " s");
            }
        }
        String interpolation = "linear";
        if (node.has("interpolation")) {
            interpolation = node.get("interpolation").asText();
            if (!TimeVarying.INTERPOLATIONS.contains(interpolation)) {
                throw mismatch(p, "interpolation", "unknown interpolation '" + interpolation + "'"
                        + Suggest.didYouMean(interpolation, TimeVarying.INTERPOLATIONS) + "; choose linear or step");
            }
        }
        return new TimeVarying(null, times, values, interpolation);
    }

    private static List<Double> list(JsonParser p, JsonNode node, String key, String unit, boolean absolute) throws IOException {
        JsonNode a = node.get(key);
        if (a == null) throw mismatch(p, null, "a table in time needs '" + key + "': {t: [...], value: [...]}");
        if (!a.isArray() || a.isEmpty()) throw mismatch(p, key, "must be a list of at least one value");
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            JsonNode v = a.get(i);
            try {
                out.add(checked(p, quantity(p, v.isTextual() ? v.asText() : null, v.isNumber() ? v.asDouble() : null, unit),
                        v.asText(), absolute));
            } catch (JsonMappingException e) {
                e.prependPath(TimeVarying.class, i);
                e.prependPath(TimeVarying.class, key);
                throw e;
            }
        }
        return out;
    }

    private static double quantity(JsonParser p, String text, Number number, String unit) throws IOException {
        if (number != null) return number.doubleValue();
        if (text == null) throw InvalidFormatException.from(p, "expected " + Units.kind(unit), null, Double.class);
        try {
            return Units.toSI(text, unit);
        } catch (IllegalArgumentException e) {
            throw InvalidFormatException.from(p, e.getMessage(), text, Double.class);
        }
    }

    /** An absolute temperature must be above 0 K. */
    private static double checked(JsonParser p, double v, String text, boolean absolute) throws IOException {
        String problem = absolute ? Units.absoluteTemperatureProblem(v, text) : null;
        if (problem != null) throw InvalidFormatException.from(p, problem, text, Double.class);
        return v;
    }

    private static JsonMappingException mismatch(JsonParser p, String key, String message) {
        JsonMappingException e = InvalidFormatException.from(p, message, null, TimeVarying.class);
        if (key != null) e.prependPath(TimeVarying.class, key);
        return e;
    }
}
