package org.kapitza.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeshGroupPartitionerTest {

    @Test
    void aSingleMeshSweepIsCutIntoContiguousHalves() {
        int[] p = MeshGroupPartitioner.assign(Collections.nCopies(6, "m"), 2);
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1}, p);
    }

    @Test
    void threeMeshesOnThreePartitionsGetOnePartitionEach() {
        List<String> keys = List.of("a", "b", "c", "a", "b", "c", "a", "b", "c", "a", "b", "c");
        int[] p = MeshGroupPartitioner.assign(keys, 3);
        Map<String, Set<Integer>> partitionsOfMesh = partitionsOfMesh(keys, p);
        assertEquals(Set.of(0, 1, 2), union(partitionsOfMesh));
        partitionsOfMesh.values().forEach(s -> assertEquals(1, s.size()));
    }

    @Test
    void aLargeMeshIsSplitAndASmallOneJoinsTheLighterPartition() {
        List<String> keys = new ArrayList<>(Collections.nCopies(10, "big"));
        keys.addAll(List.of("small", "small"));
        int[] p = MeshGroupPartitioner.assign(keys, 2);
        // share 6: "big" becomes runs 0-4 and 5-9, "small" goes (tie) to partition 0.
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0}, p);
    }

    /** Units (points of one anchor) of 8: whole when the share holds two, cut evenly when it does not. */
    @Test
    void anchorBlocksStayWholeWhenTheShareHoldsTwo() {
        List<String> keys = Collections.nCopies(64, "m");
        int[] units = new int[64];
        for (int i = 0; i < 64; i++) units[i] = i / 8 * 8;
        // 64 points on 4 partitions: share 16, cuts at 16, 32, 48 are unit boundaries already.
        int[] four = MeshGroupPartitioner.assign(keys, units, 4);
        for (int i = 0; i < 64; i++) assertEquals(four[i / 8 * 8], four[i], "unit of point " + i + " whole");
        // 60 points on 3 partitions: share 20 ≥ 16, even cuts 20 and 40 move to the boundaries 16 and 40.
        int[] three = MeshGroupPartitioner.assign(keys.subList(0, 60), java.util.Arrays.copyOf(units, 60), 3);
        for (int i = 0; i < 60; i++) assertEquals(three[i / 8 * 8], three[i], "unit of point " + i + " whole");
        // 24 points on 2 partitions: share 12 < 16, so balance wins: 12 and 12, unit 8-15 cut.
        int[] two = MeshGroupPartitioner.assign(keys.subList(0, 24), java.util.Arrays.copyOf(units, 24), 2);
        assertEquals(12, java.util.Arrays.stream(two).filter(v -> v == two[0]).count());
    }

    /** Random studies: every point placed, loads within share + largest run, few partitions per mesh. */
    @Test
    void randomStudiesKeepMeshesTogetherAndLoadsBalanced() {
        Random random = new Random(16);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(300);
            int meshes = 1 + random.nextInt(12);
            int partitions = 1 + random.nextInt(16);
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                keys.add("m" + random.nextInt(meshes));
            }
            int[] p = MeshGroupPartitioner.assign(keys, partitions);
            assertArrayEquals(p, MeshGroupPartitioner.assign(keys, partitions), "deterministic");
            int share = (n + partitions - 1) / partitions;
            int[] load = new int[partitions];
            for (int v : p) {
                assertTrue(v >= 0 && v < partitions);
                load[v]++;
            }
            for (int l : load) {
                assertTrue(l <= 2 * share, "load " + l + " above twice the share " + share);
            }
            Map<String, Integer> size = new HashMap<>();
            keys.forEach(k -> size.merge(k, 1, Integer::sum));
            partitionsOfMesh(keys, p).forEach((k, s) -> assertTrue(
                    s.size() <= (size.get(k) + share - 1) / share,
                    k + " of " + size.get(k) + " points spread over " + s.size() + " partitions"));
        }
    }

    private static Map<String, Set<Integer>> partitionsOfMesh(List<String> keys, int[] p) {
        Map<String, Set<Integer>> result = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            result.computeIfAbsent(keys.get(i), k -> new HashSet<>()).add(p[i]);
        }
        return result;
    }

    private static Set<Integer> union(Map<String, Set<Integer>> m) {
        Set<Integer> all = new HashSet<>();
        m.values().forEach(all::addAll);
        return all;
    }
}
