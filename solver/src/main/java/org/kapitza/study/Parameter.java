package org.kapitza.study;

import java.util.List;
import org.kapitza.io.casefile.CaseKeys;

/**
 * A parameter of a study, resolved against the base case: its case key, the kind of value the key
 * takes, and either a list of values (given, or a range spread out) or a distribution.
 *
 * @param key          the case key, as {@code --set} takes it
 * @param name         column name
 * @param caseKey      what the key addresses (unit, whole number, text)
 * @param texts        the values as {@code --set} will pass them (numbers in SI), or null for a distribution
 * @param numbers      the values in SI (NaN for text), or null for a distribution
 * @param distribution the law of a sampled parameter, or null
 * @param logarithmic  log spacing or a log-type law: plots use a log axis
 * @param base         the base-point value in SI (NaN when unknown or not a number)
 * @param low          the low end of the parameter's variation (SI): its smallest value, its law's 5 %
 *                     quantile, or for a parameter only differentiated the base less {@code sensitivities.range}
 * @param high         the high end likewise (largest value, 95 % quantile, base plus the range)
 * @param swept        whether the design varies it (false: only its sensitivity is wanted, and the design's
 *                     points keep the base case's value)
 */
public record Parameter(String key, String name, CaseKeys.Key caseKey, List<String> texts, double[] numbers,
                        Distribution distribution, boolean logarithmic, double base, double low, double high, boolean swept) {

    /** Whether it is sampled from a distribution. */
    public boolean sampled() {
        return distribution != null;
    }

    /** Whether its values are numbers (so a derivative with respect to it exists). */
    public boolean numeric() {
        return caseKey.numeric();
    }

    /** The text {@code --set} takes for a number of this key: SI, whole numbers without a fraction. */
    public String text(double si) {
        return format(caseKey.kind(), si);
    }

    /** A number as a YAML scalar the case reader takes exactly: a round trip, with the exponent's sign written. */
    static String format(CaseKeys.Kind kind, double si) {
        if (kind == CaseKeys.Kind.WHOLE) return Long.toString(Math.round(si));
        String s = Double.toString(si);
        int e = s.indexOf('E');
        // YAML 1.1 (SnakeYAML) reads 1.0E10 as text; 1.0E+10 is a number.
        if (e >= 0 && s.charAt(e + 1) != '-') s = s.substring(0, e + 1) + "+" + s.substring(e + 1);
        return s;
    }
}
