package org.kapitza.io.casefile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import org.kapitza.InputException;
import org.kapitza.Suggest;
import org.kapitza.interfaces.ClearFractionDistribution;
import org.kapitza.interfaces.InterfaceModel;
import org.kapitza.interfaces.ModelDeclaration;
import org.kapitza.interfaces.ModelInput;
import org.kapitza.interfaces.SeriesResistance;
import org.kapitza.phonon.AcousticLibrary;
import org.kapitza.phonon.AcousticProperties;
import org.kapitza.phonon.BoundaryConductanceTable;
import org.kapitza.phonon.BoundaryModel;
import org.kapitza.phonon.Cutoff;
import org.kapitza.phonon.DefectPlane;
import org.kapitza.phonon.DefectPlaneInterface;
import org.kapitza.phonon.PredictedInterface;
import org.kapitza.phonon.SpinTwoChannel;
import org.kapitza.phonon.SpinTwoChannelInterface;

/**
 * The predicted interface models of a case file ({@code dmm}, {@code amm}, {@code radiation-limit},
 * {@code electron-dmm}, {@code khalatnikov}, {@code defect-plane}, {@code spin-two-channel}): declares
 * them (their classes live in {@link org.kapitza.phonon}, which knows nothing of case files), builds
 * them, and checks before any solve that every
 * material they will bind to has the data they need. The solver binds a model by material name only
 * when it assembles the problem; checking here lets each error name the key path of the entry at fault,
 * the material and where it sits.
 *
 * <p>Every model built is recorded in {@link #notes()} with its cutoff convention, which changes
 * room-temperature results by up to 10× (docs/PHYSICS.md §3), so that every output can state it.
 */
final class PredictedModels {
    /**
     * The cutoff convention when an entry names none: B, per branch. Each branch then holds exactly one
     * mode per atom; convention A gives slow transverse branches the longitudinal cutoff, far more states
     * than the crystal has. Both give the same T³ law below about Θ_D/20.
     */
    static final Cutoff DEFAULT_CUTOFF = Cutoff.PER_BRANCH;

    /** The spellings of the two conventions in case files. */
    static final List<String> CUTOFF_NAMES = List.of("debye", "per-branch");

    /** Where an entry applies: between two sides of the mesh, or between a surface and a bath. */
    enum Place {
        INTERFACE, GRAIN_BOUNDARY, BATH
    }

    /**
     * A material a model will bind to, for messages.
     *
     * @param material material name, looked up in the acoustic library
     * @param origin   where it comes from: "region 'film'", "patch 'cap.top'", "the bath medium"
     */
    record Side(String material, String origin) {
        String shown() {
            return "'" + material + "'" + (origin.isEmpty() ? "" : " (" + origin + ")");
        }
    }

    // ---- the declarations: names and parameters in case files ----------------------------------------

    /**
     * A model predicted from the two materials' acoustic (or electronic) data, {@link org.kapitza.phonon}:
     * the materials are those on either side of the interface, or the surface's material and the bath
     * {@code medium} for the contact of a fixed-temperature boundary.
     */
    sealed interface Predicted {
        /** Which model. */
        BoundaryModel kind();

        /** Phonon cutoff convention as written ({@code debye} or {@code per-branch}), or null for the default. */
        String cutoff();

        /** The bath medium (acoustic-library name) of a boundary contact; null elsewhere. */
        String medium();
    }

    /** Diffuse mismatch. */
    public record Dmm(String cutoff, String medium) implements Predicted {
        @Override
        public BoundaryModel kind() {
            return BoundaryModel.DMM;
        }
    }

    /** Acoustic mismatch (specular, no mode conversion). */
    public record Amm(String cutoff, String medium) implements Predicted {
        @Override
        public BoundaryModel kind() {
            return BoundaryModel.AMM;
        }
    }

    /** The phonon radiation limit: the largest elastic phonon conductance. */
    public record RadiationLimit(String cutoff, String medium) implements Predicted {
        @Override
        public BoundaryModel kind() {
            return BoundaryModel.RADIATION_LIMIT;
        }
    }

    /** Electron diffuse mismatch between two metals; electrons have no phonon cutoff. */
    public record ElectronDmm(String medium) implements Predicted {
        @Override
        public BoundaryModel kind() {
            return BoundaryModel.ELECTRON_DMM;
        }

        @Override
        public String cutoff() {
            return null;
        }
    }

    /** A liquid (⁴He) against a solid, acoustic mismatch with mode conversion. */
    public record Khalatnikov(String cutoff, String medium) implements Predicted {
        @Override
        public BoundaryModel kind() {
            return BoundaryModel.KHALATNIKOV;
        }
    }

