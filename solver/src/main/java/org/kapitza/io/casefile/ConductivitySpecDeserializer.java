package org.kapitza.io.casefile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.kapitza.io.units.Units;

/**
 * A conductivity written as a number with units ({@code k: 4 W/m/K}) or as an object with exactly one
 * of the forms {@code {x, y, z}}, {@code {power_law: ...}}, {@code {table: ...}}.
 */
final class ConductivitySpecDeserializer extends StdDeserializer<MaterialSpec.ConductivitySpec> {
    private static final long serialVersionUID = 1L;
    private static final List<String> FORMS = List.of("x", "y", "z", "power_law", "table");

    ConductivitySpecDeserializer() {
        super(MaterialSpec.ConductivitySpec.class);
    }

    @Override
    public MaterialSpec.ConductivitySpec deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return new MaterialSpec.ConductivitySpec(p.getDoubleValue(), null, null, null);
        }
        if (t == JsonToken.VALUE_STRING) {
            try {
                return new MaterialSpec.ConductivitySpec(Units.toSI(p.getText(), "W/(m.K)"), null, null, null);
            } catch (IllegalArgumentException e) {
                throw InvalidFormatException.from(p, e.getMessage(), p.getText(), Double.class);
            }
        }
        if (t != JsonToken.START_OBJECT) {
            throw InvalidFormatException.from(p, "expected a thermal conductivity such as 4 W/m/K, or {x, y, z}, {power_law: ...}"
                    + " or {table: ...}; got " + (t == JsonToken.START_ARRAY ? "a list" : p.getText()), p.getText(),
                    MaterialSpec.ConductivitySpec.class);
        }
        JsonNode node = ctxt.readTree(p);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!FORMS.contains(key)) {
                throw UnrecognizedPropertyException.from(p, MaterialSpec.ConductivitySpec.class, key, List.copyOf(FORMS));
            }
        }
        int forms = (node.has("power_law") ? 1 : 0) + (node.has("table") ? 1 : 0)
                + (node.has("x") || node.has("y") || node.has("z") ? 1 : 0);
        if (forms != 1) {
            throw InvalidFormatException.from(p, "give the conductivity in exactly one form: a number with units, {x, y, z},"
                    + " {power_law: ...} or {table: ...}", node.toString(), MaterialSpec.ConductivitySpec.class);
        }
        if (node.has("power_law")) {
            return new MaterialSpec.ConductivitySpec(null, null, nested(ctxt, node, "power_law", MaterialSpec.PowerLaw.class), null);
        }
        if (node.has("table")) {
            return new MaterialSpec.ConductivitySpec(null, null, null, nested(ctxt, node, "table", MaterialSpec.Table.class));
        }
        return new MaterialSpec.ConductivitySpec(null, ctxt.readTreeAsValue(node, MaterialSpec.Anisotropic.class), null, null);
    }

    /** Binds a sub-mapping, keeping its key in the path of any error (readTreeAsValue starts a new path). */
    private static <T> T nested(DeserializationContext ctxt, JsonNode node, String key, Class<T> type) throws IOException {
        try {
            return ctxt.readTreeAsValue(node.get(key), type);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            e.prependPath(MaterialSpec.ConductivitySpec.class, key);
            throw e;
        }
    }
}
