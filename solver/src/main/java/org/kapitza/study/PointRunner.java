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
    private final boolean reuse;
    private final int[] meshColumns;
    private int[] anchorOf;
    /** The last two anchors and meshes: a sweep needs one, an ensemble taken seed by seed one at a time. */
    private final Lru<Integer, Anchor> anchors = new Lru<>(2);
    private final Lru<Object, org.kapitza.mesh.Mesh> meshes = new Lru<>(2);

    /** A small map that forgets the entry used least recently. */
    private static final class Lru<K, V> extends java.util.LinkedHashMap<K, V> {
        private static final long serialVersionUID = 1L;
        private final int size;

        Lru(int size) {
            super(16, 0.75f, true);
            this.size = size;
        }

        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<K, V> e) {
            return size() > size;
        }

        V computeIfAbsent2(K key, Supplier<V> make) {
            V v = get(key);
            if (v == null) {
                v = make.get();
                put(key, v);
            }
            return v;
        }
    }

    /**
     * @param plan      the study
     * @param libraries a fresh copy of the materials for each point, as {@code kapitza run} has them (built-in
     *                  and the material path): a case adds its own materials to the libraries it is built with
     * @param memoryLimit largest solver memory one point may take (bytes)
     */
    public PointRunner(StudyPlan plan, Supplier<Libraries> libraries, long memoryLimit) {
        this(plan, libraries, memoryLimit, true);
    }

    /**
     * @param allowReuse false solves every point from scratch whatever the study says (an engine's
     *                   {@link EngineOptions#reuse()}); true follows the study's {@code reuse} (default true)
     */
    public PointRunner(StudyPlan plan, Supplier<Libraries> libraries, long memoryLimit, boolean allowReuse) {
        this.plan = plan;
        this.libraries = libraries;
        this.basePath = plan.basePath();
        this.baseText = plan.source().baseText();
        this.memoryLimit = memoryLimit;
        this.reuse = allowReuse && (plan.file().reuse() == null || plan.file().reuse());
        this.meshColumns = meshColumns(plan);
    }

    /** A runner with the memory limit of {@code kapitza run}: 90 % of the heap. */
    public PointRunner(StudyPlan plan, Supplier<Libraries> libraries) {
        this(plan, libraries, (long) (0.9 * Runtime.getRuntime().maxMemory()));
    }

    /** Runs the point of the given index. */
    public PointResult run(int index) {
        return run(plan.point(index));
    }

    /** Builds the case of a point without solving it; with reuse, the mesh of an earlier point when it is the same. */
    public Case build(StudyPlan.Point point) {
        CaseFileReader.Located<CaseFile> located = reader.readText(basePath, baseText, point.overrides());
        CaseBuilder b = new CaseBuilder(located, libraries.get(), memoryLimit);
        if (reuse) b.withMeshCache(meshes::computeIfAbsent2);
        return b.build();
    }

    /**
     * Points per anchor: each run of this many consecutive points (in plan order) of one mesh starts from
     * the first of them. Neighbours in a sweep are close in value, so the anchor's solution and multigrid
     * aggregates suit them; across a wide sweep (R over a decade and more) aggregates made for one end cost
     * iterations at the other, so one anchor for all would not do.
     */
    public static final int ANCHOR_BLOCK = 8;

    /**
     * Runs a point. With reuse on, a point reuses the mesh of earlier points with the same mesh
     * parameters and starts from the solution and multigrid aggregates of its anchor: the first point
     * of its block of {@link #ANCHOR_BLOCK} consecutive points of that mesh (an anchor starts from
     * scratch). A runner that has not solved the anchor solves it first. The result so depends only on
     * the point and its anchor, never on which points this runner happened to run before: every engine,
     * whatever order it runs points in, gives the same rows.
     */
    public PointResult run(StudyPlan.Point point) {
        long t0 = System.nanoTime();
        if (!reuse) return solve(point, null, t0);
        int anchor = anchorOf(point.index());
        if (anchor == point.index()) {
            Anchor[] made = new Anchor[1];
            PointResult r = solve(point, made, t0);
            anchors.put(anchor, made[0] != null ? made[0] : Anchor.FAILED);
            return r;
        }
        Anchor a = anchors.get(anchor);
        if (a == null) {
            // Only the anchor's state is wanted here; its row comes from whoever runs it as a point.
            Anchor[] made = new Anchor[1];
            solve(plan.point(anchor), made, System.nanoTime());
            a = made[0] != null ? made[0] : Anchor.FAILED;
            anchors.put(anchor, a);
        }
        return solve(point, a == Anchor.FAILED ? null : a, t0);
    }

    /** The solution and hierarchy of an anchor point, or FAILED. */
    private record Anchor(SteadySolver.WarmStart warm) {
        static final Anchor FAILED = new Anchor(null);
    }

    /** The anchor of a point: the first of its block of consecutive points with the same mesh parameters. */
    int anchorOf(int index) {
        if (anchorOf == null) anchorOf = anchors(plan);
        return anchorOf[index];
    }

    /**
     * Each point's anchor (its own index for an anchor): the first of its block of {@link #ANCHOR_BLOCK}
     * consecutive points, in plan order, with the same mesh parameters. Engines that hand a runner the
     * points of one anchor together spare it solving anchors twice.
     */
    public static int[] anchors(StudyPlan plan) {
        int[] columns = meshColumns(plan);
        int[] a = new int[plan.points().size()];
        java.util.Map<List<String>, int[]> seen = new java.util.HashMap<>(); // signature → {count, current anchor}
        for (StudyPlan.Point p : plan.points()) {
            List<String> sig = new java.util.ArrayList<>();
            for (int j : columns) sig.add(p.values().get(j));
            int[] c = seen.computeIfAbsent(sig, k -> new int[2]);
            if (c[0] % ANCHOR_BLOCK == 0) c[1] = p.index();
            c[0]++;
            a[p.index()] = c[1];
        }
        return a;
    }

    private static int[] meshColumns(StudyPlan plan) {
        List<String> keys = new java.util.ArrayList<>();
        for (Parameter p : plan.parameters()) keys.add(p.key());
        if (plan.ensembleKey() != null) keys.add(plan.ensembleKey());
        return java.util.stream.IntStream.range(0, keys.size())
                .filter(j -> keys.get(j).startsWith("mesh.") || keys.get(j).startsWith("sources")).toArray();
    }

    /** Solves a point, cold or from an anchor's state; with {@code made}, hands back its own state as an anchor. */
    private PointResult solve(StudyPlan.Point point, Object start, long t0) {
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
            SteadySolver solver = new SteadySolver(kase.solver());
            SteadyResult r = solver.solve(kase.problem(), start instanceof Anchor a ? a.warm() : null);
            if (start instanceof Anchor[] made) made[0] = new Anchor(solver.warmStart(r));
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
