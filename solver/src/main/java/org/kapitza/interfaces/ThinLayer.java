package org.kapitza.interfaces;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import org.kapitza.io.casefile.SI;
import org.kapitza.material.Conductivity;

/**
 * A thin layer that is not meshed (a TIM, a bond line, a varnish film): R = t / k(T), k evaluated at
 * the mean temperature of the two sides, along the face axis (docs/PHYSICS.md §8).
 */
public record ThinLayer(double thickness, Conductivity conductivity) implements InterfaceModel {
    public ThinLayer {
        if (!(thickness > 0) || !Double.isFinite(thickness)) {
            throw new IllegalArgumentException("layer interface: thickness must be a positive length, got " + thickness + " m");
        }
    }

    @Override
    public double resistance(double t1, double t2) {
        return thickness / conductivity.k(2, 0.5 * (t1 + t2));
    }

    @Override
    public boolean temperatureDependent() {
        return conductivity.temperatureDependent();
    }

    @Override
    public InterfaceModel bind(InterfaceContext context) {
        if (context.axis() == 2 || conductivity.isotropic()) return this;
        int axis = context.axis();
        ThinLayer self = this;
        return new InterfaceModel() {
            @Override
            public double resistance(double t1, double t2) {
                return thickness / conductivity.k(axis, 0.5 * (t1 + t2));
            }

            @Override
            public boolean temperatureDependent() {
                return self.temperatureDependent();
            }

            @Override
            public String describe() {
                return self.describe();
            }
        };
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "thin layer %g m of k = %s", thickness, conductivity.describe());
    }

    /**
     * Case-file entry {@code model: layer}: R = thickness / k; k given, or the conductivity of a named material.
     *
     * @param thickness layer thickness (m)
     * @param k         its conductivity (W/(m·K)), or
     * @param material  the material whose conductivity to use
     */
    public record Parameters(@JsonProperty(required = true) @SI("m") Double thickness,
                             @SI("W/(m.K)") Double k,
                             String material) {
    }

    /** {@code model: layer}: {@code thickness} and {@code k} or {@code material}. */
    public static final ModelDeclaration<Parameters> DECLARATION = ModelDeclaration.of("layer", Parameters.class, (l, in) -> {
        if ((l.k() == null) == (l.material() == null)) {
            throw in.error("", "give either 'k' (a conductivity) or 'material' (whose conductivity to use)");
        }
        Conductivity k = l.k() != null ? new org.kapitza.material.ConstantConductivity(l.k()) : in.conductivity(l.material(), "material");
        return new ThinLayer(l.thickness(), k);
    });
}
