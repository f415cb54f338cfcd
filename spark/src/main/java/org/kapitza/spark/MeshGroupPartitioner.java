package org.kapitza.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.spark.Partitioner;

/**
 * Spark partitioner of a study's points, keyed by point index, that keeps points sharing a mesh
 * together: each partition is one Spark task, and an executor builds a mesh (and its multigrid) once
 * per task at most, then runs the task's points one after another from the previous solution.
 *
 * <p>The assignment, made once on the driver ({@link #assign}):
 * <ol>
 *   <li>points are grouped by mesh key (points with equal keys share a mesh), groups in order of first
 *       appearance, points in index order inside a group;</li>
 *   <li>a group larger than its fair share of points ({@code points / partitions}) is cut into
 *       contiguous runs of about that share, so a single-mesh sweep still uses every partition;</li>
 *   <li>runs go, largest first, to the partition with the fewest points so far (the longest-processing-
 *       time rule: no partition gets more than the fair share plus the largest run).</li>
 * </ol>
 * The assignment depends only on the keys and the partition count: the same study gives the same
 * tasks on every run.
 */
public final class MeshGroupPartitioner extends Partitioner {
    private static final long serialVersionUID = 1L;

    private final int[] partitionOfPoint;
    private final int partitions;

    /**
     * @param meshKeys   one key per point (index = point index); equal keys share a mesh
     * @param partitions number of partitions (Spark tasks), at least 1
     */
    public MeshGroupPartitioner(List<String> meshKeys, int partitions) {
        this.partitions = partitions;
        this.partitionOfPoint = assign(meshKeys, partitions);
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    /** Partition of a point; the key is the point's index (an {@link Integer}). */
    @Override
    public int getPartition(Object key) {
        return partitionOfPoint[(Integer) key];
    }

    /** Partition of each point; see the class comment for the rule. */
    public static int[] assign(List<String> meshKeys, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        }
        int n = meshKeys.size();
        int[] result = new int[n];
        if (n == 0) {
            return result;
        }
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(meshKeys.get(i), k -> new ArrayList<>()).add(i);
        }
        int share = Math.max(1, (n + partitions - 1) / partitions);
        List<int[]> runs = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            int pieces = (members.size() + share - 1) / share;
            for (int p = 0; p < pieces; p++) {
                int from = (int) ((long) members.size() * p / pieces);
                int to = (int) ((long) members.size() * (p + 1) / pieces);
                runs.add(members.subList(from, to).stream().mapToInt(Integer::intValue).toArray());
            }
        }
        // Stable sort: equal sizes keep group order, so the assignment is deterministic.
        runs.sort(Comparator.comparingInt((int[] r) -> r.length).reversed());
        // Least-loaded partition first; ties go to the lower partition number.
        PriorityQueue<long[]> load = new PriorityQueue<>(
                Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
        for (int p = 0; p < partitions; p++) {
            load.add(new long[] {0, p});
        }
        for (int[] run : runs) {
            long[] lightest = load.poll();
            for (int point : run) {
                result[point] = (int) lightest[1];
            }
            lightest[0] += run.length;
            load.add(lightest);
        }
        return result;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MeshGroupPartitioner o
                && o.partitions == partitions && Arrays.equals(o.partitionOfPoint, partitionOfPoint);
    }

    @Override
    public int hashCode() {
        return 31 * partitions + Arrays.hashCode(partitionOfPoint);
    }
}
