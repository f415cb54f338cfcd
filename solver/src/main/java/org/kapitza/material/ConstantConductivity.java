package org.kapitza.material;

/** A constant, isotropic conductivity. */
public record ConstantConductivity(double value) implements Conductivity {
    public ConstantConductivity {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("conductivity must be a positive number of W/(m·K), got " + value);
        }
    }

    @Override
    public double k(int axis, double t) {
        return value;
    }

    @Override
    public String describe() {
        return org.kapitza.Numbers.format(value) + " W/(m·K)";
    }
}
