package org.kapitza.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.kapitza.InputException;
import org.kapitza.Numbers;
import org.kapitza.io.casefile.Case;
import org.kapitza.io.casefile.CaseBuilder;
import org.kapitza.io.casefile.Libraries;
import org.kapitza.study.EngineOptions;
import org.kapitza.study.PointRunner;
import org.kapitza.study.StudyEngine;
import org.kapitza.study.StudyEngines;
import org.kapitza.study.StudyFile;
import org.kapitza.study.StudyPlan;
import org.kapitza.study.StudyReport;
import org.kapitza.study.StudyRun;
import org.kapitza.study.StudyStatistics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kapitza study STUDY.yaml}: a parameter study in one process. Exit codes as {@code run}'s, and
 * 4 when the study finished but some points failed (their rows say why).
 */
@Command(name = "study", mixinStandardHelpOptions = true,
        description = "Run a parameter study (sweep, ensemble, Monte Carlo) of a case: study.csv, study.json, plots.")
final class StudyCommand implements Callable<Integer> {
    /** Exit code when the study finished and some points failed. */
    static final int POINTS_FAILED = 4;
    /** Cells below which points run side by side on one thread each; above, one at a time on all threads. */
    static final int SMALL_CASE_CELLS = 200_000;
    /** Default limit of points × cells (about an hour of solving at 10⁶–10⁷ cells per second). */
    static final double CELL_POINTS_LIMIT = 1e10;

