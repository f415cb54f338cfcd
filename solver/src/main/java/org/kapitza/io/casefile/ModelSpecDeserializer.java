package org.kapitza.io.casefile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.kapitza.interfaces.ModelDeclaration;

/**
 * Binds an interface-model entry: the placement keys to a {@link ModelSpec.Placement}, the {@code model}
 * key to a {@link ModelDeclaration} of {@link InterfaceModels}, and the remaining keys, strictly, to that
 * model's parameter record. Errors carry the key path inside the entry; the reader prefixes the entry's
 * own path and reports them as it reports every binding error.
 */
final class ModelSpecDeserializer extends StdDeserializer<ModelSpec> {
    ModelSpecDeserializer() {
        super(ModelSpec.class);
    }

    @Override
    public ModelSpec deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = ctxt.readTree(p);
        if (!node.isObject()) {
            throw MismatchedInputException.from(p, ModelSpec.class, "expected a mapping of keys for a model entry");
        }
        JsonNode id = node.get("model");
        if (id == null || id.isNull()) {
            throw InvalidTypeIdException.from(p, "missing type id property 'model'", ctxt.constructType(ModelSpec.class), null);
        }
        if (!id.isValueNode()) {
            // A list or a mapping where the model's name belongs: said as any text key given a structure is.
            MismatchedInputException e = MismatchedInputException.from(p, String.class, "expected a model name");
            e.prependPath(ModelSpec.class, "model");
            throw e;
        }
        String name = id.asText();
        ModelDeclaration<?> declaration = InterfaceModels.byName(name);
        if (declaration == null) {
            throw InvalidTypeIdException.from(p, "unknown model '" + name + "'", ctxt.constructType(ModelSpec.class), name);
        }
        ObjectNode own = ((ObjectNode) node).deepCopy();
        own.remove("model");
        ObjectNode place = own.objectNode();
        for (String key : ModelSpec.Placement.KEYS) {
            JsonNode v = own.remove(key);
            if (v != null) place.set(key, v);
        }
        ModelSpec.Placement placement = ctxt.readTreeAsValue(place, ModelSpec.Placement.class);
        Record parameters = ctxt.readTreeAsValue(own, declaration.parameters());
        return new ModelSpec(declaration, placement, parameters);
    }

    @Override
    public Class<?> handledType() {
        return ModelSpec.class;
    }
}
