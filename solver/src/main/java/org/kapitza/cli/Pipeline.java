package org.kapitza.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kapitza.InputException;
import org.kapitza.fv.SteadyResult;
import org.kapitza.fv.SteadySolver;
import org.kapitza.io.AtomicFile;
import org.kapitza.io.casefile.Case;
import org.kapitza.io.casefile.CaseBuilder;
import org.kapitza.io.casefile.CaseFile;
import org.kapitza.io.casefile.CaseFileReader;
import org.kapitza.io.VtkResults;
import org.kapitza.io.casefile.Libraries;
import org.kapitza.io.casefile.MaterialDefinitions;
import org.kapitza.io.report.EffectiveConductivity;
import org.kapitza.io.report.Profile;
import org.kapitza.io.report.ReportFiles;
import org.kapitza.io.report.ReportTable;
import org.kapitza.io.report.RunReport;
import org.kapitza.io.report.TransientReport;
import org.kapitza.mesh.MeshSummary;

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
     * What a run produced: a steady result and its report, or (transient cases) the transient report.
     */
    public record Outcome(Case kase, SteadyResult result, RunReport report, Path outputDirectory,
                          TransientReport transientReport) {
        /** The files written, for either kind of run. */
        public List<String> files() {
            return report != null ? report.files() : transientReport.files();
        }

        /** The end-of-run table. */
        public String table() {
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
        CaseFileReader.Located<CaseFile> located = new CaseFileReader().read(caseFile, overrides);
        long limit = (long) (0.9 * Runtime.getRuntime().maxMemory());
        return new CaseBuilder(located, libraries(), limit).build();
    }

    /**
     * Reads and builds a case and runs every check a run makes before solving (materials, interfaces,
     * boundary conditions, a unique steady state), without solving: what {@code kapitza check} does.
     */
    public Case check(Path caseFile, List<String> overrides) {
        Case kase = prepare(caseFile, overrides);
        kase.problem().validate(kase.isTransient()
                && !(kase.transientPlan().initial() instanceof org.kapitza.fv.InitialCondition.Steady));
        return kase;
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
        long t0 = System.nanoTime();
        org.kapitza.linalg.Parallel.setShared(settings.threads());
        Case kase = prepare(caseFile, overrides);
        double meshSeconds = (System.nanoTime() - t0) * 1e-9;
        for (String w : kase.warnings()) log.println("warning: " + w);
        Path out = outputOverride != null ? outputOverride : kase.output().directory();
        checkWritable(out);
        if (kase.isTransient()) {
            TransientReport tr = TransientRun.run(kase, out, kase.output().vtk() && settings.writeVtk(),
                    kase.output().compress() && settings.compressVtk(), restart, meshSeconds, progressMode, log);
            return new Outcome(kase, null, null, out, tr);
        }
        if (restart) {
            throw new InputException("--restart continues a transient run; " + caseFile + " has no 'transient' section");
        }
        SteadyResult result;
        try (Progress progress = new Progress(progressMode, kase.solver().linearTolerance(), log)) {
            result = new SteadySolver(kase.solver()).addListener((org.kapitza.linalg.IterationListener) progress)
                    .addListener((org.kapitza.fv.NonlinearListener) progress).solve(kase.problem());
        }
        long t1 = System.nanoTime();
        // The results replace a previous run's as a set: nothing is renamed into place until all are written.
        try (AtomicFile.Batch batch = AtomicFile.batch()) {
            RunReport report = writeResults(kase, result, out, meshSeconds, t1);
            batch.commit();
            return new Outcome(kase, result, report, out, null);
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
        MeshSummary ms = kase.mesh().summary();
        EffectiveConductivity effective = null;
        if (kase.output().effectiveBetween() != null) {
            effective = EffectiveConductivity.between(result, kase.output().effectiveBetween().get(0),
                    kase.output().effectiveBetween().get(1), grainEstimates(kase, result, ms));
        }
        RunReport report = RunReport.of(kase.name(), kase.description(), result, ms, kase.layerStack(),
                kase.solver().nonlinearMethod(),
                kase.solver().preconditioner(), meshSeconds, 0, effective, kase.notes(), files);
        ReportFiles.interfacesCsv(out.resolve("interfaces.csv"), report);
        files.add("interfaces.csv");
        files.add("summary.json");
        double outputSeconds = (System.nanoTime() - t1) * 1e-9;
        report = RunReport.of(kase.name(), kase.description(), result, ms, kase.layerStack(),
                kase.solver().nonlinearMethod(),
                kase.solver().preconditioner(), meshSeconds, outputSeconds, effective, kase.notes(), files);
        ReportFiles.summaryJson(out.resolve("summary.json"), report);
        return report;
    }

    /**
     * Effective-medium estimates when one region holds grains whose boundaries have one constant R: mean
     * grain size from the region's volume and grain count, k₀ at the region's mean temperature.
     */
    private static EffectiveConductivity.GrainEstimates grainEstimates(Case kase, SteadyResult r, MeshSummary ms) {
        List<org.kapitza.fv.GrainBoundaryRule> rules = kase.problem().grainBoundaryRules();
        if (rules.size() != 1 || !(rules.get(0).model() instanceof org.kapitza.interfaces.ConstantResistance c)) return null;
        if (r.grainBoundaries().size() != 1 || ms.grains() == 0) return null;
        String region = r.grainBoundaries().get(0).region();
        for (org.kapitza.fv.SteadyResult.RegionStats s : r.regions()) {
            if (!s.region().equals(region)) continue;
            double d = Math.cbrt(s.volume() / ms.grains());
            double k0 = kase.problem().resolveMaterial(kase.mesh().materialName(kase.mesh().regionMaterial(
                    kase.mesh().regionId(region)))).conductivity().k(2, s.mean());
            return EffectiveConductivity.GrainEstimates.of(d, k0, c.value());
        }
        return null;
    }

    /** Fails before the solve, not after it, when results could not be written. */
    static void checkWritable(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".kapitza-write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new InputException("output directory " + dir + " cannot be written: " + reason(e, dir)
                    + "; choose another with -o DIR");
        }
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
