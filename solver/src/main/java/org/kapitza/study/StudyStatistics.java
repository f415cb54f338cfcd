package org.kapitza.study;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hipparchus.stat.descriptive.rank.Percentile;

/**
 * What a study's results say together: per response the sample statistics of a sampled design, the
 * ensemble mean and spread of each point, and the sensitivities at the base point. Computed from the
 * rows alone (so a resumed study's statistics include its earlier points).
 */
public final class StudyStatistics {
    private StudyStatistics() {
    }

    /**
     * Sample statistics of one response.
     *
     * @param n    points that gave the response
     * @param mean sample mean
     * @param std  sample standard deviation (n − 1 in the denominator)
     * @param sem  standard error of the mean, std/√n: the sampling error of {@code mean} (for Monte Carlo;
     *             a Latin hypercube's is usually smaller, so this bounds it)
     * @param q05  5 % quantile
     * @param q50  median
     * @param q95  95 % quantile
     * @param min  smallest
     * @param max  largest
     */
    public record Summary(int n, double mean, double std, double sem, double q05, double q50, double q95, double min,
                          double max) {
        /** Statistics of values (NaN ignored); quantiles by linear interpolation between order statistics (Hyndman and Fan 1996, type 7). */
        public static Summary of(double[] values) {
            double[] v = java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
            int n = v.length;
            if (n == 0) return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            double mean = 0;
            for (double x : v) mean += x;
            mean /= n;
            double ss = 0;
            for (double x : v) ss += (x - mean) * (x - mean);
            double std = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
            Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
            p.setData(v);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double x : v) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
            return new Summary(n, mean, std, std / Math.sqrt(n), p.evaluate(5), p.evaluate(50), p.evaluate(95), min, max);
        }
    }

    /** The rows of a plan's ok points, by group (points before the ensemble), in group order. */
    static Map<Integer, List<PointResult>> byGroup(StudyPlan plan, Collection<PointResult> results) {
        Map<Integer, List<PointResult>> g = new TreeMap<>();
        for (PointResult r : results) {
            if (!r.ok()) continue;
            g.computeIfAbsent(plan.point(r.index()).group(), k -> new ArrayList<>()).add(r);
        }
        return g;
    }

    /** One response's values over a group's ok points. */
    static double[] values(List<PointResult> rows, int response) {
        double[] v = new double[rows.size()];
        for (int i = 0; i < v.length; i++) v[i] = rows.get(i).responses()[response];
        return v;
    }

    /** A response over the design's ok points (ensemble members each counted). */
    public static Summary design(StudyPlan plan, Collection<PointResult> results, int response) {
        List<Double> v = new ArrayList<>();
        for (PointResult r : results) {
            if (r.ok() && plan.point(r.index()).role() == StudyPlan.Role.DESIGN) v.add(r.responses()[response]);
        }
        return Summary.of(v.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * The derivative of one response with respect to one parameter at the base point.
     *
     * @param key        the parameter's case key
     * @param name       its name
     * @param base       its base value (SI)
     * @param derivative ∂y/∂x by central differences, (y(x₀+h) − y(x₀−h)) / 2h, h = step·x₀, on the ensemble
     *                   means; error O(h²)
     * @param elasticity (x₀/y₀) ∂y/∂x: the relative change of the response per relative change of the parameter
     * @param effect     |∂y/∂x| (x_high − x_low): the first-order change of the response over the parameter's
     *                   range (its values' range, its law's 5–95 % range, or ±sensitivities.range of its base
     *                   value): what ranks the parameters
     * @param low        first-order response at the parameter's low end, y₀ + ∂y/∂x (x_low − x₀)
     * @param high       first-order response at its high end
     */
    public record Sensitivity(String key, String name, double base, double derivative, double elasticity, double effect,
                              double low, double high) {
    }

    /** A response's sensitivities, ranked by effect (largest first). */
    public record Ranking(String response, double baseValue, List<Sensitivity> parameters) {
    }

    /** Sensitivities of every response, or an empty list when the study has none (or its base point failed). */
    public static List<Ranking> sensitivities(StudyPlan plan, Collection<PointResult> results) {
        Map<Integer, List<PointResult>> groups = byGroup(plan, results);
        int baseGroup = -1;
        Map<Integer, int[]> steps = new TreeMap<>(); // parameter → {up group, down group}
        for (StudyPlan.Point p : plan.points()) {
            if (p.role() == StudyPlan.Role.BASE) baseGroup = p.group();
            if (p.role() == StudyPlan.Role.STEP_UP) steps.computeIfAbsent(p.parameter(), k -> new int[2])[0] = p.group();
            if (p.role() == StudyPlan.Role.STEP_DOWN) steps.computeIfAbsent(p.parameter(), k -> new int[2])[1] = p.group();
        }
        List<Ranking> out = new ArrayList<>();
        if (baseGroup < 0 || !groups.containsKey(baseGroup)) return out;
        for (int ri = 0; ri < plan.responses().size(); ri++) {
            double y0 = mean(values(groups.get(baseGroup), ri));
            List<Sensitivity> s = new ArrayList<>();
            for (Map.Entry<Integer, int[]> e : steps.entrySet()) {
                Parameter p = plan.parameters().get(e.getKey());
                List<PointResult> up = groups.get(e.getValue()[0]);
                List<PointResult> down = groups.get(e.getValue()[1]);
                double d = Double.NaN;
                if (up != null && down != null) {
                    double xu = plan.point(up.get(0).index()).numbers()[e.getKey()];
                    double xd = plan.point(down.get(0).index()).numbers()[e.getKey()];
                    d = (mean(values(up, ri)) - mean(values(down, ri))) / (xu - xd);
                }
                double lo = Double.isFinite(p.low()) ? p.low() : p.base() * (1 - plan.step());
                double hi = Double.isFinite(p.high()) ? p.high() : p.base() * (1 + plan.step());
                s.add(new Sensitivity(p.key(), p.name(), p.base(), d, d * p.base() / y0, Math.abs(d) * (hi - lo),
                        y0 + d * (lo - p.base()), y0 + d * (hi - p.base())));
            }
            s.sort(Comparator.comparingDouble((Sensitivity x) -> Double.isNaN(x.effect()) ? -1 : x.effect()).reversed());
            out.add(new Ranking(plan.responses().get(ri).name(), y0, s));
        }
        return out;
    }

    static double mean(double[] v) {
        double s = 0;
        int n = 0;
        for (double x : v) {
            if (Double.isFinite(x)) {
                s += x;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }
}
