package gd.eval;

import gd.expr.Fn;

import java.util.Collection;

/**
 * "Did you mean ...?": the known name nearest to a misspelt one, by edit distance. A function's
 * name is offered only for its other spellings (arctan: atan) and for its letters swapped (epx:
 * exp), never for a name a letter away, which is often a different function (tan and tanh, asin
 * and sin, coth and cosh).
 */
public final class Names {
    private Names() {}

    /** The nearest candidate within a distance that still looks like a typo, or null. */
    public static String nearest(String name, Collection<String> candidates) {
        Fn alias = Fn.byAlias(name.toLowerCase());
        if (alias != null && candidates.contains(alias.fnName())) return alias.fnName();
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        for (String c : candidates) {
            if (Fn.byName(c) != null && !sameLetters(name, c))
                continue;   // a letter more, less or changed is often another function: tan, tanh; asin, sin
            int dist = distance(name.toLowerCase(), c.toLowerCase());
            if (dist < bestDist || dist == bestDist && best != null && c.compareTo(best) < 0) {
                best = c;
                bestDist = dist;
            }
        }
        return bestDist <= allowed(name.length()) ? best : null;
    }

    /** Whether a and b are the same letters in another order (epx for exp): a typo, where a changed letter may be another function. */
    private static boolean sameLetters(String a, String b) {
        char[] x = a.toLowerCase().toCharArray(), y = b.toLowerCase().toCharArray();
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        return java.util.Arrays.equals(x, y);
    }

    /** One typo in a short name, more in a long one; none in a one-letter name, where any other one letter is "one edit" away. */
    private static int allowed(int length) {
        return length < 2 ? 0 : length < 6 ? 1 : Math.min(3, length / 3);
    }

    /** Edit distance counting a swap of two neighbouring letters as one edit ('epx' is one typo from 'exp'). */
    private static int distance(String a, String b) {
        int[][] dist = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) dist[i][0] = i;
        for (int j = 0; j <= b.length(); j++) dist[0][j] = j;
        for (int i = 1; i <= a.length(); i++)
            for (int j = 1; j <= b.length(); j++) {
                int sub = dist[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                dist[i][j] = Math.min(sub, Math.min(dist[i - 1][j] + 1, dist[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1))
                    dist[i][j] = Math.min(dist[i][j], dist[i - 2][j - 2] + 1);
            }
        return dist[a.length()][b.length()];
    }
}
