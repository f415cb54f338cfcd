package org.kapitza.io.casefile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import org.kapitza.interfaces.ModelDeclaration;

/**
 * An interface-model entry as written in a case file: where it applies ({@link Placement}, read once for
 * every model) and the model chosen by its {@code model} key with that model's own parameters, bound to
 * the record its {@link ModelDeclaration} names ({@link InterfaceModels} lists them). The same entries
 * serve {@code interfaces} (with {@code between} regions or {@code materials}), {@code grain_boundaries}
 * (with {@code region} and {@code staircase}), the parts of a {@code series}, and the {@code contact} of a
 * fixed-temperature boundary; the builder checks that each entry uses only the keys of its place.
 *
 * @param declaration the model
 * @param placement   where it applies
 * @param parameters  the model's parameters, a record of {@code declaration.parameters()}
 */
@JsonDeserialize(using = ModelSpecDeserializer.class)
public record ModelSpec(ModelDeclaration<?> declaration, Placement placement, Record parameters)
        implements ModelDeclaration.Nested {

    /**
     * Where an entry applies; each place takes some of these keys and refuses the others.
     *
     * @param name      label in reports
     * @param between   two region (layer) names of an interface
     * @param materials two material names of an interface
     * @param region    region of a grain-boundary entry
     * @param staircase staircase correction of a grain-boundary entry
     */
    public record Placement(String name, List<String> between, List<String> materials, String region, Boolean staircase) {
        /** The keys of a placement, in the order messages list them. */
        static final List<String> KEYS = List.of("name", "between", "materials", "region", "staircase");
    }

    /** The model's name in the case file. */
    public String model() {
        return declaration.name();
    }

    /** Label in reports. */
    public String name() {
        return placement.name();
    }

    /** Two region (layer) names. */
    public List<String> between() {
        return placement.between();
    }

    /** Two material names. */
    public List<String> materials() {
        return placement.materials();
    }

    /** Region of a grain-boundary entry. */
    public String region() {
        return placement.region();
    }

    /** Staircase correction of a grain-boundary entry. */
    public Boolean staircase() {
        return placement.staircase();
    }

    /** Whether any placement key is given (a nested model takes none). */
    boolean placed() {
        return between() != null || materials() != null || region() != null || staircase() != null;
    }
}
