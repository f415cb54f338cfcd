package org.kapitza.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kapitza.EnvironmentException;
import org.kapitza.InputException;
import org.kapitza.fv.SteadyResult;
import org.kapitza.fv.SteadySolver;
import org.kapitza.io.AtomicFile;
import org.kapitza.io.ResultSet;
import org.kapitza.io.casefile.Case;
import org.kapitza.io.casefile.CaseBuilder;
import org.kapitza.io.casefile.CaseFile;
import org.kapitza.io.casefile.CaseFileReader;
import org.kapitza.io.VtkResults;
import org.kapitza.io.casefile.Libraries;
import org.kapitza.io.casefile.MaterialDefinitions;
import org.kapitza.io.report.CaseReport;
import org.kapitza.io.report.Profile;
import org.kapitza.io.report.ReportFiles;
import org.kapitza.io.report.ReportTable;
import org.kapitza.io.report.RunReport;
import org.kapitza.io.report.TransientReport;
import org.kapitza.io.report.MultiTemperatureFiles;
import org.kapitza.io.report.MultiTemperatureReport;
import org.kapitza.mesh.MeshSummary;
import org.kapitza.multitemp.MultiTemperatureProblem;
import org.kapitza.multitemp.MultiTemperatureResult;
import org.kapitza.multitemp.MultiTemperatureSolver;

/**
 * The main job, end to end: read the case, build the mesh (refusing one too large to solve), solve,
 * write the results and report. The command line and the example tests both run it.
 */
public final class Pipeline {
    private final Settings settings;

    public Pipeline(Settings settings) {
        this.settings = settings;
    }

    /**
     * What a run produced: a steady result and its report, (transient cases) the transient report, or
     * (cases with a {@code harmonic} section) the harmonic report.
     */
    public record Outcome(Case kase, SteadyResult result, RunReport report, Path outputDirectory,
                          TransientReport transientReport, HarmonicRun.Report harmonicReport,
                          MultiTemperatureReport multiTemperature, org.kapitza.io.report.GmshReport gmshReport) {
        public Outcome(Case kase, SteadyResult result, RunReport report, Path outputDirectory, TransientReport transientReport) {
            this(kase, result, report, outputDirectory, transientReport, null, null, null);
        }

        /** The files written, for any kind of run. */
        public List<String> files() {
            if (gmshReport != null) return gmshReport.files();
            if (multiTemperature != null) return multiTemperature.files();
            if (harmonicReport != null) return harmonicReport.files();
            return report != null ? report.files() : transientReport.files();
        }

        /** The end-of-run table. */
        public String table() {
            if (gmshReport != null) return gmshReport.format();
            if (multiTemperature != null) return multiTemperature.format();
            if (harmonicReport != null) return harmonicReport.table();
            return report != null ? ReportTable.format(report) : ReportTable.format(transientReport);
        }
    }

