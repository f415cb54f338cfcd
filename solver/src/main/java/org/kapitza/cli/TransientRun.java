package org.kapitza.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kapitza.InputException;
import org.kapitza.fv.SteadyResult;
import org.kapitza.fv.TransientObserver;
import org.kapitza.fv.TransientResult;
import org.kapitza.fv.TransientSolver;
import org.kapitza.io.VtkTimeSeries;
import org.kapitza.io.casefile.Case;
import org.kapitza.io.report.ProbeFiles;
import org.kapitza.io.report.ReportFiles;
import org.kapitza.io.report.TransientReport;

/**
 * Runs a transient case and writes its results: fields at the output times as a ParaView time series,
 * the probes as CSV and PNG, a checkpoint every so many steps (so that {@code --restart} can continue a
 * run that was stopped), and summary.json.
 */
final class TransientRun {
    /** The checkpoint's name in the output directory. */
    static final String CHECKPOINT = "checkpoint.bin";

    private TransientRun() {
    }

    /**
     * @param restart continue from the checkpoint in the output directory instead of starting at t = 0
     */
    static TransientReport run(Case kase, Path out, boolean vtk, boolean compress, boolean restart, double meshSeconds,
                               String progressMode, PrintStream log) throws IOException {
        return run(kase, out, vtk, compress, restart, meshSeconds, progressMode, log, new Phases("off", log));
    }

    /** @param phases the run's phase display: set-up, then the time bar (the solve), then output */
    static TransientReport run(Case kase, Path out, boolean vtk, boolean compress, boolean restart, double meshSeconds,
                               String progressMode, PrintStream log, Phases phases) throws IOException {
        phases.enter("set-up", restart ? "reading the checkpoint and preparing the time stepper" : "preparing the time stepper");
        Case.TransientPlan plan = kase.transientPlan();
        Path checkpoint = out.resolve(CHECKPOINT);
        if (restart && !Files.isRegularFile(checkpoint)) {
            throw new InputException("--restart: no checkpoint at " + checkpoint + "; a run writes one every "
                    + plan.checkpointEvery() + " steps (transient.checkpoint_every), or run without --restart to start at t = 0");
        }
        TransientSolver solver = new TransientSolver(plan.settings());
        for (var p : plan.probes()) solver.probe(p);
        // Without a restart the checkpoint file still goes to its place: a run killed later can continue.
        if (plan.checkpointEvery() > 0 || restart) {
            solver.checkpoint(checkpoint, plan.checkpointEvery(), (file, body) -> org.kapitza.io.AtomicFile.write(file, body::writeTo));
        }
        List<String> files = new ArrayList<>();
        VtkTimeSeries series = vtk ? new VtkTimeSeries(out, kase.name(), compress, plan.settings().outputTimes())
                .unstructured(kase.output().unstructured()) : null;
        if (series != null) {
            solver.addObserver(new TransientObserver() {
                @Override
                public void output(double time, int index, SteadyResult view) {
                    try {
                        series.write(index, view);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        }
        // Floorplan blocks' mean temperatures at each output time, for <name>.ttrace (HotSpot's transient trace).
        List<String> blockNames = new ArrayList<>();
        List<double[]> blockRows = new ArrayList<>();
        solver.addObserver(new TransientObserver() {
            @Override
            public void output(double time, int index, SteadyResult view) {
                List<org.kapitza.io.report.BlockReport> blocks = org.kapitza.io.report.BlockReport.of(view);
                if (blocks.isEmpty()) return;
                if (blockNames.isEmpty()) for (var b : blocks) blockNames.add(b.block());
                double[] row = new double[blocks.size() + 1];
                row[0] = time;
                for (int i = 0; i < blocks.size(); i++) row[i + 1] = blocks.get(i).mean();
                blockRows.add(row);
            }
        });
        double startTime = restart ? TransientSolver.checkpointTime(checkpoint) : 0;
        TransientResult result;
        phases.enter("solve", "time stepping to t = " + org.kapitza.Numbers.format(plan.settings().endTime(), 4) + " s");
        phases.clear();
        try (TimeProgress progress = new TimeProgress(progressMode, startTime, plan.settings().endTime(), log)) {
            solver.addObserver(progress);
            result = restart ? solver.resume(kase.problem()) : solver.run(kase.problem(), plan.initial());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (series != null) {
            for (int i = 0; i < plan.settings().outputTimes().length; i++) {
                String base = series.baseName(i);
                files.add(base + (kase.mesh().activeCellCount() == kase.mesh().cellCount() ? ".vtr" : ".vtu"));
                files.add(base + "-interfaces.vtp");
            }
            files.add(series.collectionFile());
        }
        phases.enter("output", "writing the probes, plots and summary to " + out);
        ProbeFiles.csv(out.resolve("probes.csv"), result.probes(), result.probeRows());
        files.add("probes.csv");
        ProbeFiles.png(out.resolve("probes.png"), result.probes(), result.probeRows(), kase.name() + ": probes");
        files.add("probes.png");
        if (!blockRows.isEmpty()) {
            ReportFiles.hotspotTtrace(out.resolve(kase.name() + ".ttrace"), blockNames, blockRows);
            files.add(kase.name() + ".ttrace");
        }
        if (plan.checkpointEvery() > 0) files.add(CHECKPOINT);
        files.add("summary.json");
        TransientReport report = TransientReport.of(kase.name(), kase.description(), kase.mesh().summary(), plan.settings(), result,
                meshSeconds, restart, kase.notes(), files);
        ReportFiles.summaryJson(out.resolve("summary.json"), report);
        return report;
    }
}
