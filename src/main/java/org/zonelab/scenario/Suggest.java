package org.zonelab.scenario;

import java.util.Collection;

/** "Did you mean ...?" suggestions by edit distance. */
final class Suggest {
    private Suggest() {
    }

    /**
     * The candidate nearest to {@code word} by Levenshtein distance (ignoring case), or null when even
     * the nearest one needs more than a third of the word's letters changed (at least 2 edits allowed).
     */
    static String nearest(String word, Collection<String> candidates) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int allowedEdits = Math.max(2, w.length() / 3);
        for (String c : candidates) {
            if (Math.abs(c.length() - w.length()) > allowedEdits) {
                continue; // the distance is at least the difference in length: too far, and skipping it keeps a
                          // long word from costing length x length
            }
            int d = distance(w, c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return bestDistance <= allowedEdits ? best : null;
    }

    /** {@code " (did you mean \"x\"?)"}, or an empty string when nothing is near. */
    static String didYouMean(String word, Collection<String> candidates) {
        String s = nearest(word, candidates);
        return s == null ? "" : " (did you mean " + Text.quote(s) + "?)";
    }

    /** Levenshtein distance between two strings. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