    /** The built-in materials and acoustic data plus those of the material path. */
    public Libraries libraries() {
        Libraries lib = Libraries.builtIn();
        CaseFileReader reader = new CaseFileReader();
        for (Path p : settings.materialPath()) {
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(p)) {
                try (var s = Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new InputException("material path " + p + " cannot be listed: " + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new InputException("setting materials.path names " + p + ", which is neither a directory nor a file");
            }
            for (Path f : files) {
                CaseFileReader.Located<CaseFileReader.MaterialFile> m = reader.readMaterials(f);
                MaterialDefinitions.define(m.value().materials(), m, lib);
            }
        }
        return lib;
    }

    /** Reads and builds a case without solving it. */
    public Case prepare(Path caseFile, List<String> overrides) {
        return build(new CaseFileReader().read(caseFile, overrides), false).kase();
    }

    /** A case and, when it has a multi_temperature section, its multi-temperature problem (else null). */
    private record Built(Case kase, MultiTemperatureProblem multi) {
    }

    private Built build(CaseFileReader.Located<CaseFile> located, boolean validate) {
        long limit = (long) (0.9 * Runtime.getRuntime().maxMemory());
        CaseBuilder builder = new CaseBuilder(located, libraries(), limit);
        Case kase = builder.build();
        Built built = new Built(kase, builder.multiTemperature(kase));
        this.located = located;
        if (!validate) return built;
        try {
            if (built.multi() != null) MultiTemperatureSolver.check(built.multi());
            kase.problem().validate(kase.isTransient()
                    && !(kase.transientPlan().initial() instanceof org.kapitza.fv.InitialCondition.Steady));
        } catch (org.kapitza.io.casefile.CaseFileException e) {
            throw e;
        } catch (InputException e) {
            throw located(located, e);
        }
        return built;
    }

    /** The case file last built, for locating the problem's own complaints. */
    private CaseFileReader.Located<CaseFile> located;

    /** The problem's own checks know no file: they are located at the section of the case they concern. */
    private static RuntimeException located(CaseFileReader.Located<CaseFile> at, InputException e) {
        if (e instanceof org.kapitza.io.casefile.CaseFileException || at == null) return e;
        return at.error(sectionOf(e.getMessage()), e.getMessage());
    }

    /** The case-file section a problem-level message concerns, for its location. */
    private static String sectionOf(String message) {
        String m = message == null ? "" : message;
        if (m.startsWith("no steady state") || m.startsWith("the temperature of") || m.startsWith("boundary condition")) {
            return "boundaries";
        }
        if (m.startsWith("interface")) return "interfaces";
        if (m.contains("grain")) return "grain_boundaries";
        if (m.startsWith("material") || m.startsWith("region")) return "materials";
        return "mesh";
    }

    /** What {@code kapitza check} validated: a grid case (with its harmonic section, if any) or a Gmsh case. */
    public record Checked(Case kase, org.kapitza.io.casefile.GmshCase gmsh, HarmonicRun.Spec harmonic) {
    }

    /**
     * What {@code kapitza check} does: reads and builds a case and runs every check a run makes before
     * solving (materials, interfaces, boundary conditions, a unique steady state). A Gmsh case reads and
     * checks its mesh (element types, physical groups, faces) and binds its materials, interfaces and
     * boundaries; a harmonic case checks its section and builds the linear system the run would solve
     * (refusing temperature-dependent laws and missing heat capacities).
     */
    public Checked check(Path caseFile, List<String> overrides) {
        CaseFileReader.Located<CaseFile> located = new CaseFileReader().read(caseFile, overrides);
        if (located.value().mesh().gmsh() != null) {
            return new Checked(null, new org.kapitza.io.casefile.GmshCaseBuilder(located, libraries(),
                    (long) (0.9 * Runtime.getRuntime().maxMemory())).build(), null);
        }
        Case kase = build(located, true).kase();
        HarmonicRun.Spec harmonic = HarmonicRun.spec(located);
        if (harmonic != null) {
            try {
                HarmonicRun.checkMesh(kase);
                new org.kapitza.fv.HarmonicSolver(kase.problem(), kase.solver().linearTolerance(),
                        Math.max(1000, kase.solver().maxLinearIterations()));
            } catch (InputException e) {
                throw located(located, e);
            }
        }
        return new Checked(kase, null, harmonic);
    }

    /**
     * Runs a case and writes its results.
     *
     * @param outputOverride directory for the results instead of the case's, or null
     * @param progressMode   "bar", "log" or "off"
     * @param log            where progress lines go
     */
    public Outcome run(Path caseFile, List<String> overrides, Path outputOverride, String progressMode, PrintStream log)
            throws IOException {
        return run(caseFile, overrides, outputOverride, false, progressMode, log);
    }

    /**
     * Runs a case and writes its results.
     *
     * @param restart a transient case continues from the checkpoint in its output directory
     */
    public Outcome run(Path caseFile, List<String> overrides, Path outputOverride, boolean restart, String progressMode,
                       PrintStream log) throws IOException {
        // The status line is cleared however the run ends: an error message starts on a line of its own.
        try (Phases phases = new Phases(progressMode, log)) {
            return run(caseFile, overrides, outputOverride, restart, progressMode, log, phases);
        }
    }

    private Outcome run(Path caseFile, List<String> overrides, Path outputOverride, boolean restart, String progressMode,
                        PrintStream log, Phases phases) throws IOException {
        long t0 = System.nanoTime();
        org.kapitza.linalg.Parallel.setShared(settings.threads());
        phases.enter("parse", "reading " + caseFile);
        CaseFileReader.Located<CaseFile> located = new CaseFileReader().read(caseFile, overrides);
        phases.enter("mesh", "building the grid, materials and interfaces");
        if (located.value().mesh().gmsh() != null) {
            if (restart) throw new InputException("--restart continues a transient run; " + caseFile + " is a steady Gmsh case");
            org.kapitza.io.casefile.GmshCase gc = new org.kapitza.io.casefile.GmshCaseBuilder(located, libraries(),
                    (long) (0.9 * Runtime.getRuntime().maxMemory())).build();
            Path out = outputOverride != null ? outputOverride : gc.output().directory();
            checkWritable(out);
            phases.enter("solve", "the Gmsh mesh");
            return new Outcome(null, null, null, out, null, null, null, GmshRun.run(gc, out, gc.output().vtk() && settings.writeVtk(),
                    gc.output().compress() && settings.compressVtk(), log));
        }
        // Not validated apart: the solve makes the same checks first (a second discretisation would cost).
        Built built = build(located, false);
        Case kase = built.kase();
        double meshSeconds = (System.nanoTime() - t0) * 1e-9;
        phases.clear();
        for (String w : kase.warnings()) log.println("warning: " + w);
        Path out = outputOverride != null ? outputOverride : kase.output().directory();
        if (built.multi() != null) {
            if (restart) throw new InputException("--restart continues a transient run; " + caseFile + " is a steady multi-temperature case");
            checkWritable(out);
            phases.enter("solve", "a temperature per carrier");
            phases.clear();
            return runMultiTemperature(kase, built.multi(), out, log);
        }
        if (kase.isTransient()) {
            // A transient run writes its time series and checkpoints in place, so --restart finds them.
            boolean existed = Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            checkWritable(out);
            try {
                ResultSet.clean(out);
            } catch (IOException e) {
                throw unwritable(out, e);
            }
            TransientReport tr;
            try {
                tr = TransientRun.run(kase, out, kase.output().vtk() && settings.writeVtk(),
                        kase.output().compress() && settings.compressVtk(), restart, meshSeconds, progressMode, log, phases);
            } catch (InputException e) {
                // Refused before anything was written: the directory made for the results goes again.
                if (!existed) {
                    try {
                        Files.deleteIfExists(out);
                    } catch (IOException ignored) {
                        // not empty: results were written after all
                    }
                }
                throw located(located, e);
            }
            return new Outcome(kase, null, null, out, tr);
        }
        if (restart) {
            throw new InputException("--restart continues a transient run; " + caseFile + " has no 'transient' section");
        }
        // The harmonic section is read here rather than carried by Case, so the case builder stays as it is.
        HarmonicRun.Spec harmonic = HarmonicRun.spec(located);
        if (harmonic != null) {
            checkWritable(out);
            phases.enter("solve", "the harmonic response");
            phases.clear();
            return new Outcome(kase, null, null, out, null, HarmonicRun.run(kase, harmonic, out,
                    kase.output().vtk() && settings.writeVtk(), kase.output().compress() && settings.compressVtk(), log), null, null);
        }
        ResultSet set;
        try {
            set = ResultSet.prepare(out);
        } catch (IOException e) {
            throw unwritable(out, e);
        }
        try (set) {
            return solveAndWrite(kase, out, set, meshSeconds, progressMode, log, phases);
        } catch (InputException e) {
            throw located(located, e);
        } catch (IOException e) {
            // A full disk while writing: the previous set stays; the message names the output directory, not
            // the hidden one the new set was going to.
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new EnvironmentException(message.replace(set.directory().toString(), out.toString())
                    + "; the previous results in " + out + ", if any, are unchanged", e);
        }
    }

    /** Solves a steady case and writes its results as a new set that replaces the previous one whole. */
    private Outcome solveAndWrite(Case kase, Path out, ResultSet set, double meshSeconds, String progressMode,
                                  PrintStream log, Phases phases) throws IOException {
        SteadyResult result;
        try (Progress progress = new Progress(progressMode, kase.solver().linearTolerance(), log, phases)) {
            result = new SteadySolver(kase.solver()).addListener((org.kapitza.linalg.IterationListener) progress)
                    .addListener((org.kapitza.fv.NonlinearListener) progress).solve(kase.problem());
        }
        phases.enter("output", "writing the results to " + out);
        long t1 = System.nanoTime();
        // The results replace a previous run's as a set: nothing is renamed into place until all are written.
        try (AtomicFile.Batch batch = AtomicFile.batch()) {
            RunReport report = writeResults(kase, result, set.directory(), meshSeconds, t1);
            batch.commit();
            set.commit();
            return new Outcome(kase, result, report, out, null);
        }
    }

    /** A steady multi-temperature run ({@code multi_temperature} section): solve, write the files, report. */
    private Outcome runMultiTemperature(Case kase, MultiTemperatureProblem multi, Path out, PrintStream log) throws IOException {
        log.println("solving " + kase.name() + " with a temperature per carrier (multi_temperature)");
        MultiTemperatureResult result = new MultiTemperatureSolver(kase.solver()).solve(multi);
        try (AtomicFile.Batch batch = AtomicFile.batch()) {
            List<String> files = new ArrayList<>();
            if (kase.output().vtk() && settings.writeVtk()) {
                files.addAll(MultiTemperatureFiles.vtk(out, kase.name(), result, kase.output().compress() && settings.compressVtk()));
            }
            int[] line = MultiTemperatureFiles.line(result, kase.output().lineFrom(), kase.output().lineTo());
            MultiTemperatureFiles.profileCsv(out.resolve("profile.csv"), result, line);
            MultiTemperatureFiles.profilePng(out.resolve("profile.png"), result, line, kase.name() + ": carrier temperatures");
            files.addAll(List.of("profile.csv", "profile.png"));
            if (result.carriers().contains(org.kapitza.multitemp.Carrier.SPIN_UP)) {
                MultiTemperatureFiles.spinPng(out.resolve("spin-accumulation.png"), result, line,
                        kase.name() + ": spin heat accumulation T↑ − T↓");
                files.add("spin-accumulation.png");
            }
            files.add("summary.json");
            MultiTemperatureReport report = MultiTemperatureReport.of(kase.name(), kase.description(), result, kase.notes(), files);
            MultiTemperatureFiles.summaryJson(out.resolve("summary.json"), report);
            batch.commit();
            return new Outcome(kase, null, null, out, null, null, report, null);
        }
    }

    private RunReport writeResults(Case kase, SteadyResult result, Path out, double meshSeconds, long t1) throws IOException {
        List<String> files = new ArrayList<>();
        if (kase.output().vtk() && settings.writeVtk()) {
            files.addAll(VtkResults.write(out, kase.name(), result, kase.output().compress() && settings.compressVtk(),
                    kase.output().unstructured()));
        }
        Profile profile = kase.output().lineFrom() == null ? Profile.throughHottest(result)
                : Profile.between(result, toArray(kase.output().lineFrom()), toArray(kase.output().lineTo()));
        ReportFiles.profileCsv(out.resolve("profile.csv"), profile);
        files.add("profile.csv");
        ReportFiles.profilePng(out.resolve("profile.png"), profile, kase.name() + ": temperature along the profile line");
        files.add("profile.png");
        RunReport report = CaseReport.of(kase, result, meshSeconds, 0, files);
        ReportFiles.interfacesCsv(out.resolve("interfaces.csv"), report);
        files.add("interfaces.csv");
        if (!report.blocks().isEmpty()) {
            ReportFiles.blocksCsv(out.resolve("blocks.csv"), report.blocks());
            files.add("blocks.csv");
            ReportFiles.hotspotSteady(out.resolve(kase.name() + ".steady"), report.blocks());
            files.add(kase.name() + ".steady");
        }
        files.add("summary.json");
        double outputSeconds = (System.nanoTime() - t1) * 1e-9;
        report = report.withOutput(outputSeconds, files);
        ReportFiles.summaryJson(out.resolve("summary.json"), report);
        return report;
    }

    /** Fails before the solve, not after it, when results could not be written. */
    static void checkWritable(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".kapitza-write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw unwritable(dir, e);
        } catch (SecurityException e) {
            throw new InputException("output directory " + dir + " cannot be written: " + reason(e, dir)
                    + "; choose another with -o DIR");
        }
    }

