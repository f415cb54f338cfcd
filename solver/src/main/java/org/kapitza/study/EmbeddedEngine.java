package org.kapitza.study;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs a study's points in this JVM on a pool of threads, each with its own {@link PointRunner} (and its
 * reuse caches). Threads take the points of one anchor (neighbours in plan order that start from the
 * same solution) together.
 */
public final class EmbeddedEngine implements StudyEngine {
    private final EngineOptions options;

    public EmbeddedEngine(EngineOptions options) {
        if (options.threads() < 1) throw new IllegalArgumentException("threads must be at least 1");
        this.options = options;
    }

    @Override
    public String name() {
        return StudyEngines.EMBEDDED;
    }

    @Override
    public String describe() {
        return options.threads() + (options.threads() == 1 ? " point" : " points") + " at a time, "
                + options.solverThreads() + (options.solverThreads() == 1 ? " solver thread" : " solver threads") + " each";
    }

    @Override
    public void run(StudyPlan plan, List<StudyPlan.Point> points, Consumer<PointResult> sink) throws Exception {
        // Points go out by anchor (PointRunner.anchors): a thread solves a block of neighbours that start
        // from one anchor, which it then solves only once. Seed by seed: an ensemble's seeds change the
        // mesh, so its blocks are taken one seed at a time and each mesh is reused while its points run.
        int[] anchors = PointRunner.anchors(plan);
        java.util.Map<Integer, List<StudyPlan.Point>> blocks = new java.util.TreeMap<>(java.util.Comparator
                .comparingInt((Integer a) -> plan.point(a).member()).thenComparingInt(a -> a));
        for (StudyPlan.Point p : points) blocks.computeIfAbsent(anchors[p.index()], k -> new ArrayList<>()).add(p);
        List<List<StudyPlan.Point>> order = new ArrayList<>(blocks.values());
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Object lock = new Object();
        int n = Math.min(options.threads(), Math.max(1, order.size()));
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            Thread th = new Thread(() -> {
                PointRunner runner = new PointRunner(plan, options.libraries(), memoryPerPoint(n), options.reuse());
                for (int i = next.getAndIncrement(); i < order.size() && failure.get() == null; i = next.getAndIncrement()) {
                    for (StudyPlan.Point p : order.get(i)) {
                        if (failure.get() != null) return;
                        PointResult r = runner.run(p);
                        synchronized (lock) {
                            if (failure.get() != null) return;
                            try {
                                sink.accept(r);
                            } catch (Throwable e) {
                                failure.compareAndSet(null, e);
                                return;
                            }
                        }
                    }
                }
            }, "kapitza-study-" + t);
            th.setDaemon(true);
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) th.join();
        Throwable e = failure.get();
        if (e instanceof Exception ex) throw ex;
        if (e instanceof Error er) throw er;
    }

    private static long memoryPerPoint(int threads) {
        return (long) (0.9 * Runtime.getRuntime().maxMemory() / threads);
    }
}
