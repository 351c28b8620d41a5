package gd.eval;

import java.util.Collection;

/** "Did you mean ...?": the known name nearest to a misspelt one, by edit distance. */
public final class Names {
    private Names() {}

    /** The nearest candidate within a distance that still looks like a typo, or null. */
    public static String nearest(String name, Collection<String> candidates) {
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        for (String c : candidates) {
            int dist = distance(name.toLowerCase(), c.toLowerCase());
            if (dist < bestDist || dist == bestDist && best != null && c.compareTo(best) < 0) {
                best = c;
                bestDist = dist;
            }
        }
        int allowed = Math.max(1, Math.min(3, name.length() / 3 + 1));
        return bestDist <= allowed ? best : null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
