package org.kapitza.study;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs a study's points in this JVM on a pool of threads, each with its own {@link PointRunner} (and its
 * reuse caches). Threads take points in plan order, so neighbouring points — which in a sweep differ
 * in one value — tend to follow each other on a thread.
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
        // Seed by seed: an ensemble's seeds change the mesh, so its points are taken one seed at a time and
        // each mesh is reused while its points run.
        List<StudyPlan.Point> order = new ArrayList<>(points);
        order.sort(java.util.Comparator.comparingInt(StudyPlan.Point::member).thenComparingInt(StudyPlan.Point::index));
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Object lock = new Object();
        int n = Math.min(options.threads(), Math.max(1, points.size()));
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            Thread th = new Thread(() -> {
                PointRunner runner = new PointRunner(plan, options.libraries(), memoryPerPoint(n));
                for (int i = next.getAndIncrement(); i < order.size() && failure.get() == null; i = next.getAndIncrement()) {
                    PointResult r = runner.run(order.get(i));
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