    /**
     * An output directory that cannot be written: the machine's fault (permission, a full disk, a
     * read-only file system; exit 4) or the user's choice of path (a file in the way, a path that cannot
     * exist; exit 2).
     */
    static RuntimeException unwritable(Path dir, IOException e) {
        Path at = e instanceof java.nio.file.FileSystemException f && f.getFile() != null
                && Path.of(f.getFile()).getFileName() != null && Path.of(f.getFile()).getFileName().toString().startsWith(".")
                ? Path.of(f.getFile()) : dir;
        String message = "output directory " + dir + " cannot be written: " + reason(e, at) + "; choose another with -o DIR";
        String why = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : "";
        if (e instanceof java.nio.file.AccessDeniedException || why.contains("No space") || why.contains("Read-only")
                || why.contains("quota")) {
            return new EnvironmentException(message, e);
        }
        return new InputException(message, e);
    }

    /**
     * The operating system's reason for a failed file operation. Java puts only the path in the message
     * of some exceptions (ENOENT, EACCES, EEXIST become their own classes), so those are spelled out.
     */
    static String reason(Exception e, Path dir) {
        String why;
        if (e instanceof java.nio.file.NoSuchFileException) {
            why = "No such file or directory";
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            why = "Permission denied";
        } else if (e instanceof java.nio.file.FileAlreadyExistsException) {
            why = "File exists (and is not a directory)";
        } else if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            why = f.getReason();
        } else if (e.getMessage() != null) {
            why = e.getMessage();
        } else {
            why = e.getClass().getSimpleName();
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getFile() != null
                && !Path.of(f.getFile()).normalize().equals(dir.normalize())) {
            why += " (at " + f.getFile() + ")";
        }
        return why;
    }

    private static double[] toArray(List<Double> v) {
        return new double[] {v.get(0), v.get(1), v.get(2)};
    }
}
