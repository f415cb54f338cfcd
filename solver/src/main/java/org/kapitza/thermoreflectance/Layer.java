package org.kapitza.thermoreflectance;

import org.kapitza.InputException;

/**
 * One layer of a thermoreflectance stack, counted from the heated surface down.
 *
 * @param name          the layer's name, for messages and fit parameters
 * @param kCross        cross-plane (through-thickness, z) thermal conductivity, W/(m·K)
 * @param kIn           in-plane (radial) thermal conductivity, W/(m·K)
 * @param heatCapacity  volumetric heat capacity ρc_p, J/(m³·K)
 * @param thickness     thickness, m; {@link Double#POSITIVE_INFINITY} for a semi-infinite substrate (the
 *                      last layer only)
 */
public record Layer(String name, double kCross, double kIn, double heatCapacity, double thickness) {
    public Layer {
        positive(name, "k_cross", kCross);
        positive(name, "k_in", kIn);
        positive(name, "C", heatCapacity);
        if (!(thickness > 0)) {
            throw new InputException("layer '" + name + "': thickness " + thickness + " m must be positive (or infinite for a substrate)");
        }
    }

    /** An isotropic layer. */
    public static Layer isotropic(String name, double k, double heatCapacity, double thickness) {
        return new Layer(name, k, k, heatCapacity, thickness);
    }

    /** True for a semi-infinite substrate. */
    public boolean semiInfinite() {
        return thickness == Double.POSITIVE_INFINITY;
    }

    /** A copy with another property value. */
    public Layer with(String property, double value) {
        return switch (property) {
            case "k" -> new Layer(name, value, value, heatCapacity, thickness);
            case "k_cross" -> new Layer(name, value, kIn, heatCapacity, thickness);
            case "k_in" -> new Layer(name, kCross, value, heatCapacity, thickness);
            case "C" -> new Layer(name, kCross, kIn, value, thickness);
            case "thickness" -> new Layer(name, kCross, kIn, heatCapacity, value);
            default -> throw new IllegalArgumentException("no layer property " + property);
        };
    }

    /** A property value by name ({@code k} is the cross-plane value of an isotropic layer). */
    public double get(String property) {
        return switch (property) {
            case "k", "k_cross" -> kCross;
            case "k_in" -> kIn;
            case "C" -> heatCapacity;
            case "thickness" -> thickness;
            default -> throw new IllegalArgumentException("no layer property " + property);
        };
    }

    private static void positive(String layer, String key, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new InputException("layer '" + layer + "': " + key + " = " + v + " must be a positive finite number");
        }
    }
}