    @Parameters(index = "0", paramLabel = "STUDY", description = "the study file (YAML)")
    Path studyFile;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "directory for the results"
            + " (default: the study's output.directory, else results/<name>)")
    Path output;

    @Option(names = "--resume", description = "continue the study in DIR, skipping the points study.csv holds")
    boolean resume;

    @Option(names = "--engine", paramLabel = "NAME", description = "where points run: embedded (this process, the"
            + " default) or spark")
    String engine = StudyEngines.EMBEDDED;

    @Option(names = {"-q", "--quiet"}, description = "no progress display")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.load();
        settings.validate();
        Pipeline pipeline = new Pipeline(settings);
        StudyPlan plan = StudyPlan.read(studyFile);
        StudyFile f = plan.file();
        Path out = output != null ? output : f.output() != null && f.output().directory() != null
                ? Path.of(f.output().directory()) : Path.of("results", plan.name());
        Pipeline.checkWritable(out);
        Supplier<Libraries> libraries = pipeline::libraries;
        // The first point must be valid: a mistake there is the study's (a key, the base case), not a point's.
        Case base;
        try {
            base = new PointRunner(plan, libraries).build(plan.point(0));
        } catch (InputException | org.kapitza.mesh.MeshException e) {
            throw new InputException(e.getMessage() + " (in the study's first point, " + String.join(" ",
                    plan.point(0).overrides().stream().map(o -> "--set " + o).toList()) + ")");
        }
        if (base.isTransient()) {
            throw new InputException(plan.basePath() + ": the base case is transient; studies solve steady cases (remove its"
                    + " 'transient' section, or override it away)");
        }
        base.problem().validate(false);
        for (String w : base.warnings()) System.err.println("warning: " + w);
        long cells = base.mesh().activeCellCount();
        double cellPoints = (double) cells * plan.points().size();
        double limit = f.limits() != null && f.limits().cellPoints() != null ? f.limits().cellPoints() : CELL_POINTS_LIMIT;
        if (cellPoints > limit) {
            throw new InputException(String.format(Locale.ROOT, "%s: the study is too large: %d points × %d cells = %.3g"
                    + " point-cells (%.3g TB of solver memory passed through at %d bytes per cell), more than the limit of %.3g"
                    + " (limits.cell_points); coarsen the base case with 'set', or take fewer points", studyFile,
                    plan.points().size(), cells, cellPoints, cellPoints * CaseBuilder.BYTES_PER_CELL / 1e12,
                    CaseBuilder.BYTES_PER_CELL, limit));
        }
        int processors = Runtime.getRuntime().availableProcessors();
        int threads = f.threads() != null ? f.threads() : cells < SMALL_CASE_CELLS ? processors : 1;
        if (threads < 1) throw plan.error("threads", "needs at least 1, got " + threads);
        long perPoint = cells * CaseBuilder.BYTES_PER_CELL;
        long heap = (long) (0.9 * Runtime.getRuntime().maxMemory());
        if (perPoint > heap) {
            throw new InputException(String.format(Locale.ROOT, "%s: one point needs about %s (%d cells × %d bytes) and this"
                    + " Java may use %s; give Java more memory (KAPITZA_JAVA_OPTS=-Xmx16g) or coarsen the base case", studyFile,
                    Main.human(perPoint), cells, CaseBuilder.BYTES_PER_CELL, Main.human(heap)));
        }
        threads = (int) Math.min(threads, Math.max(1, heap / perPoint));
        int solverThreads = Math.max(1, settings.threads() > 0 ? settings.threads() / threads : processors / threads);
        org.kapitza.linalg.Parallel.setShared(solverThreads);
        StudyEngine e = StudyEngines.create(engine, new EngineOptions(threads, solverThreads, libraries, true, System.err));
        boolean plots = f.output() == null || f.output().plots() == null || f.output().plots();
        String mode = quiet ? "off" : Main.Run.progressMode(settings.progress());
        StudyRun.Outcome o;
        try (StudyProgress progress = new StudyProgress(mode, System.err)) {
            o = StudyRun.run(plan, out, resume, plots, e, progress);
        }
        PrintWriter w = spec.commandLine().getOut();
        print(w, plan, o);
        w.println("Results in " + out.toAbsolutePath().normalize() + ": " + String.join(", ", o.files()));
        w.flush();
        return o.failed() > 0 ? POINTS_FAILED : Main.OK;
    }

    private static void print(PrintWriter w, StudyPlan plan, StudyRun.Outcome o) {
        StudyReport r = o.report();
        w.printf(Locale.ROOT, "Study %s: %s design of %d parameter%s, %d points%s; %d run now, %d failed%n", plan.name(),
                plan.design(), plan.parameters().size(), plan.parameters().size() == 1 ? "" : "s", plan.points().size(),
                plan.members() > 1 ? " (" + plan.members() + " seeds each)" : "", o.ran(), o.failed());
        double sum = 0;
        int n = 0;
        for (var p : o.results().values()) {
            sum += p.seconds();
            n++;
        }
        w.printf(Locale.ROOT, "Time: %.1f s wall, %.3f s per point solving%n", r.seconds(), n == 0 ? 0 : sum / n);
        if (plan.sampled()) {
            w.printf(Locale.ROOT, "%n%-28s %6s %12s %11s %11s %12s %12s %12s%n", "response", "n", "mean", "± sem", "std",
                    "5 %", "50 %", "95 %");
            for (StudyReport.ResponseInfo ri : r.responses()) {
                StudyStatistics.Summary s = ri.statistics();
                w.printf(Locale.ROOT, "%-28s %6d %12s %11s %11s %12s %12s %12s%n", ri.name(), s.n(), Numbers.format(s.mean(), 6),
                        Numbers.format(s.sem(), 3), Numbers.format(s.std(), 3), Numbers.format(s.q05(), 6),
                        Numbers.format(s.q50(), 6), Numbers.format(s.q95(), 6));
            }
        }
        for (StudyStatistics.Ranking k : r.sensitivities()) {
            w.printf(Locale.ROOT, "%nSensitivities of %s at the base point (%s), largest effect first%n", k.response(),
                    Numbers.format(k.baseValue(), 6));
            w.printf(Locale.ROOT, "  %-34s %12s %12s %11s %12s%n", "parameter", "base", "∂y/∂x", "elasticity", "effect");
            for (StudyStatistics.Sensitivity s : k.parameters()) {
                w.printf(Locale.ROOT, "  %-34s %12s %12s %11s %12s%n", s.name(), Numbers.format(s.base(), 4),
                        Numbers.format(s.derivative(), 4), Numbers.format(s.elasticity(), 3), Numbers.format(s.effect(), 3));
            }
        }
        if (o.failed() > 0) {
            w.printf(Locale.ROOT, "%n%d point%s failed: %s (see the status and message columns of study.csv)%n", o.failed(),
                    o.failed() == 1 ? "" : "s", r.statuses());
        }
    }
}
