package org.kapitza.io.casefile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.kapitza.io.units.Units;

/** A specific heat written as a number with units ({@code cp: 385 J/kg/K}) or {@code {table: {T: [...], cp: [...]}}}. */
final class SpecificHeatSpecDeserializer extends StdDeserializer<MaterialSpec.SpecificHeatSpec> {
    private static final long serialVersionUID = 1L;

    SpecificHeatSpecDeserializer() {
        super(MaterialSpec.SpecificHeatSpec.class);
    }

    @Override
    public MaterialSpec.SpecificHeatSpec deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return new MaterialSpec.SpecificHeatSpec(p.getDoubleValue(), null);
        }
        if (t == JsonToken.VALUE_STRING) {
            try {
                return new MaterialSpec.SpecificHeatSpec(Units.toSI(p.getText(), "J/(kg.K)"), null);
            } catch (IllegalArgumentException e) {
                throw InvalidFormatException.from(p, e.getMessage(), p.getText(), Double.class);
            }
        }
        if (t != JsonToken.START_OBJECT) {
            throw InvalidFormatException.from(p, "expected a specific heat such as 385 J/kg/K, or {table: {T: [...], cp: [...]}};"
                    + " got " + (t == JsonToken.START_ARRAY ? "a list" : p.getText()), p.getText(),
                    MaterialSpec.SpecificHeatSpec.class);
        }
        JsonNode node = ctxt.readTree(p);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.equals("table")) {
                throw UnrecognizedPropertyException.from(p, MaterialSpec.SpecificHeatSpec.class, key, List.of("table"));
            }
        }
        if (!node.has("table")) {
            throw InvalidFormatException.from(p, "give the specific heat as a number with units (J/kg/K) or as"
                    + " {table: {T: [...], cp: [...]}}", node.toString(), MaterialSpec.SpecificHeatSpec.class);
        }
        try {
            return new MaterialSpec.SpecificHeatSpec(null, ctxt.readTreeAsValue(node.get("table"), MaterialSpec.SpecificHeatTable.class));
        } catch (JsonMappingException e) {
            e.prependPath(MaterialSpec.SpecificHeatSpec.class, "table");
            throw e;
        }
    }
}
