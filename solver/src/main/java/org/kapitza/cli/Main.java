package org.kapitza.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.kapitza.EnvironmentException;
import org.kapitza.InputException;
import org.kapitza.Numbers;
import org.kapitza.io.casefile.Case;
import org.kapitza.io.casefile.CaseBuilder;
import org.kapitza.io.casefile.Libraries;
import org.kapitza.io.report.ReportTable;
import org.kapitza.linalg.NotConvergedException;
import org.kapitza.material.Conductivity;
import org.kapitza.material.Material;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.mesh.MeshException;
import org.kapitza.phonon.AcousticProperties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code kapitza} command. Exit codes: 0 success, 2 invalid input (the message says what and
 * where), 3 the solver did not converge (with its residual history), 4 the environment failed (a full
 * disk, a permission, a file that cannot be read: the message names the file and the reason), 1 internal
 * error (a bug).
 */
@Command(name = "kapitza", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Finite-volume heat conduction with temperature jumps at interfaces and grain boundaries.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error (a bug: please report it with the case file)",
                "2:invalid input (one message naming the file, line or --set, key and value)",
                "3:the solver did not converge (with its residual history)",
                "4:the environment failed: disk full, permission denied, a file that cannot be read"})
public final class Main implements Callable<Integer> {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int INVALID_INPUT = 2;
    public static final int NOT_CONVERGED = 3;
    /** The machine failed the run, not the input: disk full, permission denied, an unreadable file. */
    public static final int ENVIRONMENT = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return INVALID_INPUT;
    }

    public static void main(String[] args) {
        int code;
        try {
            code = execute(System.out, System.err, args);
        } catch (OutOfMemoryError e) {
            System.err.println(OUT_OF_MEMORY);
            code = ENVIRONMENT;
        }
        System.exit(code);
    }

    private static final String OUT_OF_MEMORY = "error: out of memory; use a coarser mesh or give Java more memory,"
            + " e.g. KAPITZA_JAVA_OPTS=-Xmx16g";

    /** Runs the command line with the given streams and returns the exit code. */
    public static int execute(PrintStream out, PrintStream err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        addSubcommands(cl, args.length == 0 ? null : args[0]);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InputException || e instanceof MeshException) {
                err.println("error: " + e.getMessage());
                return INVALID_INPUT;
            }
            if (e instanceof NotConvergedException) {
                err.println("not converged: " + e.getMessage());
                return NOT_CONVERGED;
            }
            if (e instanceof EnvironmentException) {
                err.println("error: " + e.getMessage());
                return ENVIRONMENT;
            }
            // Writers name the file and the system's reason ("cannot write out/T.vtr: No space left on device").
            if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
                Throwable io = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
                err.println("error: " + io.getMessage());
                return ENVIRONMENT;
            }
            err.println("internal error (please report it with the case file): " + e);
            e.printStackTrace(err);
            return INTERNAL_ERROR;
        });
        cl.setParameterExceptionHandler((e, a) -> {
            // One line: the usage of every option would bury the mistake.
            String command = e.getCommandLine().getCommandSpec().qualifiedName();
            err.println("error: " + e.getMessage() + " (see '" + command + " --help')");
            return INVALID_INPUT;
        });
        return cl.execute(args);
    }

    /** The subcommands in the order the usage lists them. */
    private static final List<String> SUBCOMMANDS = List.of("run", "check", "study", "materials", "tbr", "import", "zth",
            "fdtr", "tdtr", "help");

    // A switch, not a static map of constructor references: JDK 25.0.3 crashes writing an ahead-of-time cache
    // whose archived heap holds such lambdas (archiveHeapWriter.cpp:757, seen while training the launcher's cache).
    private static Object subcommand(String name) {
        return switch (name) {
            case "run" -> new Run();
            case "check" -> new Check();
            case "study" -> new StudyCommand();
            case "materials" -> new Materials();
            case "tbr" -> new Tbr();
            case "import" -> new ImportCommand();
            case "zth" -> new ZthCommand();
            case "fdtr" -> new ThermoreflectanceCommand.Fdtr();
            case "tdtr" -> new ThermoreflectanceCommand.Tdtr();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * Adds the subcommands picocli needs for this command line. Picocli builds each command's model from its
     * annotations by reflection, about 30 ms a command on a quiet machine: {@code kapitza run ...} needs only
     * {@code run}, while help, a mistyped command or none at all needs every one (for the list and suggestions).
     */
    static void addSubcommands(CommandLine cl, String first) {
        boolean one = first != null && SUBCOMMANDS.contains(first) && !first.equals("help");
        for (String name : SUBCOMMANDS) {
            if (!one || name.equals(first)) cl.addSubcommand(name, subcommand(name));
        }
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws Exception {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/kapitza-version.properties")) {
                if (in != null) p.load(in);
            }
            return new String[] {"kapitza " + p.getProperty("version", "unknown"),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Solve a case and write the results (ParaView files, summary.json, CSVs, a profile plot).")
    static final class Run implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "CASE", description = "the case file (YAML)")
        Path caseFile;

        @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "directory for the results"
                + " (default: the case's output.directory, else results/<name>)")
        Path output;

        @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a case-file value, e.g."
                + " --set interfaces[0].thickness=25um (repeatable)")
        List<String> sets = new ArrayList<>();

        @Option(names = {"-q", "--quiet"}, description = "no progress display")
        boolean quiet;

        @Option(names = "--restart", description = "continue a transient run from the checkpoint in its output directory")
        boolean restart;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Settings settings = Settings.load();
            settings.validate();
            PrintWriter out = spec.commandLine().getOut();
            String mode = quiet ? "off" : progressMode(settings.progress());
            Pipeline.Outcome o = new Pipeline(settings).run(caseFile, sets, output, restart, mode, System.err);
            out.print(o.table());
            List<String> files = o.files();
            String shown = files.size() <= 12 ? String.join(", ", files)
                    : String.join(", ", files.subList(0, 4)) + ", ... (" + files.size() + " files), "
                    + String.join(", ", files.subList(files.size() - 4, files.size()));
            out.println("Results in " + o.outputDirectory().toAbsolutePath().normalize() + ": " + shown);
            out.flush();
            return OK;
        }

        static String progressMode(String setting) {
            if (!setting.equals("auto")) return setting;
            boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
            return System.console() != null && !ci ? "bar" : "log";
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validate a case and print its mesh summary and memory estimate, without solving.")
    static final class Check implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "CASE", description = "the case file (YAML)")
        Path caseFile;

        @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a case-file value (repeatable)")
        List<String> sets = new ArrayList<>();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Settings settings = Settings.load();
            settings.validate();
            Pipeline.Checked checked = new Pipeline(settings).check(caseFile, sets);
            PrintWriter out = spec.commandLine().getOut();
            if (checked.gmsh() != null) {
                printGmsh(out, checked.gmsh());
                out.println("The case is valid.");
                out.flush();
                return OK;
            }
            Case kase = checked.kase();
            out.println("Case " + kase.name() + (kase.description() == null ? "" : ": " + kase.description()));
            out.print(kase.mesh().summary().format());
            for (String w : kase.warnings()) out.println("warning: " + w);
            if (!kase.notes().isEmpty()) {
                out.println("Predicted interface models:");
                for (String n : kase.notes()) out.println("  " + n);
            }
            if (kase.isTransient()) {
                Case.TransientPlan t = kase.transientPlan();
                out.printf(Locale.ROOT, "Transient: %s to %s s, %s; %d field outputs, %d probes, checkpoint every %d steps%n",
                        t.settings().integrator() == org.kapitza.fv.TransientSettings.Integrator.CRANK_NICOLSON ? "Crank–Nicolson"
                                : "backward Euler", org.kapitza.Numbers.format(t.settings().endTime()),
                        t.settings().fixedStep() ? "fixed steps of " + org.kapitza.Numbers.format(t.settings().initialStep()) + " s"
                                : "adaptive steps to " + org.kapitza.Numbers.format(t.settings().tolerance()) + " K",
                        t.settings().outputTimes().length, t.probes().size(), t.checkpointEvery());
            }
            if (checked.harmonic() != null) {
                double[] f = checked.harmonic().frequencies();
                out.printf(Locale.ROOT, "Harmonic: %d frequencies from %s to %s Hz, Gaussian spot of radius %s m and %s W,"
                                + " probe radius %s m; the linear system (interfaces at their steady law) was built%n", f.length,
                        Numbers.format(f[0], 4), Numbers.format(f[f.length - 1], 4), Numbers.format(checked.harmonic().radius(), 4),
                        Numbers.format(checked.harmonic().power(), 4), Numbers.format(checked.harmonic().probe(), 4));
            }
            long estimate = (long) kase.mesh().activeCellCount() * CaseBuilder.BYTES_PER_CELL;
            out.printf(Locale.ROOT, "Memory estimate for the solve: %s (%d bytes per active cell); this Java may use %s%n",
                    human(estimate), CaseBuilder.BYTES_PER_CELL, human(Runtime.getRuntime().maxMemory()));
            out.println("The case is valid.");
            out.flush();
            return OK;
        }
    }

    /** The summary of a Gmsh case: what was read, how the faces were classified, how good the cells are. */
    static void printGmsh(PrintWriter out, org.kapitza.io.casefile.GmshCase g) {
        org.kapitza.mesh.poly.PolyMesh m = g.mesh();
        out.println("Case " + g.name() + (g.description() == null ? "" : ": " + g.description()));
        out.printf(Locale.ROOT, "Gmsh mesh %s: %,d cells (%s), %,d nodes%n", g.meshFile(), m.cellCount(),
                String.join(", ", org.kapitza.io.report.GmshReport.cellTypes(m)),
                m.nodeCount());
        for (int r = 0; r < m.regionCount(); r++) {
            out.printf(Locale.ROOT, "  region %-20s material %s%n", m.regionName(r), m.materialName(m.regionMaterial(r)));
        }
        out.printf(Locale.ROOT, "  faces: %,d bulk, %,d interface, %,d grain boundary, %,d boundary%n",
                m.faceCount(org.kapitza.mesh.FaceClass.BULK), m.faceCount(org.kapitza.mesh.FaceClass.INTERFACE),
                m.faceCount(org.kapitza.mesh.FaceClass.GRAIN_BOUNDARY), m.faceCount(org.kapitza.mesh.FaceClass.BOUNDARY));
        for (String p : m.patchNames()) {
            int i = m.patchIndex(p);
            out.printf(Locale.ROOT, "  patch %-21s %,d faces  %s m²%n", p, m.patchFaceCount(i), Numbers.format(m.patchArea(i), 6));
        }
        out.printf(Locale.ROOT, "  non-orthogonality: largest %.1f°, mean %.1f°; the mesh holds %s (%.0f bytes per cell)%n",
                m.maxNonOrthogonality(), m.meanNonOrthogonality(), human(m.memoryBytes()), (double) m.memoryBytes() / m.cellCount());
        for (String w : g.warnings()) out.println("warning: " + w);
        if (!g.notes().isEmpty()) {
            out.println("Predicted interface models:");
            for (String n : g.notes()) out.println("  " + n);
        }
    }

    @Command(name = "materials", mixinStandardHelpOptions = true,
            description = "List the built-in materials (and those of the material path).")
    static final class Materials implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Libraries libraries = new Pipeline(Settings.load()).libraries();
            MaterialLibrary lib = libraries.materials();
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%-16s %14s  %-44s %s%n", "name", "k(300 K) W/mK", "conductivity", "source");
            for (Map.Entry<String, Material> e : lib.all().entrySet()) {
                Conductivity k = e.getValue().conductivity();
                double t = Math.min(k.validTo(), Math.max(k.validFrom(), 300));
                // A fit that ends below 300 K (brass, 5–110 K) shows its end value and says where it is.
                String value = t == 300 ? Numbers.format(k.k(0, t)) : Numbers.format(k.k(0, t), 4) + " at " + Numbers.format(t) + " K";
                out.printf(Locale.ROOT, "%-16s %14s  %-44s %s%n", e.getKey(), value, k.describe(), e.getValue().source());
            }
            out.printf(Locale.ROOT, "%nHeat capacity for transient runs (materials[].rho and cp replace it)%n");
            out.printf(Locale.ROOT, "%-16s %13s %13s  %s%n", "name", "ρc_p(4 K)", "ρc_p(300 K)", "ρ × c_p (J/(m³K) above; ρ in kg/m³,"
                    + " c_p in J/(kg·K))");
            for (Map.Entry<String, Material> e : lib.all().entrySet()) {
                org.kapitza.material.HeatCapacity c = e.getValue().heatCapacity();
                if (c == null) {
                    out.printf(Locale.ROOT, "%-16s %13s %13s  %s%n", e.getKey(), "—", "—", "none: give rho and cp for a transient run");
                    continue;
                }
                out.printf(Locale.ROOT, "%-16s %13s %13s  %s%n", e.getKey(), Numbers.format(c.volumetric(4), 4),
                        Numbers.format(c.volumetric(300), 4), c.describe());
            }
            out.printf(Locale.ROOT, "%nAcoustic data for the predicted interface models (dmm, amm, ...) and kapitza tbr%n");
            out.printf(Locale.ROOT, "%-16s %9s %8s %8s %7s %9s %5s %-8s %s%n", "name", "ρ kg/m³", "c_L m/s", "c_T m/s", "Θ_D K",
                    "M g/mol", "atoms", "electron", "source");
            for (AcousticProperties p : libraries.acoustic().all().values()) {
                out.printf(Locale.ROOT, "%-16s %9s %8s %8s %7s %9s %5d %-8s %s%n", p.name(), Numbers.format(p.density()),
                        Numbers.format(p.longitudinalSpeed()), p.isLiquid() ? "liquid" : Numbers.format(p.transverseSpeed()),
                        Numbers.format(p.debyeTemperature(), 4), Numbers.format(p.molarMass() * 1e3), p.atomsPerFormulaUnit(),
                        p.isMetal() ? "yes" : "no", p.source());
            }
            out.flush();
            return OK;
        }
    }

    static String human(long bytes) {
        if (bytes >= 1L << 30) return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        return String.format(Locale.ROOT, "%.0f MB", bytes / (double) (1L << 20));
    }
}
