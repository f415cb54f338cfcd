package org.kapitza.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kapitza.io.report.ReportFiles;

/**
 * study.json: what the study was (design, parameters, responses), how it went (points run, failed, time)
 * and what its results say together: per response the statistics of a sampled design, the ensemble mean
 * and spread of each point, and the sensitivities at the base point with their ranking.
 */
public record StudyReport(String name, String description, String base, String design, String engine, int points,
                          int finished, int failed, Map<String, Integer> statuses, double seconds,
                          List<ParameterInfo> parameters, List<ResponseInfo> responses, List<EnsemblePoint> ensembles,
                          List<StudyStatistics.Ranking> sensitivities, List<String> files) {

    /** A parameter as the study varied it. */
    public record ParameterInfo(String key, String name, String unit, List<String> values, String distribution,
                                boolean logarithmic, Double base) {
    }

    /** A response and, for sampled designs, its statistics over the design's points. */
    public record ResponseInfo(String name, String path, StudyStatistics.Summary statistics) {
    }

    /**
     * An ensemble's point: the values it shares and each response's mean and spread over its seeds.
     *
     * @param group     the point's group number (study.csv's {@code group})
     * @param role      design, base or a sensitivity step
     * @param values    its parameter values
     * @param responses per response: n, mean, std, sem, quantiles over the seeds
     */
    public record EnsemblePoint(int group, String role, List<String> values, Map<String, StudyStatistics.Summary> responses) {
    }

    /** The report of a study's results. */
    public static StudyReport of(StudyPlan plan, Collection<PointResult> results, String engine, double seconds,
                                 List<String> files) {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        int failed = 0;
        for (PointResult r : results) {
            statuses.merge(r.status(), 1, Integer::sum);
            if (!r.ok()) failed++;
        }
        List<ParameterInfo> params = new ArrayList<>();
        for (Parameter p : plan.parameters()) {
            params.add(new ParameterInfo(p.key(), p.name(), p.caseKey().unit(), p.texts(),
                    p.distribution() == null ? null : p.distribution().toString(), p.logarithmic(),
                    Double.isFinite(p.base()) ? p.base() : null));
        }
        List<ResponseInfo> responses = new ArrayList<>();
        for (int i = 0; i < plan.responses().size(); i++) {
            Response r = plan.responses().get(i);
            responses.add(new ResponseInfo(r.name(), r.path(), plan.sampled() ? StudyStatistics.design(plan, results, i) : null));
        }
        List<EnsemblePoint> ensembles = new ArrayList<>();
        if (plan.members() > 1) {
            for (Map.Entry<Integer, List<PointResult>> e : StudyStatistics.byGroup(plan, results).entrySet()) {
                StudyPlan.Point first = plan.point(e.getValue().get(0).index());
                Map<String, StudyStatistics.Summary> m = new LinkedHashMap<>();
                for (int i = 0; i < plan.responses().size(); i++) {
                    m.put(plan.responses().get(i).name(), StudyStatistics.Summary.of(StudyStatistics.values(e.getValue(), i)));
                }
                ensembles.add(new EnsemblePoint(e.getKey(), first.role().label(),
                        first.values().subList(0, plan.parameters().size()), m));
            }
        }
        return new StudyReport(plan.name(), plan.file().description(), plan.basePath().toString(), plan.design(), engine,
                plan.points().size(), results.size(), failed, statuses, seconds, params, responses, ensembles,
                StudyStatistics.sensitivities(plan, results), files);
    }

    /** Writes study.json atomically. */
    public void write(Path file) throws IOException {
        ReportFiles.json(file, this);
    }
}
