package org.kapitza.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.kapitza.InputException;
import org.kapitza.Suggest;
import org.kapitza.io.report.ConductanceComparison;
import org.kapitza.io.report.ConductanceFiles;
import org.kapitza.io.report.ConductanceReport;
import org.kapitza.phonon.AcousticLibrary;
import org.kapitza.phonon.AcousticProperties;
import org.kapitza.phonon.BoundaryConductanceTable;
import org.kapitza.phonon.BoundaryModel;
import org.kapitza.phonon.Cutoff;
import org.kapitza.phonon.SpinTwoChannel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kapitza tbr A B}: the predicted thermal boundary conductance of a material pair by every
 * applicable model, side by side over temperature, with an optional plot and CSV, and measured values
 * checked against the phonon radiation limit.
 */
@Command(name = "tbr", mixinStandardHelpOptions = true,
        description = "Predicted thermal boundary (Kapitza) conductance of a material pair: h, R and R·T³ by each model.")
final class Tbr implements Callable<Integer> {
    /** Plotted curves have at least this many points per decade of temperature. */
    private static final int PLOT_POINTS_PER_DECADE = 24;
    private static final List<String> CUTOFF_CHOICES = List.of("debye", "per-branch", "both");
    private static final String SPIN = "spin-two-channel";

    @Parameters(index = "0", paramLabel = "MATERIAL_A",
            description = "side 1 (a name with acoustic data, see kapitza materials, or a symbol or formula: Al, Si, Al2O3, SiO2, GaN)")
    String side1;

    @Parameters(index = "1", paramLabel = "MATERIAL_B", description = "side 2")
    String side2;

    @Option(names = "--model", split = ",", paramLabel = "MODEL",
            description = "models, comma-separated: dmm, amm, radiation-limit, electron-dmm, khalatnikov,"
                    + " spin-two-channel (needs --RA and --gamma; alone, it is shown beside electron-dmm)"
                    + " (default: every model that applies to the pair, and spin-two-channel when --RA is given)")
    List<String> models = new ArrayList<>();

    @Option(names = "--RA", paramLabel = "OHM_M2",
            description = "spin-two-channel: spin-averaged interface resistance-area product A R* in Ω m², e.g. 5e-16")
    Double areaResistance;

    @Option(names = "--gamma", paramLabel = "GAMMA",
            description = "spin-two-channel: interface spin asymmetry γ, between -1 and 1, e.g. 0.7")
    Double gamma;

    @Option(names = "--cutoff", paramLabel = "CONVENTION", defaultValue = "per-branch",
            description = "phonon cutoff: debye (A: one Debye frequency), per-branch (B: c_j k_D) or both (default: ${DEFAULT-VALUE})")
    String cutoff;

    @Option(names = "--T", paramLabel = "FROM:TO[:COUNT]", defaultValue = "1:300",
            description = "temperatures in K, log-spaced (default: ${DEFAULT-VALUE}, about 4 per decade), or one temperature")
    String temperatures;

    @Option(names = "--measured", paramLabel = "T=h",
            description = "a measured conductance to check against the phonon radiation limit, e.g. 300=5e7 (repeatable)")
    List<String> measured = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.png", description = "write a log-log plot of h against T")
    Path plot;

    @Option(names = "--csv", paramLabel = "FILE", description = "write the table as CSV (ten significant digits)")
    Path csv;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // Every argument is checked before anything is computed or written.
        AcousticLibrary library = new Pipeline(Settings.load()).libraries().acoustic();
        AcousticProperties a = material(library, side1);
        AcousticProperties b = material(library, side2);
        SpinTwoChannel spin = spin(a, b);
        List<BoundaryModel> chosen = models(a, b);
        List<Cutoff> cutoffs = cutoffs(cutoff);
        TemperatureRange range = TemperatureRange.parse(temperatures);
        List<MeasuredConductance> points = new ArrayList<>();
        for (String m : measured) points.add(MeasuredConductance.parse(m));
        if (plot != null && !plot.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new InputException("-o " + plot + ": the plot is a PNG image; give a file name ending in .png");
        }

