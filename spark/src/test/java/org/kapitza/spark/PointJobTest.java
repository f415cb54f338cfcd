package org.kapitza.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PointJobTest {

    /** A result: the point, the thread that ran it, and the task's point before it (-1 for the first). */
    record Ran(int index, String meshKey, String thread, int previous) implements java.io.Serializable {}

    @Test
    void aTaskThatThrowsFailsTheRunWithItsMessage() {
        List<String> keys = List.of("m", "m", "m", "m");
        IllegalStateException e = assertThrows(IllegalStateException.class, () ->
                new PointJob<Ran>(LocalSpark.context(), 2).run(List.of(0, 1, 2, 3), keys, points -> {
                    throw new IOException("disk of executor gone");
                }, r -> { }));
        assertTrue(e.getMessage().contains("disk of executor gone"), e.getMessage());
    }

    @Test
    void everyPointRunsOnceAndEachTaskRunsOneMeshAfterAnother() {
        List<String> keys = IntStream.range(0, 24).mapToObj(i -> "mesh" + (i % 3)).collect(Collectors.toList());
        List<Integer> run = IntStream.range(0, 24).filter(i -> i != 5).boxed().collect(Collectors.toList());
        List<Ran> results = new ArrayList<>();
        String driver = Thread.currentThread().getName();
        List<String> handlerThreads = new ArrayList<>();
        new PointJob<Ran>(LocalSpark.context(), 4).run(run, keys, points -> {
            List<Ran> out = new ArrayList<>();
            int previous = -1;
            for (PointJob.Point p : points) {
                out.add(new Ran(p.index(), p.meshKey(), Thread.currentThread().getName(), previous));
                previous = p.index();
            }
            return out;
        }, r -> {
            results.add(r);
            handlerThreads.add(Thread.currentThread().getName());
        });
        assertEquals(23, results.size());
        assertEquals(new HashSet<>(run), results.stream().map(Ran::index).collect(Collectors.toSet()));
        for (Ran r : results) {
            assertEquals(keys.get(r.index()), r.meshKey());
        }
        // 23 points of 3 meshes in 4 tasks: the previous point of a task has the same mesh or the task
        // moved to its next mesh once (mesh keys sorted within the task).
        long meshChanges = results.stream()
                .filter(r -> r.previous() >= 0 && !keys.get(r.previous()).equals(r.meshKey())).count();
        assertTrue(meshChanges <= 3, "mesh changes inside tasks: " + meshChanges);
        Set<String> executorThreads = results.stream().map(Ran::thread).collect(Collectors.toSet());
        assertTrue(executorThreads.stream().noneMatch(driver::equals), "points ran on executor threads");
        assertEquals(Set.of(driver), new HashSet<>(handlerThreads), "rows are handled on the calling thread");
        System.out.println("PointJob: result handler on " + new HashSet<>(handlerThreads) + ", tasks on " + executorThreads);
    }
}
