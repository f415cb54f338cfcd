package org.kapitza.spark;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.kapitza.study.PointRunner;
import org.kapitza.study.StudyPlan;
import org.kapitza.study.StudySource;

/**
 * The per-JVM state of an executor: the expanded plan of each study it has seen and idle point
 * runners, which hold the reuse caches (mesh, multigrid, previous solution). A task borrows a runner
 * for its points and gives it back, so the next task of the same study on this executor starts from
 * the caches the last one left; two tasks running at once on one executor never share a runner
 * ({@link PointRunner} is not thread-safe).
 *
 * <p>At most {@value #STUDIES} studies are kept (the least recently used is dropped), so a long-lived
 * executor serving many studies does not hold every mesh it ever built.
 */
final class ExecutorRunners {
    static final int STUDIES = 4;

    /** One study's plan and its idle runners. */
    private static final class Entry {
        final StudyPlan plan;
        final Deque<PointRunner> idle = new ArrayDeque<>();

        Entry(StudyPlan plan) {
            this.plan = plan;
        }
    }

    private static final Map<StudySource, Entry> STUDIES_SEEN = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<StudySource, Entry> eldest) {
            return size() > STUDIES;
        }
    };

    private static long created;

    private ExecutorRunners() {}

    /** The plan of a study, expanded once per JVM. */
    static synchronized StudyPlan plan(StudySource source) {
        return entry(source).plan;
    }

    /**
     * An idle runner of the study, or a new one from {@code factory} when every runner is busy (the
     * first task of the study here, or more tasks at once than before).
     */
    static PointRunner borrow(StudySource source, Function<StudyPlan, PointRunner> factory) {
        Entry e;
        synchronized (ExecutorRunners.class) {
            e = entry(source);
            PointRunner r = e.idle.pollFirst();
            if (r != null) {
                return r;
            }
            created++;
        }
        return factory.apply(e.plan);
    }

    /** Gives a runner back for the next task of its study on this executor. */
    static synchronized void giveBack(StudySource source, PointRunner runner) {
        Entry e = STUDIES_SEEN.get(source);
        if (e != null) {
            e.idle.addFirst(runner);
        }
    }

    /** Runners made in this JVM so far (for tests: reuse means fewer runners than tasks). */
    static synchronized long created() {
        return created;
    }

    private static Entry entry(StudySource source) {
        return STUDIES_SEEN.computeIfAbsent(source, s -> new Entry(StudyPlan.of(s)));
    }

    /** For tests: forget everything. */
    static synchronized void clear() {
        STUDIES_SEEN.clear();
    }
}
