package org.kapitza.spark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kapitza.study.PointRunner;
import org.kapitza.study.StudyPlan;

/**
 * Which points share a mesh, and which start from the same anchor: the rule of
 * {@link PointRunner#run(StudyPlan.Point)} — points whose {@code mesh.*} and {@code sources*} values
 * are equal share a mesh, and each run of {@link PointRunner#ANCHOR_BLOCK} consecutive points (in plan
 * order) of one mesh starts from its first point's solution. Only a hint for placing points on
 * executors ({@link MeshGroupPartitioner}): a wrong key costs reuse, never correctness or the rows,
 * since a runner solves whatever anchor it lacks.
 */
final class MeshKey {
    private MeshKey() {}

    /** The mesh overrides of a point, joined; empty when the point keeps the base case's mesh. */
    static String of(StudyPlan.Point point) {
        return point.overrides().stream()
                .filter(o -> o.startsWith("mesh.") || o.startsWith("sources"))
                .collect(Collectors.joining(" "));
    }

    /** The key of every point of the plan, by index. */
    static List<String> of(StudyPlan plan) {
        return plan.points().stream().map(MeshKey::of).collect(Collectors.toList());
    }

    /** The anchor of every point of the plan, by index: the first of its block of points of one mesh. */
    static int[] anchors(StudyPlan plan) {
        int[] anchor = new int[plan.points().size()];
        Map<String, int[]> seen = new HashMap<>(); // mesh key → {points so far, current anchor}
        for (StudyPlan.Point p : plan.points()) {
            int[] c = seen.computeIfAbsent(of(p), k -> new int[2]);
            if (c[0] % PointRunner.ANCHOR_BLOCK == 0) c[1] = p.index();
            c[0]++;
            anchor[p.index()] = c[1];
        }
        return anchor;
    }
}
