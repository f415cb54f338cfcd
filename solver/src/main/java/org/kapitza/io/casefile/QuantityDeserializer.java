package org.kapitza.io.casefile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import org.kapitza.io.units.Units;

/**
 * Reads a {@link Double} from a number or a "value unit" string, converting it to the SI unit named
 * by the property's {@link SI} annotation (a plain number when there is none). The annotation on a
 * list property applies to its elements.
 */
final class QuantityDeserializer extends StdDeserializer<Double> implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    private final String unit;
    private final boolean absolute;

    QuantityDeserializer(String unit) {
        this(unit, false);
    }

    private QuantityDeserializer(String unit, boolean absolute) {
        super(Double.class);
        this.unit = unit;
        this.absolute = absolute;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        SI si = property == null ? null : property.getAnnotation(SI.class);
        return new QuantityDeserializer(si == null ? "1" : si.value(), si != null && si.absolute());
    }

    @Override
    public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return checked(p, p.getDoubleValue(), p.getText());
        }
        if (t == JsonToken.VALUE_STRING) {
            String text = p.getText();
            double v;
            try {
                v = Units.toSI(text, unit);
            } catch (IllegalArgumentException e) {
                throw InvalidFormatException.from(p, e.getMessage(), text, Double.class);
            }
            return checked(p, v, text);
        }
        return (Double) ctxt.handleUnexpectedToken(Double.class, p);
    }

    /** An absolute temperature must be above 0 K. */
    private Double checked(JsonParser p, double v, String text) throws IOException {
        String problem = absolute ? Units.absoluteTemperatureProblem(v, text) : null;
        if (problem != null) throw InvalidFormatException.from(p, problem, text, Double.class);
        return v;
    }

    /** What this property expects, for messages. */
    String expected() {
        return Units.kind(unit);
    }
}
