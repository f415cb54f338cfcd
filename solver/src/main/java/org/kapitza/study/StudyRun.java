package org.kapitza.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kapitza.InputException;

/**
 * A study from plan to files, whatever the engine: study.csv (each finished point appended as it
 * finishes), then study.json and the plots. With {@code resume}, the points already in study.csv are
 * skipped (after checking that the table belongs to this study).
 */
public final class StudyRun {
    /** Told as the study goes (on the thread that calls the engine's sink). */
    public interface Listener {
        /** Before the first point: how many there are, and how many a resumed study had done. */
        void started(int total, int done, String engine);

        /** After each point. */
        void finished(PointResult r, int done, int failed);
    }

    /**
     * What a study did.
     *
     * @param results every point's result, this run's and a resumed study's earlier ones, by index
     * @param ran     points run now
     * @param files   the files written
     * @param report  study.json's content
     */
    public record Outcome(Path directory, Map<Integer, PointResult> results, int ran, int failed, List<String> files,
                         StudyReport report) {
    }

    private StudyRun() {
    }

    /**
     * Runs a study.
     *
     * @param dir    output directory (created)
     * @param resume continue the study whose study.csv is in {@code dir}
     * @param plots  draw the PNG plots
     */
    public static Outcome run(StudyPlan plan, Path dir, boolean resume, boolean plots, StudyEngine engine, Listener listener)
            throws Exception {
        long t0 = System.nanoTime();
        Files.createDirectories(dir);
        Path csvFile = dir.resolve("study.csv");
        Map<Integer, PointResult> results = new TreeMap<>();
        boolean exists = Files.exists(csvFile);
        if (exists && !resume) {
            throw new InputException(csvFile + " exists: continue that study with --resume, or remove it (or choose another"
                    + " -o DIR) to start again");
        }
        if (resume && exists) results.putAll(StudyCsv.finished(csvFile, plan));
        List<StudyPlan.Point> todo = new ArrayList<>();
        for (StudyPlan.Point p : plan.points()) if (!results.containsKey(p.index())) todo.add(p);
        int[] failed = {0};
        for (PointResult r : results.values()) if (!r.ok()) failed[0]++;
        int before = results.size();
        listener.started(plan.points().size(), before, engine.describe());
        boolean[] anyOk = {results.values().stream().anyMatch(PointResult::ok)};
        try (StudyCsv csv = resume && exists ? StudyCsv.open(csvFile) : StudyCsv.create(csvFile, plan)) {
            engine.run(plan, todo, r -> {
                // A response path that no summary holds is the study file's mistake, not the point's: stop.
                if (PointResult.NO_RESPONSE.equals(r.status()) && !anyOk[0]) {
                    throw new InputException(plan.studyPath() + ": " + r.message());
                }
                anyOk[0] |= r.ok();
                try {
                    csv.append(plan, r);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                results.put(r.index(), r);
                if (!r.ok()) failed[0]++;
                listener.finished(r, results.size(), failed[0]);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<String> files = new ArrayList<>(List.of("study.csv", "study.json"));
        double seconds = (System.nanoTime() - t0) * 1e-9;
        if (plots) files.addAll(StudyPlots.write(dir, plan, results.values()));
        StudyReport report = StudyReport.of(plan, results.values(), engine.name(), seconds, files);
        report.write(dir.resolve("study.json"));
        return new Outcome(dir, results, results.size() - before, failed[0], files, report);
    }

    /** Only for callers that hold results already (tests, other engines' drivers): the report of them. */
    public static StudyReport report(StudyPlan plan, Collection<PointResult> results, String engine) {
        return StudyReport.of(plan, results, engine, 0, List.of());
    }
}
