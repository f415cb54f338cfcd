package org.kapitza.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.kapitza.InputException;
import org.kapitza.fv.SteadyResult;
import org.kapitza.fv.SteadySolver;
import org.kapitza.io.casefile.Case;
import org.kapitza.io.casefile.CaseBuilder;
import org.kapitza.io.casefile.CaseFile;
import org.kapitza.io.casefile.CaseFileReader;
import org.kapitza.io.casefile.Libraries;
import org.kapitza.io.report.CaseReport;
import org.kapitza.io.report.ReportFiles;
import org.kapitza.linalg.NotConvergedException;
import org.kapitza.mesh.MeshException;

/**
 * Runs one point of a study in this JVM: the base case's text bound with the point's overrides exactly
 * as {@code kapitza run BASE --set ...} binds it, built, solved, and the responses read from the
 * summary the run would write (without writing files). A point that fails becomes a result with its
 * status and message; it never throws.
 *
 * <p>Not thread-safe: each thread of an engine has its own runner (and so its own reuse caches).
 */
public final class PointRunner {
    private final StudyPlan plan;
    private final Supplier<Libraries> libraries;
    private final CaseFileReader reader = new CaseFileReader();
    private final Path basePath;
    private final String baseText;
    private final long memoryLimit;

    /**
     * @param plan      the study
     * @param libraries a fresh copy of the materials for each point, as {@code kapitza run} has them (built-in
     *                  and the material path): a case adds its own materials to the libraries it is built with
     * @param memoryLimit largest solver memory one point may take (bytes)
     */
    public PointRunner(StudyPlan plan, Supplier<Libraries> libraries, long memoryLimit) {
        this.plan = plan;
        this.libraries = libraries;
        this.basePath = plan.basePath();
        this.baseText = plan.source().baseText();
        this.memoryLimit = memoryLimit;
    }

    /** A runner with the memory limit of {@code kapitza run}: 90 % of the heap. */
    public PointRunner(StudyPlan plan, Supplier<Libraries> libraries) {
        this(plan, libraries, (long) (0.9 * Runtime.getRuntime().maxMemory()));
    }

    /** Runs the point of the given index. */
    public PointResult run(int index) {
        return run(plan.point(index));
    }

    /** Builds the case of a point without solving it (for the checks before a study starts). */
    public Case build(StudyPlan.Point point) {
        CaseFileReader.Located<CaseFile> located = reader.readText(basePath, baseText, point.overrides());
        return new CaseBuilder(located, libraries.get(), memoryLimit).build();
    }

    /**
     * Builds the base case with the study's fixed overrides only, for the checks before a study starts
     * (a mistake there is the study's, not a point's).
     */
    public Case buildBase() {
        List<String> fixed = plan.file().set() == null ? List.of() : plan.file().set();
        CaseFileReader.Located<CaseFile> located = reader.readText(basePath, baseText, fixed);
        return new CaseBuilder(located, libraries.get(), memoryLimit).build();
    }

    /** Runs a point. */
    public PointResult run(StudyPlan.Point point) {
        long t0 = System.nanoTime();
        double[] responses = new double[plan.responses().size()];
        java.util.Arrays.fill(responses, Double.NaN);
        int iterations = 0;
        try {
            Case kase = build(point);
            if (kase.isTransient()) {
                return result(point, responses, PointResult.INVALID, "the base case is transient; studies solve steady"
                        + " cases", t0, 0);
            }
            double meshSeconds = (System.nanoTime() - t0) * 1e-9;
            SteadyResult r = new SteadySolver(kase.solver()).solve(kase.problem());
            iterations = r.linearIterations();
            JsonNode summary = ReportFiles.summaryTree(CaseReport.of(kase, r, meshSeconds, 0, List.of()));
            List<Response> rs = plan.responses();
            for (int i = 0; i < rs.size(); i++) {
                try {
                    responses[i] = rs.get(i).value(summary);
                } catch (IllegalArgumentException e) {
                    return result(point, responses, PointResult.NO_RESPONSE, "response " + rs.get(i).name() + " ("
                            + rs.get(i).path() + "): " + e.getMessage(), t0, iterations);
                }
            }
            return result(point, responses, PointResult.OK, "", t0, iterations);
        } catch (NotConvergedException e) {
            return result(point, responses, PointResult.NOT_CONVERGED, e.getMessage(), t0, iterations);
        } catch (InputException | MeshException e) {
            return result(point, responses, PointResult.INVALID, e.getMessage(), t0, iterations);
        } catch (OutOfMemoryError e) {
            return result(point, responses, PointResult.ERROR, "out of memory; give Java more (KAPITZA_JAVA_OPTS=-Xmx16g)"
                    + " or run fewer points at once (threads)", t0, iterations);
        } catch (RuntimeException e) {
            return result(point, responses, PointResult.ERROR, "internal error: " + e, t0, iterations);
        }
    }

    private static PointResult result(StudyPlan.Point p, double[] responses, String status, String message, long t0,
                                      int iterations) {
        return new PointResult(p.index(), p.values(), responses, status, message, (System.nanoTime() - t0) * 1e-9, iterations);
    }
}
