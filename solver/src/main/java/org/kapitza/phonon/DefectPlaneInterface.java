package org.kapitza.phonon;

import org.kapitza.InputException;
import org.kapitza.interfaces.InterfaceContext;
import org.kapitza.interfaces.InterfaceModel;

/**
 * The {@code defect-plane} interface ({@link DefectPlane}): R = ((1 − f)/f)/h₀ with h₀ the phonon
 * radiation limit of the material with itself, applied with its exact one-way-flux law
 * {@code q = (f/(1 − f))(E(T₁) − E(T₂))} whatever the jump. Binds to one material only: both sides of
 * the plane must have the same acoustic data (grains of one polycrystal, or two regions of one material).
 *
 * <p>With a per-boundary distribution of f the model is built with {@link #perBoundary}: it is then the
 * bare 1/h₀ law, and the solver multiplies each boundary's R by (1 − f)/f of that boundary's f
 * ({@link org.kapitza.interfaces.ClearFractionDistribution}).
 */
public final class DefectPlaneInterface implements InterfaceModel {
    private final double factor;
    private final String what;
    private final AcousticLibrary library;
    private final PredictedInterface radiation;

    private DefectPlaneInterface(double factor, String what, AcousticLibrary library, PredictedInterface radiation) {
        this.factor = factor;
        this.what = what;
        this.library = library;
        this.radiation = radiation;
    }

    /** A plane of clear fraction f, unbound. */
    public DefectPlaneInterface(DefectPlane plane, Cutoff cutoff, AcousticLibrary library) {
        this(plane.resistanceFactor(), plane.describe(), library,
                new PredictedInterface(BoundaryModel.RADIATION_LIMIT, cutoff, library));
    }

    /** The bare law 1/h₀, for boundaries whose (1 − f)/f the solver applies one by one. */
    public static DefectPlaneInterface perBoundary(Cutoff cutoff, AcousticLibrary library) {
        return new DefectPlaneInterface(1, "defect plane, clear fraction f per boundary: R = ((1 − f)/f)/h₀(T)", library,
                new PredictedInterface(BoundaryModel.RADIATION_LIMIT, cutoff, library));
    }

    /**
     * The model for the material of a boundary, looked up by name.
     *
     * @throws InputException when the two sides are different materials (a defect plane has no mismatch
     *                        term: use dmm or amm, in series with a defect plane if needed) or have no data
     */
    @Override
    public DefectPlaneInterface bind(InterfaceContext context) {
        AcousticProperties a = library.get(context.side1().name());
        AcousticProperties b = library.get(context.side2().name());
        if (!a.equals(b.named(a.name()))) {
            throw new InputException("defect-plane applies between grains or regions of one material, not between '"
                    + a.name() + "' and '" + b.name() + "'; for two materials use dmm or amm");
        }
        return bind(a);
    }

    /** Bound to one material given directly (both sides). */
    public DefectPlaneInterface bind(AcousticProperties material) {
        return new DefectPlaneInterface(factor, what, library, radiation.bind(material, material));
    }

    /** (1 − f)/f of this plane (1 for a per-boundary model). */
    public double resistanceFactor() {
        return factor;
    }

    /** h₀(T), the material's radiation-limit conductance with itself (W m⁻²K⁻¹); needs a bound model. */
    public double radiationConductance(double t) {
        return law().conductance(t);
    }

    private ConductanceLaw law() {
        if (radiation.law() == null) {
            throw new IllegalStateException("defect-plane interface: not bound to a material; the solver binds it to"
                    + " the material on both sides of each boundary");
        }
        return radiation.law();
    }

    @Override
    public double resistance(double t1, double t2) {
        if (factor == 0) return 0; // a fully clear plane is bulk
        return factor / law().secantConductance(t1, t2);
    }

    @Override
    public boolean temperatureDependent() {
        return factor != 0;
    }

    @Override
    public String cutoffConvention() {
        return radiation.cutoffConvention();
    }

    @Override
    public String describe() {
        return what + ", h₀ = " + radiation.describe();
    }
}