        ConductanceComparison table = withSpin(ConductanceComparison.compute(a, b, chosen, cutoffs, range.temperatures()), spin);
        List<BoundaryConductanceTable.RadiationCheck> checks = new ArrayList<>();
        for (MeasuredConductance m : points) checks.addAll(table.checkMeasured(m.temperature(), m.conductance()));
        PrintWriter out = spec.commandLine().getOut();
        out.print(ConductanceReport.format(table, checks));
        if (csv != null) {
            write(csv, "--csv", f -> ConductanceFiles.csv(f, table));
            out.println("Table: " + csv);
        }
        if (plot != null) {
            ConductanceComparison curves = withSpin(ConductanceComparison.compute(a, b, chosen, cutoffs,
                    range.dense(PLOT_POINTS_PER_DECADE)), spin);
            List<double[]> marks = new ArrayList<>();
            for (MeasuredConductance m : points) marks.add(new double[] {m.temperature(), m.conductance()});
            write(plot, "-o", f -> ConductanceFiles.png(f, curves, marks));
            out.println("Plot: " + plot);
        }
        out.flush();
        return Main.OK;
    }

    private static AcousticProperties material(AcousticLibrary library, String typed) {
        // Al, Si, Al2O3, SiO2, GaN ... as users type them
        String name = org.kapitza.phonon.MaterialAliases.resolve(typed, library);
        if (library.contains(name)) return library.get(name);
        throw new InputException("no acoustic data for material '" + name + "'" + Suggest.didYouMean(name, library.all().keySet())
                + "; materials with acoustic data: " + String.join(", ", library.all().keySet()) + ". Add others with"
                + " 'acoustic: {density, c_L, c_T, debye_temperature, molar_mass}' in a material file on the materials.path"
                + " setting");
    }

    /** Whether --model names spin-two-channel (it is not a {@link BoundaryModel}: it has parameters). */
    private boolean spinAsked() {
        for (String name : models) if (name.trim().equalsIgnoreCase(SPIN)) return true;
        return false;
    }

    /**
     * The spin-two-channel law asked for by --model spin-two-channel or by --RA and --gamma, or null.
     * Electrons only: in a case file a lattice model can be added in parallel.
     */
    private SpinTwoChannel spin(AcousticProperties a, AcousticProperties b) {
        boolean asked = spinAsked() || areaResistance != null || gamma != null;
        if (!asked) return null;
        if (areaResistance == null || gamma == null) {
            throw new InputException("spin-two-channel needs both --RA (A R*, Ω m², e.g. 5e-16) and --gamma (spin asymmetry"
                    + " in (-1, 1), e.g. 0.7); given: --RA " + (areaResistance == null ? "(missing)" : areaResistance)
                    + ", --gamma " + (gamma == null ? "(missing)" : gamma));
        }
        if (!(a.isMetal() && b.isMetal())) {
            throw new InputException("spin-two-channel does not apply to " + a.name() + " | " + b.name()
                    + ": it needs two metals (a ferromagnet and a normal metal) with conduction-electron data");
        }
        if (!(areaResistance > 0) || !Double.isFinite(areaResistance)) {
            throw new InputException("--RA " + areaResistance + ": A R* must be a positive number of Ω m², e.g. 5e-16");
        }
        if (!(gamma > -1 && gamma < 1)) {
            throw new InputException("--gamma " + gamma + ": the spin asymmetry must lie strictly between -1 and 1, e.g. 0.7");
        }
        return new SpinTwoChannel(areaResistance, gamma);
    }

    private static ConductanceComparison withSpin(ConductanceComparison c, SpinTwoChannel spin) {
        if (spin == null) return c;
        String legend = "spin-two-channel (electrons, A R* = " + org.kapitza.Numbers.format(spin.areaResistance(), 3)
                + " Ω m², γ = " + org.kapitza.Numbers.format(spin.asymmetry(), 3) + ")";
        return c.withColumn(SPIN, legend, spin::conductance);
    }

    private List<BoundaryModel> models(AcousticProperties a, AcousticProperties b) {
        List<String> applicable = BoundaryConductanceTable.applicable(a, b);
        List<String> models = new ArrayList<>();
        for (String name : this.models) if (!name.trim().equalsIgnoreCase(SPIN)) models.add(name);
        // Only spin-two-channel named: shown beside the spin-blind electronic model, electron-dmm (it applies:
        // spin() has checked that both sides are metals).
        if (models.isEmpty() && spinAsked()) return new ArrayList<>(List.of(BoundaryModel.ELECTRON_DMM));
        if (models.isEmpty()) {
            List<BoundaryModel> all = new ArrayList<>();
            for (String id : applicable) all.add(BoundaryModel.byName(id));
            return all;
        }
        Set<BoundaryModel> chosen = new LinkedHashSet<>();
        for (String name : models) {
            BoundaryModel m = BoundaryModel.byName(name);
            if (!m.appliesTo(a, b)) {
                String why = m == BoundaryModel.KHALATNIKOV ? "it needs one liquid and one solid"
                        : "it needs two metals with conduction-electron data";
                throw new InputException("--model " + m.id() + " does not apply to " + a.name() + " | " + b.name() + ": " + why
                        + "; models for this pair: " + String.join(", ", applicable));
            }
            chosen.add(m);
        }
        return new ArrayList<>(chosen);
    }

    private static List<Cutoff> cutoffs(String text) {
        if (text.trim().equalsIgnoreCase("both")) return List.of(Cutoff.DEBYE_TEMPERATURE, Cutoff.PER_BRANCH);
        try {
            return List.of(Cutoff.byName(text));
        } catch (InputException e) {
            throw new InputException("--cutoff " + text + ": unknown convention" + Suggest.didYouMean(text, CUTOFF_CHOICES)
                    + "; choose debye (A: one Debye frequency k_BΘ_D/ħ for all branches), per-branch (B: ω_c,j = c_j k_D)"
                    + " or both");
        }
    }

    private interface Writer {
        void write(Path file) throws IOException;
    }

    /** Writes a file, creating its directory; a failure is the user's to fix (another path), exit code 2. */
    private static void write(Path file, String option, Writer writer) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) Files.createDirectories(dir);
            writer.write(file);
        } catch (IOException | SecurityException e) {
            throw new InputException(option + " " + file + ": cannot be written ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "); choose another file");
        }
    }
}
