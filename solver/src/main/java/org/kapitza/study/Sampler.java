package org.kapitza.study;

/**
 * Random numbers for sampled designs that depend only on (seed, stream, index): the same on every JVM
 * and in any order of evaluation, so point i of a Monte Carlo study is the same whichever machine
 * expands the plan. SplitMix64's finaliser (Steele, Lea and Flood 2014) hashes the three together; its
 * output passes BigCrush as a counter-based generator.
 */
final class Sampler {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Sampler() {
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniform number in (0, 1), never 0 or 1 (so inverse CDFs stay finite). */
    static double uniform(long seed, long stream, long index) {
        long z = mix(mix(mix(seed * GOLDEN + 1) + stream * GOLDEN + 2) + index * GOLDEN + 3);
        return ((z >>> 11) + 0.5) * 0x1.0p-53;
    }

    /** A random permutation of 0..n-1 (Fisher–Yates), the strata of one parameter of a Latin hypercube. */
    static int[] permutation(long seed, long stream, int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            // A stream of its own, apart from the jitter inside each stratum
            int k = (int) (uniform(seed, -1 - stream, i) * (i + 1));
            int t = p[i];
            p[i] = p[k];
            p[k] = t;
        }
        return p;
    }
}
