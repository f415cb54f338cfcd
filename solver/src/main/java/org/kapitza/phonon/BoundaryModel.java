package org.kapitza.phonon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kapitza.InputException;
import org.kapitza.Suggest;

/** The predictive boundary-conductance models of this package, by the names case files use. */
public enum BoundaryModel {
    /** {@link DiffuseMismatch}. */
    DMM("dmm", "diffuse mismatch"),
    /** {@link AcousticMismatch}. */
    AMM("amm", "acoustic mismatch"),
    /** {@link RadiationLimit}. */
    RADIATION_LIMIT("radiation-limit", "phonon radiation limit"),
    /** {@link Khalatnikov}: a liquid (⁴He) against a solid. */
    KHALATNIKOV("khalatnikov", "liquid–solid acoustic mismatch with mode conversion (Khalatnikov)"),
    /** {@link ElectronDiffuseMismatch}: two metals. */
    ELECTRON_DMM("electron-dmm", "electron diffuse mismatch");

    private final String id;
    private final String title;

    BoundaryModel(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** Name in case files and tables: "dmm", "amm", "radiation-limit", "khalatnikov", "electron-dmm". */
    public String id() {
        return id;
    }

    /** Long name, e.g. "diffuse mismatch". */
    public String title() {
        return title;
    }

    /** Whether the result depends on the phonon cutoff convention (false for electrons). */
    public boolean usesCutoff() {
        return this != ELECTRON_DMM;
    }

    /**
     * Whether the model applies to the pair: {@link #KHALATNIKOV} needs one liquid and one solid,
     * {@link #ELECTRON_DMM} two metals; the others apply to any pair (the plain AMM against a liquid
     * has only the longitudinal channel, see {@link AcousticMismatch}).
     */
    public boolean appliesTo(AcousticProperties side1, AcousticProperties side2) {
        switch (this) {
            case KHALATNIKOV:
                return side1.isLiquid() != side2.isLiquid();
            case ELECTRON_DMM:
                return side1.isMetal() && side2.isMetal();
            default:
                return true;
        }
    }

    /** The model by name, or an InputException naming the closest and all known models. */
    public static BoundaryModel byName(String name) {
        List<String> known = new ArrayList<>();
        for (BoundaryModel m : values()) {
            if (m.id.equalsIgnoreCase(name.trim())) return m;
            known.add(m.id);
        }
        throw new InputException("unknown boundary-conductance model '" + name + "'" + Suggest.didYouMean(name, known)
                + "; known: " + String.join(", ", known));
    }

    /** The phonon transmission spectrum from side 1 to side 2 (not for {@link #ELECTRON_DMM}). */
    public TransmissionSpectrum spectrum(AcousticProperties side1, AcousticProperties side2, Cutoff cutoff) {
        switch (this) {
            case DMM:
                return DiffuseMismatch.spectrum(side1, side2, cutoff);
            case AMM:
                return AcousticMismatch.spectrum(side1, side2, cutoff);
            case RADIATION_LIMIT:
                return RadiationLimit.spectrum(side1, side2, cutoff);
            case KHALATNIKOV:
                return Khalatnikov.spectrum(side1, side2, cutoff);
            default:
                throw new IllegalArgumentException(id + " is an electronic model: it has no phonon spectrum");
        }
    }

    /** The law evaluated by quadrature at every call: for tables and checks. */
    public ConductanceLaw exactLaw(AcousticProperties side1, AcousticProperties side2, Cutoff cutoff) {
        if (this == ELECTRON_DMM) {
            return new LinearConductance(ElectronDiffuseMismatch.slope(side1, side2), describe(side1, side2, cutoff));
        }
        return new SpectrumConductance(spectrum(side1, side2, cutoff), describe(side1, side2, cutoff));
    }

    /** The law tabulated for the solver (the electronic one is already closed-form). */
    public ConductanceLaw fastLaw(AcousticProperties side1, AcousticProperties side2, Cutoff cutoff) {
        ConductanceLaw law = exactLaw(side1, side2, cutoff);
        return law instanceof SpectrumConductance s ? new TabulatedConductance(s) : law;
    }

    /**
     * Closed-form low-temperature limit h/T³ (W m⁻² K⁻⁴), independent of the cutoff; NaN for the
     * electronic model, which is linear in T.
     */
    public double lowTemperatureCoefficient(AcousticProperties side1, AcousticProperties side2) {
        switch (this) {
            case DMM:
                return DiffuseMismatch.lowTemperatureCoefficient(side1, side2);
            case AMM:
                return AcousticMismatch.lowTemperatureCoefficient(side1, side2);
            case RADIATION_LIMIT:
                return RadiationLimit.lowTemperatureCoefficient(side1, side2);
            case KHALATNIKOV:
                return Khalatnikov.lowTemperatureCoefficient(side1, side2);
            default:
                return Double.NaN;
        }
    }

    /** "dmm (diffuse mismatch), cutoff A (…): aluminium → silicon". */
    public String describe(AcousticProperties side1, AcousticProperties side2, Cutoff cutoff) {
        return String.format(Locale.ROOT, "%s (%s), %s: %s → %s", id, title,
                usesCutoff() ? cutoff.label() : "no phonon cutoff (electrons)", side1.name(), side2.name());
    }
}
