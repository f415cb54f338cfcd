package org.kapitza.phonon;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kapitza.interfaces.InterfaceContext;
import org.kapitza.interfaces.InterfaceModel;

/**
 * An interface whose resistance is predicted from the two materials' data: {@code dmm}, {@code amm},
 * {@code radiation-limit}, {@code khalatnikov} or {@code electron-dmm} ({@link BoundaryModel}) with a
 * cutoff convention. Created unbound; {@link #bind} looks both materials up by name in the
 * {@link AcousticLibrary} and tabulates the law once per pair ({@link TabulatedConductance}).
 *
 * <p>For a bath (a fixed-temperature boundary with this model as its contact, whose binding sees the
 * solid on both sides) {@link #againstBath} fixes side 2: {@code of("khalatnikov", c).againstBath("helium-4")}
 * is the Kapitza resistance of every wetted surface to a liquid-helium bath.
 *
 * <p>The law is applied exactly for any jump, {@code q = E(T₁) − E(T₂)}: the resistance is the secant
 * {@code R = (T₁ − T₂)/(E(T₁) − E(T₂))}, 1/h(T) at T₁ = T₂, so a converged nonlinear solve satisfies the
 * law whatever ΔT/T. One call costs a binary search and a few multiplications (about 40 ns on B1 100³,
 * benchmarks' PredictedModelBenchmark: 0.2 % of a 10⁶-cell solve).
 */
public final class PredictedInterface implements InterfaceModel {
    private final BoundaryModel model;
    private final Cutoff cutoff;
    private final AcousticLibrary library;
    private final Map<List<AcousticProperties>, ConductanceLaw> cache;
    private final String bath;
    private final ConductanceLaw law;
    private final String description;

    /** An unbound model. */
    public PredictedInterface(BoundaryModel model, Cutoff cutoff, AcousticLibrary library) {
        this(model, cutoff, library, new ConcurrentHashMap<>(), null, null);
    }

    private PredictedInterface(BoundaryModel model, Cutoff cutoff, AcousticLibrary library,
                               Map<List<AcousticProperties>, ConductanceLaw> cache, String bath, ConductanceLaw law) {
        this.model = model;
        this.cutoff = cutoff;
        this.library = library;
        this.cache = cache;
        this.bath = bath;
        this.law = law;
        this.description = law != null ? law.describe() + (bath != null ? " (bath)" : "")
                : model.id() + " (" + model.title() + "), " + (model.usesCutoff() ? cutoff.label() : "no phonon cutoff (electrons)")
                + (bath != null ? ": each surface against a bath of " + bath : ": materials from each interface");
    }

    /** By name with the built-in acoustic library: {@code of("dmm", Cutoff.PER_BRANCH)}. */
    public static PredictedInterface of(String modelName, Cutoff cutoff) {
        return new PredictedInterface(BoundaryModel.byName(modelName), cutoff, AcousticLibrary.builtIn());
    }

    /**
     * The model for the two materials of an interface, looked up by name.
     *
     * @throws org.kapitza.InputException (an IllegalArgumentException) naming a material that has no
     *                                    acoustic data and listing those that have
     */
    @Override
    public PredictedInterface bind(InterfaceContext context) {
        AcousticProperties a = library.get(context.side1().name());
        AcousticProperties b = library.get(bath != null ? bath : context.side2().name());
        return bind(a, b);
    }

    /** The model for two materials given directly. */
    public PredictedInterface bind(AcousticProperties side1, AcousticProperties side2) {
        // Keyed by the data themselves (records compare by value): one table per distinct pair.
        ConductanceLaw l = cache.computeIfAbsent(List.of(side1, side2), k -> model.fastLaw(side1, side2, cutoff));
        return new PredictedInterface(model, cutoff, library, cache, bath, l);
    }

    /**
     * The same model with side 2 fixed to a bath medium named in the library (side 1 is the surface's
     * material), for use as the contact of a fixed-temperature boundary.
     */
    public PredictedInterface againstBath(String medium) {
        library.get(medium); // fail now, naming the medium, rather than at the first solve
        return new PredictedInterface(model, cutoff, library, cache, medium, null);
    }

    /** The bound law (null before binding). */
    public ConductanceLaw law() {
        return law;
    }

    public BoundaryModel model() {
        return model;
    }

    public Cutoff cutoff() {
        return cutoff;
    }

    @Override
    public double resistance(double t1, double t2) {
        if (law == null) {
            throw new IllegalStateException(model.id() + " interface: not bound to two materials; the solver binds it"
                    + " to the materials on either side of each interface");
        }
        return 1.0 / law.secantConductance(t1, t2);
    }

    @Override
    public boolean temperatureDependent() {
        return true;
    }

    /** {@code debye} or {@code per-branch}; "" for a model without a phonon cutoff (electron-dmm). */
    @Override
    public String cutoffConvention() {
        return model.usesCutoff() ? cutoff.id() : "";
    }

    @Override
    public String describe() {
        return description;
    }
}
