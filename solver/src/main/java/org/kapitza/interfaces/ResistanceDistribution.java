package org.kapitza.interfaces;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.SplittableRandom;
import org.kapitza.io.casefile.SI;

/**
 * Random per-boundary resistances for the grain boundaries of a polycrystal: each pair of grains draws
 * its own R, reproducibly from a seed and the pair's ids (independent of the order in which boundaries
 * are visited or the number of threads).
 */
public final class ResistanceDistribution implements BoundaryFactor {
    /** The shape of the distribution. */
    public enum Kind {
        /** Uniform in [a, b]. */
        UNIFORM,
        /** Log-normal with mean a and standard deviation b (always positive). */
        LOGNORMAL,
        /** Normal with mean a and standard deviation b, redrawn until non-negative. */
        NORMAL
    }

    private final Kind kind;
    private final double a;
    private final double b;
    private final long seed;

    public ResistanceDistribution(Kind kind, double a, double b, long seed) {
        this.kind = kind;
        this.a = a;
        this.b = b;
        this.seed = seed;
        String what = "grain-boundary distribution " + kind.name().toLowerCase(Locale.ROOT);
        switch (kind) {
            case UNIFORM:
                if (!(a >= 0) || !(b >= a) || !Double.isFinite(b)) {
                    throw new IllegalArgumentException(what + ": needs 0 <= min <= max, got [" + a + ", " + b + "] m²K/W");
                }
                break;
            default:
                if (!(a > 0) || !(b >= 0) || !Double.isFinite(a) || !Double.isFinite(b)) {
                    throw new IllegalArgumentException(what + ": needs mean > 0 and standard deviation >= 0, got mean "
                            + a + ", std " + b + " m²K/W");
                }
        }
    }

    /** The resistance (m²K/W) of the boundary between grains g1 and g2 (order does not matter). */
    @Override
    public double sample(int g1, int g2) {
        SplittableRandom r = random(seed, g1, g2);
        switch (kind) {
            case UNIFORM:
                return a + (b - a) * r.nextDouble();
            case LOGNORMAL: {
                double s2 = Math.log(1 + (b * b) / (a * a));
                return Math.exp(Math.log(a) - 0.5 * s2 + Math.sqrt(s2) * gaussian(r));
            }
            default: {
                for (int i = 0; i < 1000; i++) {
                    double v = a + b * gaussian(r);
                    if (v >= 0) return v;
                }
                return a;
            }
        }
    }

    /** The generator of one boundary: from the seed and the pair's ids, whatever their order. */
    static SplittableRandom random(long seed, int g1, int g2) {
        long lo = Math.min(g1, g2);
        long hi = Math.max(g1, g2);
        return new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * ((lo << 32) | hi)));
    }

    static double gaussian(SplittableRandom r) {
        // Box–Muller; 1 - u avoids log(0).
        double u = 1.0 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s(%g, %g) m²K/W, seed %d", kind.name().toLowerCase(Locale.ROOT), a, b, seed);
    }

    /**
     * Case-file entry {@code model: distribution} (grain boundaries only): {@code kind} uniform (min, max)
     * or lognormal / normal (mean, std), all in m²K/W, and a seed (default 1).
     */
    public record Parameters(@JsonProperty(required = true) String kind,
                             @SI("m2.K/W") Double mean,
                             @SI("m2.K/W") Double std,
                             @SI("m2.K/W") Double min,
                             @SI("m2.K/W") Double max,
                             Long seed) {
        /** The distribution these parameters give; errors at the entry's keys. */
        public ResistanceDistribution distribution(ModelInput in) {
            long s = seed == null ? 1 : seed;
            String k = kind.toLowerCase(Locale.ROOT);
            if (k.equals("uniform")) {
                if (min == null || max == null) throw in.error("", "a uniform distribution needs 'min' and 'max'");
                return new ResistanceDistribution(Kind.UNIFORM, min, max, s);
            }
            if (k.equals("lognormal") || k.equals("normal")) {
                if (mean == null || std == null) throw in.error("", "a " + k + " distribution needs 'mean' and 'std'");
                return new ResistanceDistribution(k.equals("normal") ? Kind.NORMAL : Kind.LOGNORMAL, mean, std, s);
            }
            throw in.error("kind", "unknown distribution '" + kind + "'"
                    + org.kapitza.Suggest.didYouMean(kind, java.util.List.of("uniform", "lognormal", "normal"))
                    + "; choose uniform, lognormal or normal");
        }
    }

    /**
     * {@code model: distribution}: per-boundary resistances, which only grain boundaries have; the grain-boundary
     * rule takes {@link Parameters#distribution}, and anywhere else the entry is refused.
     */
    public static final ModelDeclaration<Parameters> DECLARATION = ModelDeclaration.of("distribution", Parameters.class,
            (p, in) -> {
                throw in.error("model", "'distribution' applies to grain boundaries only");
            });
}
