package org.kapitza.interfaces;

import java.util.List;
import org.kapitza.material.Conductivity;

/**
 * What a {@link ModelDeclaration} may ask of the case file an entry stands in while it builds the model.
 * Keys are relative to the entry ({@code "roughness"}, {@code "parts[0]"}; {@code ""} for the entry itself),
 * and every error names the file, line and key path.
 */
public interface ModelInput {
    /** An error about a key of this entry, to throw. */
    RuntimeException error(String key, String message);

    /** The two values of a pair-valued key ({@code what} says what they are), or an error. */
    List<Double> pair(List<Double> values, String key, String what);

    /** The model of an entry nested in this one's parameters, at {@code key}. */
    InterfaceModel nested(ModelDeclaration.Nested entry, String key);

    /** The conductivity of a material the case knows, or an error at {@code key}. */
    Conductivity conductivity(String material, String key);
}