    /**
     * Spin-dependent two-channel electronic interface (Valet–Fert), optionally with a lattice model in
     * parallel.
     *
     * @param ra      spin-averaged resistance–area product A R* (Ω m²)
     * @param gamma   interface spin asymmetry γ, −1 &lt; γ &lt; 1
     * @param lattice phonon (or any) model in parallel, or null
     */
    public record SpinTwoChannelParameters(@JsonProperty(value = "RA", required = true) @SI("Ohm.m2") Double ra,
                                           @JsonProperty(required = true) @SI("1") Double gamma,
                                           ModelDeclaration.Nested lattice) {
    }

    /**
     * A plane of scattering defects between grains (or regions) of one material, {@link DefectPlane}:
     * R = ((1 − f)/f)/h₀(T), h₀ the material's own phonon radiation limit.
     *
     * @param clearFraction f in (0, 1], or null when a distribution is given
     * @param distribution  f per boundary (grain boundaries only), or null
     * @param cutoff        phonon cutoff convention of h₀, or null for the default
     */
    public record DefectPlaneParameters(@JsonProperty("clear_fraction") @SI("1") Double clearFraction,
                                        FractionDistribution distribution,
                                        String cutoff) {
    }

    /** A distribution of clear fractions: {@code uniform} (min, max) or {@code normal} (mean, std), and a seed. */
    public record FractionDistribution(@JsonProperty(required = true) String kind,
                                       @SI("1") Double mean, @SI("1") Double std, @SI("1") Double min, @SI("1") Double max,
                                       Long seed) {
    }

    static final ModelDeclaration<Dmm> DMM = ModelDeclaration.of("dmm", Dmm.class, PredictedModels::predicted);
    static final ModelDeclaration<Amm> AMM = ModelDeclaration.of("amm", Amm.class, PredictedModels::predicted);
    static final ModelDeclaration<RadiationLimit> RADIATION_LIMIT = ModelDeclaration.of("radiation-limit",
            RadiationLimit.class, PredictedModels::predicted);
    static final ModelDeclaration<ElectronDmm> ELECTRON_DMM = ModelDeclaration.of("electron-dmm", ElectronDmm.class,
            PredictedModels::predicted);
    static final ModelDeclaration<Khalatnikov> KHALATNIKOV = ModelDeclaration.of("khalatnikov", Khalatnikov.class,
            PredictedModels::predicted);
    static final ModelDeclaration<SpinTwoChannelParameters> SPIN_TWO_CHANNEL = ModelDeclaration.of("spin-two-channel",
            SpinTwoChannelParameters.class, (sp, in) -> {
                if (!(sp.ra() > 0) || !Double.isFinite(sp.ra())) {
                    throw in.error("RA", "must be a positive resistance-area product A R*, e.g. 1 fOhm*m^2, got " + sp.ra() + " Ω m²");
                }
                if (!(sp.gamma() > -1 && sp.gamma() < 1)) {
                    throw in.error("gamma", "the interface spin asymmetry γ must lie strictly between -1 and 1, got " + sp.gamma());
                }
                InterfaceModel lattice = sp.lattice() == null ? null : in.nested(sp.lattice(), "lattice");
                return new SpinTwoChannelInterface(new SpinTwoChannel(sp.ra(), sp.gamma()), lattice);
            });
    static final ModelDeclaration<DefectPlaneParameters> DEFECT_PLANE = ModelDeclaration.of("defect-plane",
            DefectPlaneParameters.class, (dp, in) -> {
                InterfaceSection.Input i = (InterfaceSection.Input) in;
                return i.predicted().defectPlane(dp, i.path(), i.place());
            });

    /** Builds a predicted model with the case's acoustic library, recording its cutoff convention. */
    private static InterfaceModel predicted(Predicted p, ModelInput in) {
        InterfaceSection.Input i = (InterfaceSection.Input) in;
        return i.predicted().build(p, i.path(), i.place());
    }

    // ---- building and checking -----------------------------------------------------------------------

    private final CaseFileReader.Located<?> at;
    private final AcousticLibrary acoustic;
    private final List<String> notes = new ArrayList<>();

    PredictedModels(CaseFileReader.Located<?> at, AcousticLibrary acoustic) {
        this.at = at;
        this.acoustic = acoustic;
    }

    /** One line per predicted model built: its key path, model and cutoff convention. */
    List<String> notes() {
        return List.copyOf(notes);
    }

