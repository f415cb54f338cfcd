package org.kapitza;

import java.util.Collection;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean ...?" for misspelled names: the closest known name within a small edit distance. */
public final class Suggest {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggest() {
    }

    /** The known name closest to {@code given}, or null when none is close enough to be a typo. */
    public static String closest(String given, Collection<String> known) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        String g = given.toLowerCase(java.util.Locale.ROOT);
        for (String k : known) {
            int d = DISTANCE.apply(g, k.toLowerCase(java.util.Locale.ROOT));
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        int allowed = Math.max(1, Math.min(3, given.length() / 3));
        return bestD <= allowed ? best : null;
    }

    /** " (did you mean 'x'?)" or an empty string. */
    public static String didYouMean(String given, Collection<String> known) {
        String c = closest(given, known);
        return c == null ? "" : " (did you mean '" + c + "'?)";
    }
}
