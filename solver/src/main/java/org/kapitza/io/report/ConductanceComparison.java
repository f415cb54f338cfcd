package org.kapitza.io.report;

import java.util.ArrayList;
import java.util.List;
import org.kapitza.phonon.AcousticProperties;
import org.kapitza.phonon.BoundaryConductanceTable;
import org.kapitza.phonon.BoundaryModel;
import org.kapitza.phonon.Cutoff;

/**
 * The boundary conductance of one material pair by several models side by side, in one or both phonon
 * cutoff conventions, at the same temperatures: the data behind {@code kapitza tbr}'s table, CSV and
 * plot. Every value comes from {@link BoundaryConductanceTable} (direct quadrature, not the solver's
 * interpolation tables), one table per convention.
 */
public final class ConductanceComparison {
    /**
     * One model in one convention.
     *
     * @param model  the model
     * @param cutoff its cutoff convention, or null for the electronic model, which has none
     * @param values h, R and R·T³ at each temperature of the comparison
     */
    public record Column(BoundaryModel model, Cutoff cutoff, List<BoundaryConductanceTable.Value> values, String name,
                         String legend) {
        /** A column of one of the {@link BoundaryModel}s. */
        public Column(BoundaryModel model, Cutoff cutoff, List<BoundaryConductanceTable.Value> values) {
            this(model, cutoff, values, null, null);
        }

        /** "dmm B", "electron-dmm", "spin-two-channel". */
        public String label() {
            if (model == null) return name;
            return cutoff == null ? model.id() : model.id() + " " + cutoff.letter();
        }

        /** "dmm (cutoff B)", for legends. */
        public String longLabel() {
            if (model == null) return legend;
            return cutoff == null ? model.id() + " (electrons)" : model.id() + " (cutoff " + cutoff.letter() + ")";
        }
    }

    private final List<BoundaryConductanceTable> tables;
    private final double[] temperatures;
    private final List<Column> columns;

    private ConductanceComparison(List<BoundaryConductanceTable> tables, double[] temperatures, List<Column> columns) {
        this.tables = List.copyOf(tables);
        this.temperatures = temperatures.clone();
        this.columns = List.copyOf(columns);
    }

    /**
     * @param models       models, each applying to the pair ({@link BoundaryModel#appliesTo})
     * @param cutoffs      one or both conventions
     * @param temperatures T (K), positive
     * @throws IllegalArgumentException for a model that does not apply to the pair, or a bad temperature
     */
    public static ConductanceComparison compute(AcousticProperties side1, AcousticProperties side2,
                                                List<BoundaryModel> models, List<Cutoff> cutoffs, double[] temperatures) {
        if (cutoffs.isEmpty()) throw new IllegalArgumentException("conductance comparison: name at least one cutoff convention");
        List<BoundaryConductanceTable> tables = new ArrayList<>();
        for (Cutoff c : cutoffs) tables.add(BoundaryConductanceTable.compute(side1, side2, models, c, temperatures));
        List<Column> columns = new ArrayList<>();
        for (int m = 0; m < models.size(); m++) {
            BoundaryModel model = models.get(m);
            // The electronic model does not depend on the cutoff: one column, whatever the conventions.
            int conventions = model.usesCutoff() ? tables.size() : 1;
            for (int c = 0; c < conventions; c++) {
                List<BoundaryConductanceTable.Value> values = new ArrayList<>();
                for (BoundaryConductanceTable.Row row : tables.get(c).rows()) values.add(row.values().get(m));
                columns.add(new Column(model, model.usesCutoff() ? cutoffs.get(c) : null, values));
            }
        }
        return new ConductanceComparison(tables, temperatures, columns);
    }

    /**
     * This comparison with one more column, a law h(T) that is not one of the {@link BoundaryModel}s (the
     * spin-two-channel electronic conductance, which needs parameters of its own).
     *
     * @param name   table and CSV label, e.g. "spin-two-channel"
     * @param legend plot legend
     * @param h      h (W m⁻² K⁻¹) at T (K)
     */
    public ConductanceComparison withColumn(String name, String legend, java.util.function.DoubleUnaryOperator h) {
        List<BoundaryConductanceTable.Value> values = new ArrayList<>();
        for (double t : temperatures) {
            double g = h.applyAsDouble(t);
            values.add(new BoundaryConductanceTable.Value(g, 1 / g, t * t * t / g));
        }
        List<Column> more = new ArrayList<>(columns);
        more.add(new Column(null, null, values, name, legend));
        return new ConductanceComparison(tables, temperatures, more);
    }

    public AcousticProperties side1() {
        return tables.get(0).side1();
    }

    public AcousticProperties side2() {
        return tables.get(0).side2();
    }

    /** The conventions, in the order asked for. */
    public List<Cutoff> cutoffs() {
        List<Cutoff> c = new ArrayList<>();
        for (BoundaryConductanceTable t : tables) c.add(t.cutoff());
        return c;
    }

    /** The models, in the order asked for. */
    public List<BoundaryModel> models() {
        return tables.get(0).models();
    }

    /** T (K) of every row. */
    public double[] temperatures() {
        return temperatures.clone();
    }

    public List<Column> columns() {
        return columns;
    }

    /** Closed-form low-temperature h/T³ (W m⁻² K⁻⁴), independent of the cutoff; NaN for the electronic model. */
    public double lowTemperatureCoefficient(BoundaryModel m) {
        return tables.get(0).lowTemperatureCoefficient(m);
    }

    /** A measured conductance (W m⁻² K⁻¹) at T (K) against the radiation limit of each convention. */
    public List<BoundaryConductanceTable.RadiationCheck> checkMeasured(double t, double measured) {
        List<BoundaryConductanceTable.RadiationCheck> checks = new ArrayList<>();
        for (BoundaryConductanceTable table : tables) checks.add(table.checkMeasured(t, measured));
        return checks;
    }
}
