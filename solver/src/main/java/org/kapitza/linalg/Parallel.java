package org.kapitza.linalg;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs kernels over contiguous blocks of rows on a fixed number of threads, without allocating: the
 * calling thread runs block 0 and persistent worker threads run the others. Every index range is split
 * the same way for a given thread count, and reductions add the blocks' partial sums in block order, so
 * results are identical from run to run (and differ between thread counts only by round-off).
 *
 * <p>Kernels are objects the caller creates once (before an iteration loop) and reuses; dispatching one
 * costs a few microseconds. Kernels must not call {@link #forEach} themselves; a call from a worker runs
 * on that worker alone.
 *
 * <p>Memory-bound kernels (matrix-vector products, vector updates) gain from a second core only through
 * its share of memory bandwidth; the benchmarks report what that is on the machine at hand.
 */
public final class Parallel {
    private static volatile Parallel shared = new Parallel(defaultThreads());

    /** The system property kapitza.threads, or one thread per processor. */
    private static int defaultThreads() {
        String p = System.getProperty("kapitza.threads", "0").trim();
        int t;
        try {
            t = Integer.parseInt(p);
        } catch (NumberFormatException e) {
            t = 0;
        }
        return t > 0 ? t : Runtime.getRuntime().availableProcessors();
    }

    /** A kernel over rows [from, to) of block {@code block}. */
    @FunctionalInterface
    public interface RangeTask {
        void run(int block, int from, int to);
    }

    /** A kernel that returns a partial sum over rows [from, to). */
    @FunctionalInterface
    public interface RangeSum {
        double sum(int from, int to);
    }

    /** Ranges below this many rows run on the calling thread: a handoff costs more than it saves. */
    private static final int SERIAL_BELOW = 16_384;

    private final int threads;
    private final Thread[] workers;
    private final AtomicInteger remaining = new AtomicInteger();
    private final double[] partial;
    private volatile long generation;
    private volatile RangeTask task;
    private volatile int length;
    private volatile Throwable failure;
    private final SumAdapter adapter = new SumAdapter();

    public Parallel(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        this.threads = threads;
        this.partial = new double[threads];
        this.workers = new Thread[threads - 1];
        for (int w = 0; w < workers.length; w++) {
            int block = w + 1;
            Thread t = new Thread(() -> work(block), "kapitza-worker-" + block);
            t.setDaemon(true);
            workers[w] = t;
            t.start();
        }
    }

    /** The instance kernels use unless given another one. */
    public static Parallel shared() {
        return shared;
    }

    /** Sets the number of threads kernels use (the program's {@code threads} setting). */
    public static synchronized void setShared(int threads) {
        if (shared.threads != threads) shared = new Parallel(threads);
    }

    public int threads() {
        return threads;
    }

    /** Start of block b of n rows split into {@link #threads()} nearly equal blocks. */
    public int blockStart(int n, int b) {
        return (int) ((long) n * b / threads);
    }

    /**
     * How long an idle worker spins before it parks, in nanoseconds (system property kapitza.spin.us, in µs).
     * Spinning answers the next dispatch within a microsecond where a parked worker needs tens; but a worker
     * spinning through the main thread's serial stretches (coarse multigrid levels, the output phase) takes
     * the core the JIT compiler and the garbage collector want in a short whole-process run.
     */
    private static final long SPIN_NANOS = 1_000L * Long.getLong("kapitza.spin.us", 1_000L);

    private void work(int block) {
        long seen = 0;
        while (true) {
            long since = 0;
            for (int spins = 0; generation == seen; spins++) {
                if ((spins & 255) != 0) {
                    Thread.onSpinWait();
                    continue;
                }
                // The clock is read every 256 spins: System.nanoTime costs about as much as a few spins.
                long now = System.nanoTime();
                if (since == 0) since = now;
                if (now - since > SPIN_NANOS) LockSupport.park(this); // forEach unparks; an earlier permit is kept
            }
            seen = generation;
            int n = length;
            try {
                task.run(block, blockStart(n, block), blockStart(n, block + 1));
            } catch (Throwable e) {
                failure = e;
            }
            remaining.decrementAndGet();
        }
    }

    private boolean isWorker() {
        Thread me = Thread.currentThread();
        for (Thread w : workers) if (w == me) return true;
        return false;
    }

    /** Runs the task on every block, in parallel. */
    public void forEach(int n, RangeTask t) {
        forEach(n, 1, t);
    }

    /**
     * Runs the task on every block of n indices that stand for {@code work} rows each (an x-segment of a
     * stencil is a whole row of cells): whether a handoff pays is decided by the rows, not the indices.
     */
    public void forEach(int n, int work, RangeTask t) {
        // Decided before taking the lock: a kernel on a worker that calls forEach (or sum) runs its blocks
        // on that worker, where waiting for the lock the dispatching thread holds would deadlock.
        if (threads == 1 || (long) n * work < SERIAL_BELOW || isWorker()) {
            for (int b = 0; b < threads; b++) t.run(b, blockStart(n, b), blockStart(n, b + 1));
            return;
        }
        dispatch(n, t);
    }

    private synchronized void dispatch(int n, RangeTask t) {
        task = t;
        length = n;
        failure = null;
        remaining.set(workers.length);
        generation = generation + 1;
        for (Thread w : workers) LockSupport.unpark(w);
        Throwable mine = null;
        try {
            t.run(0, 0, blockStart(n, 1));
        } catch (Throwable e) {
            mine = e;
        }
        // Spin briefly (a block usually ends within microseconds of ours), then yield: on a machine with
        // more runnable threads than cores a descheduled worker needs the core this thread would spin on.
        for (int spins = 0; remaining.get() > 0; spins++) {
            if (spins < 2_000) Thread.onSpinWait();
            else Thread.yield();
        }
        Throwable f = mine != null ? mine : failure;
        if (f instanceof RuntimeException re) throw re;
        if (f instanceof Error er) throw er;
        if (f != null) throw new IllegalStateException(f);
    }

    /** Σ over blocks of the partial sums, added in block order. */
    public double sum(int n, RangeSum s) {
        if (isWorker()) {
            double total = 0;
            for (int b = 0; b < threads; b++) total += s.sum(blockStart(n, b), blockStart(n, b + 1));
            return total;
        }
        return sumDispatched(n, s);
    }

    private synchronized double sumDispatched(int n, RangeSum s) {
        adapter.sum = s;
        forEach(n, adapter);
        adapter.sum = null;
        double total = 0;
        for (double p : partial) total += p;
        java.util.Arrays.fill(partial, 0);
        return total;
    }

    /** Stores each block's partial sum: one reusable object, so reductions do not allocate. */
    private final class SumAdapter implements RangeTask {
        RangeSum sum;

        @Override
        public void run(int block, int from, int to) {
            partial[block] = sum.sum(from, to);
        }
    }
}
