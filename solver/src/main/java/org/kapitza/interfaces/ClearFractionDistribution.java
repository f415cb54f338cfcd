package org.kapitza.interfaces;

import java.util.Locale;
import java.util.SplittableRandom;
import org.kapitza.phonon.DefectPlane;

/**
 * Random per-boundary clear fractions f of defect-plane grain boundaries ({@link DefectPlane}): each
 * pair of grains draws its own f in (0, 1], reproducibly from a seed and the pair's ids (the same
 * scheme as {@link ResistanceDistribution}), and its resistance is the model's 1/h₀ times (1 − f)/f.
 */
public final class ClearFractionDistribution implements BoundaryFactor {
    /** The shape of the distribution of f. */
    public enum Kind {
        /** Uniform in [min, max] ⊂ (0, 1]. */
        UNIFORM,
        /** Normal with mean and standard deviation, redrawn until in (0, 1]. */
        NORMAL
    }

    /** A draw below this counts as zero clear area (no heat flow): redrawn. */
    private static final double SMALLEST = 1e-9;
    private final Kind kind;
    private final double a;
    private final double b;
    private final long seed;

    /**
     * @param a min (uniform) or mean (normal)
     * @param b max (uniform) or standard deviation (normal)
     */
    public ClearFractionDistribution(Kind kind, double a, double b, long seed) {
        this.kind = kind;
        this.a = a;
        this.b = b;
        this.seed = seed;
        if (kind == Kind.UNIFORM) {
            if (!(a > 0) || !(b >= a) || !(b <= 1)) {
                throw new IllegalArgumentException("clear-fraction distribution uniform: needs 0 < min <= max <= 1, got ["
                        + a + ", " + b + "]");
            }
        } else if (!(a > 0 && a <= 1) || !(b >= 0) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("clear-fraction distribution normal: needs 0 < mean <= 1 and std >= 0, got mean "
                    + a + ", std " + b);
        }
    }

    /** The clear fraction f of the boundary between grains g1 and g2 (order does not matter). */
    public double fraction(int g1, int g2) {
        SplittableRandom r = ResistanceDistribution.random(seed, g1, g2);
        if (kind == Kind.UNIFORM) return a + (b - a) * r.nextDouble();
        for (int i = 0; i < 1000; i++) {
            double v = a + b * ResistanceDistribution.gaussian(r);
            if (v >= SMALLEST && v <= 1) return v;
        }
        return a;
    }

    /** (1 − f)/f of that boundary. */
    @Override
    public double sample(int g1, int g2) {
        return DefectPlane.resistanceFactor(fraction(g1, g2));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "clear fraction %s(%g, %g), seed %d", kind.name().toLowerCase(Locale.ROOT), a, b, seed);
    }
}