    /** The model of an entry, unbound; for a bath its side 2 is fixed to the {@code medium}. */
    InterfaceModel build(Predicted s, String path, Place place) {
        BoundaryModel kind = s.kind();
        Cutoff cutoff = cutoff(s.cutoff(), path + ".cutoff");
        PredictedInterface model = new PredictedInterface(kind, cutoff, acoustic);
        if (place == Place.BATH) {
            if (s.medium() == null) {
                throw at.error(path, "a bath contact's " + kind.id() + " model needs 'medium': the bath is not a mesh"
                        + " material, so name the medium it binds to, e.g. medium: helium-4; media with acoustic data: "
                        + String.join(", ", acoustic.all().keySet()));
            }
            data(new Side(s.medium(), "the bath medium"), kind, path + ".medium");
            model = model.againstBath(s.medium());
        } else if (s.medium() != null) {
            throw at.error(path + ".medium", "'medium' names the bath of a fixed-temperature boundary's contact; "
                    + (place == Place.INTERFACE ? "an interface" : "a grain boundary")
                    + " binds to the materials on its two sides");
        }
        String convention = !kind.usesCutoff() ? "no phonon cutoff (electrons)"
                : cutoff.label() + (s.cutoff() == null ? ", the default (set cutoff: debye for convention A)" : "");
        notes.add(path + ": " + kind.id() + " (" + kind.title() + "), " + convention
                + (place == Place.BATH ? ", against a bath of " + s.medium() : ""));
        return model;
    }

    /**
     * A {@code defect-plane} entry: one clear fraction anywhere but a bath; a distribution of them on
     * grain boundaries, where the model is the bare 1/h₀ law and {@link #clearFractions} gives each
     * boundary's factor.
     */
    InterfaceModel defectPlane(DefectPlaneParameters s, String path, Place place) {
        if (place == Place.BATH) {
            throw at.error(path + ".model", "defect-plane is a plane between grains or regions of one material, not a"
                    + " contact to a bath; use khalatnikov, dmm or amm with a medium");
        }
        Cutoff cutoff = cutoff(s.cutoff(), path + ".cutoff");
        DefectPlaneInterface model;
        if (s.distribution() != null) {
            if (place != Place.GRAIN_BOUNDARY) {
                throw at.error(path + ".distribution", "a distribution of clear fractions applies to grain boundaries only;"
                        + " an interface takes one clear_fraction");
            }
            if (s.clearFraction() != null) {
                throw at.error(path, "give either 'clear_fraction' (one value) or 'distribution' (a value per boundary), not both");
            }
            model = DefectPlaneInterface.perBoundary(cutoff, acoustic);
        } else {
            if (s.clearFraction() == null) {
                throw at.error(path, "defect-plane needs 'clear_fraction' (the area fraction f in (0, 1] through which phonons"
                        + " pass; 1 is no boundary at all)" + (place == Place.GRAIN_BOUNDARY ? " or a 'distribution' of it" : ""));
            }
            double f = s.clearFraction();
            if (!(f > 0 && f <= 1)) {
                throw at.error(path + ".clear_fraction", "must lie in (0, 1], got " + f + (f == 0
                        ? ": a plane with no clear area carries no heat; make the two sides separate bodies instead" : ""));
            }
            model = new DefectPlaneInterface(new DefectPlane(f), cutoff, acoustic);
        }
        notes.add(path + ": defect-plane (R = ((1 − f)/f)/h₀, h₀ the material's own phonon radiation limit), "
                + cutoff.label() + (s.cutoff() == null ? ", the default (set cutoff: debye for convention A)" : ""));
        return model;
    }

    /** The per-boundary clear fractions of a defect-plane grain-boundary entry with a distribution. */
    ClearFractionDistribution clearFractions(DefectPlaneParameters s, String path) {
        FractionDistribution d = s.distribution();
        String p = path + ".distribution";
        long seed = d.seed() == null ? 1 : d.seed();
        String kind = d.kind().trim().toLowerCase(java.util.Locale.ROOT);
        try {
            if (kind.equals("uniform")) {
                if (d.min() == null || d.max() == null) throw at.error(p, "a uniform distribution of f needs 'min' and 'max'");
                return new ClearFractionDistribution(ClearFractionDistribution.Kind.UNIFORM, d.min(), d.max(), seed);
            }
            if (kind.equals("normal")) {
                if (d.mean() == null || d.std() == null) throw at.error(p, "a normal distribution of f needs 'mean' and 'std'");
                return new ClearFractionDistribution(ClearFractionDistribution.Kind.NORMAL, d.mean(), d.std(), seed);
            }
        } catch (IllegalArgumentException e) {
            if (e instanceof CaseFileException c) throw c;
            throw at.error(p, e.getMessage());
        }
        throw at.error(p + ".kind", "unknown distribution of clear fractions '" + d.kind() + "'"
                + Suggest.didYouMean(d.kind(), List.of("uniform", "normal")) + "; choose uniform (min, max) or normal (mean, std),"
                + " each within (0, 1]");
    }

