package org.kapitza.phonon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The data of a boundary-conductance table for one material pair, as a future
 * {@code kapitza tbr A B --model … --cutoff … --T 1:300} would print it: for each temperature and each
 * model, h (W m⁻² K⁻¹), R = 1/h (m² K/W) and R·T³ (K⁴ m²/W), computed by quadrature (not from the
 * solver's tables). The cutoff convention is part of the table and of its header.
 *
 * <p>{@link #checkMeasured} compares a measured conductance with the phonon radiation limit of the
 * same pair and convention: above it, elastic phonon transport cannot explain the measurement
 * (inelastic channels, e.g. Pb/diamond; electrons, for metal pairs).
 */
public final class BoundaryConductanceTable {
    /**
     * One model at one temperature.
     *
     * @param conductance  h (W m⁻² K⁻¹)
     * @param resistance   R = 1/h (m² K/W)
     * @param resistanceT3 R·T³ (K⁴ m²/W), constant in the low-temperature limit of phonon models
     */
    public record Value(double conductance, double resistance, double resistanceT3) {
    }

    /**
     * @param temperature T (K)
     * @param values      one per model, in the table's model order
     */
    public record Row(double temperature, List<Value> values) {
    }

    /**
     * A measured conductance against the radiation limit.
     *
     * @param temperature T (K)
     * @param measured    measured h (W m⁻² K⁻¹)
     * @param limit       phonon radiation limit at T (W m⁻² K⁻¹)
     * @param cutoff      convention the limit was computed with
     */
    public record RadiationCheck(double temperature, double measured, double limit, Cutoff cutoff) {
        /** Whether the measurement exceeds the largest elastic phonon conductance. */
        public boolean exceedsLimit() {
            return measured > limit;
        }

        /** measured / limit. */
        public double ratio() {
            return measured / limit;
        }

        /** One sentence for the user. */
        public String message() {
            String base = String.format(Locale.ROOT, "measured h = %.4g W m⁻²K⁻¹ at %g K is %.3g× the phonon radiation"
                    + " limit %.4g W m⁻²K⁻¹ (%s)", measured, temperature, ratio(), limit, cutoff.label());
            return exceedsLimit()
                    ? base + ": more than elastic phonon transport can carry, so inelastic channels (anharmonic"
                    + " multi-phonon processes, electron–phonon coupling at the interface) contribute"
                    : base + ": within what elastic phonon transport can carry";
        }
    }

    private final AcousticProperties side1;
    private final AcousticProperties side2;
    private final Cutoff cutoff;
    private final List<BoundaryModel> models;
    private final List<Row> rows;
    private final SpectrumConductance radiation;

    private BoundaryConductanceTable(AcousticProperties side1, AcousticProperties side2, Cutoff cutoff,
                                     List<BoundaryModel> models, List<Row> rows) {
        this.side1 = side1;
        this.side2 = side2;
        this.cutoff = cutoff;
        this.models = List.copyOf(models);
        this.rows = List.copyOf(rows);
        this.radiation = (SpectrumConductance) BoundaryModel.RADIATION_LIMIT.exactLaw(side1, side2, cutoff);
    }

    /** By material names in a library. */
    public static BoundaryConductanceTable compute(AcousticLibrary library, String side1, String side2,
                                                   List<BoundaryModel> models, Cutoff cutoff, double[] temperatures) {
        return compute(library.get(side1), library.get(side2), models, cutoff, temperatures);
    }

    /**
     * @param models       models to tabulate; each must {@linkplain BoundaryModel#appliesTo apply} to the pair
     * @param temperatures T (K), positive
     * @throws IllegalArgumentException naming a model that does not apply, or a bad temperature
     */
    public static BoundaryConductanceTable compute(AcousticProperties side1, AcousticProperties side2,
                                                   List<BoundaryModel> models, Cutoff cutoff, double[] temperatures) {
        if (models.isEmpty()) throw new IllegalArgumentException("boundary-conductance table: name at least one model");
        List<ConductanceLaw> laws = new ArrayList<>();
        for (BoundaryModel m : models) {
            if (!m.appliesTo(side1, side2)) {
                throw new IllegalArgumentException("boundary-conductance table: model " + m.id() + " does not apply to "
                        + side1.name() + "/" + side2.name() + "; models for this pair: " + String.join(", ", applicable(side1, side2)));
            }
            laws.add(m.exactLaw(side1, side2, cutoff));
        }
        List<Row> rows = new ArrayList<>();
        for (double t : temperatures) {
            if (!(t > 0) || !Double.isFinite(t)) {
                throw new IllegalArgumentException("boundary-conductance table: temperature " + t + " K must be positive");
            }
            List<Value> values = new ArrayList<>();
            for (ConductanceLaw law : laws) {
                double h = law.conductance(t);
                values.add(new Value(h, 1 / h, t * t * t / h));
            }
            rows.add(new Row(t, values));
        }
        return new BoundaryConductanceTable(side1, side2, cutoff, models, rows);
    }

    /** The models that apply to a pair, by id. */
    public static List<String> applicable(AcousticProperties side1, AcousticProperties side2) {
        List<String> ids = new ArrayList<>();
        for (BoundaryModel m : BoundaryModel.values()) if (m.appliesTo(side1, side2)) ids.add(m.id());
        return ids;
    }

    /** {@code count} temperatures from {@code from} to {@code to} (K), log-spaced, both ends included. */
    public static double[] logSpaced(double from, double to, int count) {
        if (!(from > 0) || !(to > from) || count < 2) {
            throw new IllegalArgumentException("log-spaced temperatures: need 0 < from < to and at least 2 points, got "
                    + from + ", " + to + ", " + count);
        }
        double[] t = new double[count];
        for (int i = 0; i < count; i++) t[i] = from * Math.pow(to / from, (double) i / (count - 1));
        t[count - 1] = to;
        return t;
    }

    public AcousticProperties side1() {
        return side1;
    }

    public AcousticProperties side2() {
        return side2;
    }

    public Cutoff cutoff() {
        return cutoff;
    }

    public List<BoundaryModel> models() {
        return models;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The closed-form low-temperature h/T³ of a model (W m⁻² K⁻⁴; NaN for the electronic model). */
    public double lowTemperatureCoefficient(BoundaryModel m) {
        return m.lowTemperatureCoefficient(side1, side2);
    }

    /** The phonon radiation limit of the pair at T (W m⁻² K⁻¹), in the table's cutoff convention. */
    public double radiationLimit(double t) {
        return radiation.conductance(t);
    }

    /** Compares a measured conductance (W m⁻² K⁻¹) at T (K) with the radiation limit. */
    public RadiationCheck checkMeasured(double t, double measured) {
        return new RadiationCheck(t, measured, radiationLimit(t), cutoff);
    }

    /** Names the pair, the convention and the columns with their units. */
    public String header() {
        StringBuilder b = new StringBuilder();
        b.append(side1.name()).append(" → ").append(side2.name()).append(", ").append(cutoff.label())
                .append(". Columns: T (K)");
        for (BoundaryModel m : models) {
            b.append("; ").append(m.id()).append(": h (W m⁻²K⁻¹), R (m²K/W), R·T³ (K⁴m²/W)");
        }
        return b.toString();
    }
}
