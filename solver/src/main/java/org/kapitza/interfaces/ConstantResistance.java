package org.kapitza.interfaces;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.kapitza.io.casefile.SI;

/** A temperature-independent resistance R (m²K/W); R = 0 is a perfect contact. */
public record ConstantResistance(double value) implements InterfaceModel {
    public ConstantResistance {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("interface resistance must be a non-negative number of m²K/W, got " + value);
        }
    }

    @Override
    public double resistance(double t1, double t2) {
        return value;
    }

    @Override
    public String describe() {
        return "constant R = " + value + " m²K/W";
    }

    /** Case-file entry {@code model: constant}. @param r R (m²K/W) */
    public record Parameters(@JsonProperty(value = "R", required = true) @SI("m2.K/W") Double r) {
    }

    /** {@code model: constant}: {@code R}. */
    public static final ModelDeclaration<Parameters> DECLARATION = ModelDeclaration.of("constant", Parameters.class,
            (p, in) -> new ConstantResistance(p.r()));
}
