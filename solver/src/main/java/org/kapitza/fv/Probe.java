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
 */
public record Probe(String name, Kind kind, String target, double[] point) {
    /** What a probe records. */
    public enum Kind {
        POINT,
        PATCH_MEAN,
        REGION_MAX,
        INTERFACE_JUMP
    }

    public static Probe point(String name, double x, double y, double z) {
        return new Probe(name, Kind.POINT, null, new double[] {x, y, z});
    }

    public static Probe patchMean(String name, String patch) {
        return new Probe(name, Kind.PATCH_MEAN, patch, null);
    }

    public static Probe regionMax(String name, String region) {
        return new Probe(name, Kind.REGION_MAX, region, null);
    }

    public static Probe interfaceJump(String name, String interfaceLabel) {
        return new Probe(name, Kind.INTERFACE_JUMP, interfaceLabel, null);
    }

    /** Whether evaluating it needs face conductances (an assembly). */
    boolean needsFaces() {
        return kind == Kind.PATCH_MEAN || kind == Kind.INTERFACE_JUMP;
    }
}
