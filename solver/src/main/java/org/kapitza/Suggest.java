package org.kapitza;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean ...?" for misspelled names: the closest known name within a small edit distance. */
public final class Suggest {
    private Suggest() {
    }

    /** The known name closest to {@code given}, or null when none is close enough to be a typo. */
    public static String closest(String given, Collection<String> known) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        String g = given.toLowerCase(Locale.ROOT);
        for (String k : known) {
            int d = distance(g, k.toLowerCase(Locale.ROOT));
            // On a tie, the name of the length typed: 'sizse' is 'sizes' with two letters swapped more
            // likely than 'size' with one added.
            if (d < bestD || d == bestD && Math.abs(k.length() - given.length()) < Math.abs(best.length() - given.length())) {
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

    /**
     * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two adjacent
     * letters each cost one (Damerau 1964), since swapped letters are the commonest typing mistake.
     */
    static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) d[i][0] = i;
        for (int j = 0; j <= m; j++) d[0][j] = j;
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m];
    }
}
