package org.kapitza.fv;

/**
 * A quantity recorded over time: the temperature of the cell containing a point, the area-weighted mean
 * surface temperature of a patch, the largest temperature in a region (a junction), or the mean
 * temperature jump of an interface (by its label as reported).
 *
 * @param name   column name in probes.csv
 * @param kind   what is recorded
 * @param target patch, region or interface name (null for a point)
 * @param point  x, y, z of a point probe (m), else null
 * @param threshold a value (K) whose first crossing is reported ({@link #firstCrossing}), or NaN for none
 */
public record Probe(String name, Kind kind, String target, double[] point, double threshold) {
    /** What a probe records. */
    public enum Kind {
        POINT,
        PATCH_MEAN,
        REGION_MAX,
        INTERFACE_JUMP
    }

    public static Probe point(String name, double x, double y, double z) {
        return new Probe(name, Kind.POINT, null, new double[] {x, y, z}, Double.NaN);
    }

    public static Probe patchMean(String name, String patch) {
        return new Probe(name, Kind.PATCH_MEAN, patch, null, Double.NaN);
    }

    public static Probe regionMax(String name, String region) {
        return new Probe(name, Kind.REGION_MAX, region, null, Double.NaN);
    }

    public static Probe interfaceJump(String name, String interfaceLabel) {
        return new Probe(name, Kind.INTERFACE_JUMP, interfaceLabel, null, Double.NaN);
    }

    /** The same probe, reporting when it first reaches {@code value} (K). */
    public Probe withThreshold(double value) {
        return new Probe(name, kind, target, point, value);
    }

    public boolean hasThreshold() {
        return !Double.isNaN(threshold);
    }

    /**
     * The first time (s) a series of {time, value} rows reaches {@code value}, from either side: the time
     * of the first row equal to it, or where the straight line between two consecutive rows on opposite
     * sides of it crosses it. NaN when the series never reaches it (nor when it is empty).
     */
    public static double firstCrossing(double[][] series, double value) {
        if (series.length == 0) return Double.NaN;
        if (series[0][1] == value) return series[0][0];
        for (int i = 1; i < series.length; i++) {
            double a = series[i - 1][1] - value;
            double b = series[i][1] - value;
            if (b == 0) return series[i][0];
            if ((a < 0) != (b < 0)) {
                double t0 = series[i - 1][0];
                return t0 + a / (a - b) * (series[i][0] - t0);
            }
        }
        return Double.NaN;
    }

    /** Whether evaluating it needs face conductances (an assembly). */
    boolean needsFaces() {
        return kind == Kind.PATCH_MEAN || kind == Kind.INTERFACE_JUMP;
    }
}