    private Cutoff cutoff(String written, String path) {
        if (written == null) return DEFAULT_CUTOFF;
        try {
            return Cutoff.byName(written);
        } catch (InputException e) {
            throw at.error(path, "unknown cutoff convention '" + written + "'" + Suggest.didYouMean(written, CUTOFF_NAMES)
                    + "; choose debye (convention A: one Debye frequency ω_D = k_BΘ_D/ħ for all branches) or per-branch"
                    + " (convention B: ω_c,j = c_j k_D, one mode per atom in each branch)");
        }
    }

    /**
     * Checks every predicted model of an entry (series parts and spin lattices included) against the
     * pairs of materials it will bind to: both must have acoustic data and the model must apply to the
     * pair. In a bath contact side 2 is the model's medium, whatever the pair says.
     *
     * @param pairs side 1 and side 2 of each binding the entry will see
     */
    void check(ModelSpec s, String path, List<Side[]> pairs) {
        Record parameters = s.parameters();
        if (parameters instanceof SeriesResistance.Parameters series) {
            for (int j = 0; j < series.parts().size(); j++) check((ModelSpec) series.parts().get(j), path + ".parts[" + j + "]", pairs);
        } else if (parameters instanceof SpinTwoChannelParameters spin && spin.lattice() != null) {
            check((ModelSpec) spin.lattice(), path + ".lattice", pairs);
        } else if (parameters instanceof DefectPlaneParameters) {
            for (Side[] pair : pairs) {
                AcousticProperties a = data(pair[0], BoundaryModel.RADIATION_LIMIT, path, "defect-plane");
                AcousticProperties b = data(pair[1], BoundaryModel.RADIATION_LIMIT, path, "defect-plane");
                if (!a.equals(b.named(a.name()))) {
                    throw at.error(path + ".model", "defect-plane applies between grains or regions of one material, not"
                            + " between " + pair[0].shown() + " and " + pair[1].shown() + "; for two materials use dmm or amm"
                            + " (a series with a layer or constant part adds a defect layer)");
                }
            }
        } else if (parameters instanceof Predicted p) {
            for (Side[] pair : pairs) {
                Side two = p.medium() != null ? new Side(p.medium(), "the bath medium") : pair[1];
                AcousticProperties a = data(pair[0], p.kind(), path);
                AcousticProperties b = data(two, p.kind(), path);
                if (!p.kind().appliesTo(a, b)) {
                    throw at.error(path + ".model", p.kind().id() + " does not apply between " + pair[0].shown() + " and "
                            + two.shown() + ": " + requirement(p.kind(), a, b) + "; models for this pair: "
                            + String.join(", ", BoundaryConductanceTable.applicable(a, b)));
                }
            }
        }
    }

    /** Whether an entry holds a predicted model anywhere (its parts and lattices included). */
    static boolean containsPredicted(ModelSpec s) {
        Record parameters = s.parameters();
        if (parameters instanceof Predicted) return true;
        if (parameters instanceof SeriesResistance.Parameters series) {
            return series.parts().stream().anyMatch(part -> containsPredicted((ModelSpec) part));
        }
        return parameters instanceof SpinTwoChannelParameters spin && spin.lattice() != null
                && containsPredicted((ModelSpec) spin.lattice());
    }

    private AcousticProperties data(Side side, BoundaryModel kind, String path) {
        return data(side, kind, path, kind.id());
    }

    private AcousticProperties data(Side side, BoundaryModel kind, String path, String model) {
        if (acoustic.contains(side.material())) return acoustic.get(side.material());
        throw at.error(path, model + " needs acoustic data for material " + side.shown() + ", which has none"
                + Suggest.didYouMean(side.material(), acoustic.all().keySet()) + "; materials with acoustic data: "
                + String.join(", ", acoustic.all().keySet()) + ". Give it 'acoustic: {density, c_L, c_T, debye_temperature,"
                + " molar_mass}' under materials, or define it with 'like:' one of those");
    }

    private static String requirement(BoundaryModel kind, AcousticProperties a, AcousticProperties b) {
        if (kind == BoundaryModel.KHALATNIKOV) {
            return "it needs one liquid and one solid, and these are both " + (a.isLiquid() ? "liquids" : "solids");
        }
        AcousticProperties missing = a.isMetal() ? b : a;
        return "it needs two metals (with 'sommerfeld' and 'fermi_velocity' data), and '" + missing.name() + "' has no"
                + " conduction-electron data";
    }
}
