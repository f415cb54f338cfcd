package org.kapitza.interfaces;

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
}
