package org.kapitza.io.casefile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * Reads a text value (a name, a choice such as {@code backward-euler}) only from YAML text: a number or
 * boolean where a name belongs is refused rather than turned into "1.0" or "true" (which would then name
 * output files or look up regions no one wrote).
 */
final class TextDeserializer extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    TextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) return p.getText();
        if (t != null && t.isScalarValue()) {
            String text = p.getText();
            throw InvalidFormatException.from(p, "expected text, got " + text + " (a " + (t.isBoolean() ? "boolean" : "number")
                    + "); quote it if it is meant as text: \"" + text + "\"", text, String.class);
        }
        return (String) ctxt.handleUnexpectedToken(String.class, p);
    }
}
