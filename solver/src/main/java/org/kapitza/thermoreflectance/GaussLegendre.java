package org.kapitza.thermoreflectance;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Gauss–Legendre nodes and weights on [−1, 1], computed once per order by Newton's method on the
 * Legendre polynomial from Tricomi's initial guesses (Press et al., Numerical Recipes, 3rd ed., §4.6.1).
 */
final class GaussLegendre {
    private static final ConcurrentHashMap<Integer, double[][]> RULES = new ConcurrentHashMap<>();

    private GaussLegendre() {
    }

    static double[] nodes(int n) {
        return rule(n)[0];
    }

    static double[] weights(int n) {
        return rule(n)[1];
    }

    private static double[][] rule(int n) {
        return RULES.computeIfAbsent(n, GaussLegendre::compute);
    }

    private static double[][] compute(int n) {
        double[] x = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < (n + 1) / 2; i++) {
            double z = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double dp = 0;
            for (int it = 0; it < 100; it++) {
                double p1 = 1;
                double p2 = 0;
                for (int j = 1; j <= n; j++) {
                    double p3 = p2;
                    p2 = p1;
                    p1 = ((2 * j - 1) * z * p2 - (j - 1) * p3) / j;
                }
                dp = n * (z * p1 - p2) / (z * z - 1);
                double dz = p1 / dp;
                z -= dz;
                if (Math.abs(dz) < 1e-16) break;
            }
            // Recompute the derivative at the converged node.
            double p1 = 1;
            double p2 = 0;
            for (int j = 1; j <= n; j++) {
                double p3 = p2;
                p2 = p1;
                p1 = ((2 * j - 1) * z * p2 - (j - 1) * p3) / j;
            }
            dp = n * (z * p1 - p2) / (z * z - 1);
            x[i] = -z;
            x[n - 1 - i] = z;
            w[i] = 2 / ((1 - z * z) * dp * dp);
            w[n - 1 - i] = w[i];
        }
        return new double[][] {x, w};
    }
}
