package org.kapitza.study;

import java.io.Serializable;
import java.util.Locale;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.kapitza.Numbers;

/**
 * A parameter's probability distribution, sampled through its inverse cumulative distribution so that
 * Monte Carlo and Latin hypercube designs share one mechanism: a value is {@code quantile(u)} for a
 * u in (0, 1). Truncation to [lo, hi] maps u into [F(lo), F(hi)] first (inverse-transform sampling of
 * the truncated law; Devroye 1986, §II.2).
 *
 * <p>Normal and lognormal inverse CDFs are Hipparchus's. The lognormal is given by the mean m and
 * standard deviation s of the value itself, so σ² = ln(1 + s²/m²) and μ = ln m − σ²/2 (the moments of a
 * lognormal law), or by its median e^μ and geometric standard deviation e^σ ("uncertain by a factor 2").
 */
public final class Distribution implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final NormalDistribution STANDARD = new NormalDistribution(0, 1);

    /** The laws. */
    public enum Kind { UNIFORM, LOG_UNIFORM, NORMAL, LOGNORMAL }

    private final Kind kind;
    private final double a;
    private final double b;
    private final double lo;
    private final double hi;
    private final double pLo;
    private final double pHi;

    /**
     * @param a  uniform: lower end; normal: mean; lognormal: μ of ln x
     * @param b  uniform: upper end; normal: standard deviation; lognormal: σ of ln x
     * @param lo truncation below (−∞ for none)
     * @param hi truncation above (+∞ for none)
     */
    private Distribution(Kind kind, double a, double b, double lo, double hi) {
        this.kind = kind;
        this.a = a;
        this.b = b;
        this.lo = lo;
        this.hi = hi;
        this.pLo = kind == Kind.NORMAL || kind == Kind.LOGNORMAL ? cdf(lo) : 0;
        this.pHi = kind == Kind.NORMAL || kind == Kind.LOGNORMAL ? cdf(hi) : 1;
        if (!(pHi > pLo)) {
            throw new IllegalArgumentException("the truncation [" + Numbers.format(lo) + ", " + Numbers.format(hi)
                    + "] leaves no probability");
        }
    }

    public static Distribution uniform(double min, double max) {
        if (!(max > min)) throw new IllegalArgumentException("max must be above min");
        return new Distribution(Kind.UNIFORM, min, max, min, max);
    }

    /** Uniform in ln x between two positive ends. */
    public static Distribution logUniform(double min, double max) {
        if (!(min > 0) || !(max > min)) throw new IllegalArgumentException("needs 0 < min < max");
        return new Distribution(Kind.LOG_UNIFORM, Math.log(min), Math.log(max), min, max);
    }

    public static Distribution normal(double mean, double std, double lo, double hi) {
        if (!(std > 0)) throw new IllegalArgumentException("std must be positive");
        return new Distribution(Kind.NORMAL, mean, std, lo, hi);
    }

    /** Lognormal from the mean and standard deviation of the value. */
    public static Distribution lognormal(double mean, double std, double lo, double hi) {
        if (!(mean > 0) || !(std > 0)) throw new IllegalArgumentException("mean and std must be positive");
        double s2 = Math.log1p(std * std / (mean * mean));
        return new Distribution(Kind.LOGNORMAL, Math.log(mean) - s2 / 2, Math.sqrt(s2), lo, hi);
    }

    /** Lognormal from the median e^μ and the geometric standard deviation e^σ (> 1). */
    public static Distribution lognormalMedian(double median, double factor, double lo, double hi) {
        if (!(median > 0) || !(factor > 1)) throw new IllegalArgumentException("needs median > 0 and factor > 1");
        return new Distribution(Kind.LOGNORMAL, Math.log(median), Math.log(factor), lo, hi);
    }

    public Kind kind() {
        return kind;
    }

    /** Whether plots should use a log axis. */
    public boolean logarithmic() {
        return kind == Kind.LOG_UNIFORM || kind == Kind.LOGNORMAL;
    }

    private double cdf(double x) {
        if (x == Double.NEGATIVE_INFINITY) return 0;
        if (x == Double.POSITIVE_INFINITY) return 1;
        return switch (kind) {
            case NORMAL -> STANDARD.cumulativeProbability((x - a) / b);
            case LOGNORMAL -> x <= 0 ? 0 : STANDARD.cumulativeProbability((Math.log(x) - a) / b);
            default -> throw new IllegalStateException();
        };
    }

    /** The value at cumulative probability u in (0, 1) of the (truncated) law. */
    public double quantile(double u) {
        double p = pLo + u * (pHi - pLo);
        double x = switch (kind) {
            case UNIFORM -> a + u * (b - a);
            case LOG_UNIFORM -> Math.exp(a + u * (b - a));
            case NORMAL -> a + b * STANDARD.inverseCumulativeProbability(p);
            case LOGNORMAL -> Math.exp(a + b * STANDARD.inverseCumulativeProbability(p));
        };
        return Math.min(hi, Math.max(lo, x)); // round-off at the truncation points
    }

    /** A representative value for sensitivities when the base case has none: the median. */
    public double median() {
        return quantile(0.5);
    }

    @Override
    public String toString() {
        String t = lo == Double.NEGATIVE_INFINITY && hi == Double.POSITIVE_INFINITY ? ""
                : String.format(Locale.ROOT, " truncated to [%s, %s]", Numbers.format(lo), Numbers.format(hi));
        return switch (kind) {
            case UNIFORM -> "uniform on [" + Numbers.format(a) + ", " + Numbers.format(b) + "]";
            case LOG_UNIFORM -> "log-uniform on [" + Numbers.format(lo) + ", " + Numbers.format(hi) + "]";
            case NORMAL -> "normal, mean " + Numbers.format(a) + ", std " + Numbers.format(b) + t;
            case LOGNORMAL -> "lognormal, median " + Numbers.format(Math.exp(a)) + ", factor " + Numbers.format(Math.exp(b)) + t;
        };
    }
}
