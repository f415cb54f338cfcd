package org.kapitza.spark;

import java.util.List;
import java.util.stream.Collectors;
import org.kapitza.study.StudyPlan;

/**
 * Which points share a mesh: those whose overrides of {@code mesh.*} keys are equal (a polycrystal's
 * seed or mean size, a grid's cells). Only a hint for placing points on executors
 * ({@link MeshGroupPartitioner}): a wrong key costs reuse, never correctness, since each executor's
 * runner rebuilds whatever its point needs.
 */
final class MeshKey {
    private MeshKey() {}

    /** The mesh overrides of a point, joined; empty when the point keeps the base case's mesh. */
    static String of(StudyPlan.Point point) {
        return point.overrides().stream()
                .filter(o -> o.startsWith("mesh.") || o.startsWith("mesh["))
                .collect(Collectors.joining(" "));
    }

    /** The key of every point of the plan, by index. */
    static List<String> of(StudyPlan plan) {
        return plan.points().stream().map(MeshKey::of).collect(Collectors.toList());
    }
}
