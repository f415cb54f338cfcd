package org.kapitza.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.stream.IntStream;
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
 *       contiguous runs of about that share, so a single-mesh sweep still uses every partition; when
 *       the share holds at least two units (the points that start from one anchor's solution, see
 *       {@link org.kapitza.study.PointRunner#ANCHOR_BLOCK}) the cuts move to the nearest unit boundary,
 *       so each anchor is solved by one task only;</li>
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
        this(meshKeys, IntStream.range(0, meshKeys.size()).toArray(), partitions);
    }

    /**
     * @param meshKeys   one key per point (index = position in the job); equal keys share a mesh
     * @param units      one id per point: points that start from the same anchor's solution
     * @param partitions number of partitions (Spark tasks), at least 1
     */
    public MeshGroupPartitioner(List<String> meshKeys, int[] units, int partitions) {
        this.partitions = partitions;
        this.partitionOfPoint = assign(meshKeys, units, partitions);
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

    /** Partition of each point, every point its own unit; see the class comment for the rule. */
    public static int[] assign(List<String> meshKeys, int partitions) {
        return assign(meshKeys, IntStream.range(0, meshKeys.size()).toArray(), partitions);
    }

    /**
     * Partition of each point; see the class comment for the rule.
     *
     * @param meshKeys   one key per point; equal keys share a mesh
     * @param units      one id per point: consecutive points of a mesh with the same id (the points that
     *                   start from one anchor's solution) stay in one run when the fair share allows
     * @param partitions number of partitions, at least 1
     */
    public static int[] assign(List<String> meshKeys, int[] units, int partitions) {
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
            int[] cuts = cuts(members, units, pieces, share);
            for (int p = 0; p < pieces; p++) {
                runs.add(toArray(members.subList(cuts[p], cuts[p + 1])));
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

    /**
     * Where a group's members (in index order) are cut into {@code pieces} runs: at even positions,
     * each moved to the nearest unit boundary when units are small against the share (at most half of
     * it, so no run grows by more than a quarter of the share); otherwise, or where two cuts would meet,
     * at the even position (the cut unit's anchor is then solved once more by the second task).
     */
    private static int[] cuts(List<Integer> members, int[] units, int pieces, int share) {
        int size = members.size();
        List<Integer> boundaries = new ArrayList<>();
        int largestUnit = 0;
        int unitStart = 0;
        for (int i = 1; i <= size; i++) {
            if (i == size || units[members.get(i)] != units[members.get(i - 1)]) {
                boundaries.add(i);
                largestUnit = Math.max(largestUnit, i - unitStart);
                unitStart = i;
            }
        }
        int[] cuts = new int[pieces + 1];
        cuts[pieces] = size;
        for (int p = 1; p < pieces; p++) {
            int even = (int) ((long) size * p / pieces);
            int cut = even;
            if (2 * largestUnit <= share) {
                int nearest = size;
                for (int b : boundaries) {
                    if (Math.abs(b - even) < Math.abs(nearest - even)) nearest = b;
                }
                cut = nearest;
            }
            cuts[p] = cut > cuts[p - 1] && cut < size ? cut : even;
        }
        return cuts;
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
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
