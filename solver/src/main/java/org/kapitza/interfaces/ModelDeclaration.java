package org.kapitza.interfaces;

import java.util.function.BiFunction;

/**
 * How a case file names an interface model ({@code model: constant}) and what it takes: the model's own
 * parameters, as a record bound from the entry's keys (units by {@code @SI}, required keys by
 * {@code @JsonProperty(required = true)}), and the rule that builds the model from them. Where the model
 * applies ({@code between}, {@code materials}, {@code region}, {@code name}, {@code staircase}) is read
 * apart by the case-file reader, once for every model.
 *
 * <p>Each model declares itself beside its class ({@code ConstantResistance.DECLARATION}); the case-file
 * reader knows the declarations from one list, {@code org.kapitza.io.casefile.InterfaceModels}. Adding a
 * model is its class with its declaration, a line in that list, its test and a row in the README's table
 * of interface models.
 *
 * @param <P> the parameter record
 */
public interface ModelDeclaration<P extends Record> {
    /** The model's name in case files ({@code constant}, {@code power-law}). */
    String name();

    /** The record the entry's own keys are bound to. */
    Class<P> parameters();

    /**
     * The model of one entry.
     *
     * @param parameters the entry's parameters, bound and converted to SI
     * @param input      the entry's place in the case file, for errors and nested models
     * @throws IllegalArgumentException a value the model refuses (reported at the entry's key path)
     */
    InterfaceModel build(P parameters, ModelInput input);

    /** A declaration from its name, parameter record and building rule. */
    static <P extends Record> ModelDeclaration<P> of(String name, Class<P> parameters,
                                                     BiFunction<P, ModelInput, InterfaceModel> build) {
        return new ModelDeclaration<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Class<P> parameters() {
                return parameters;
            }

            @Override
            public InterfaceModel build(P p, ModelInput input) {
                return build.apply(p, input);
            }

            @Override
            public String toString() {
                return "model '" + name + "'";
            }
        };
    }

    /**
     * A model entry inside another model's parameters (the parts of a series, the lattice of a
     * spin-two-channel interface): bound by the case-file reader like any entry, and built through
     * {@link ModelInput#nested}.
     */
    interface Nested {
    }
}
