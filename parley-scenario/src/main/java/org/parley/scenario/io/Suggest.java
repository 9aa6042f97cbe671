package org.parley.scenario.io;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" hints: the closest known word by Levenshtein distance, when it is close enough to be a typo. */
final class Suggest {
    private Suggest() {
    }

    /**
     * The candidate closest to {@code word}, or null when none is within max(1, min(3, length/3)) edits
     * (case differences count as no edit). O(|candidates| · |word| · |candidate|).
     */
    static String closest(String word, Collection<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, Math.min(3, w.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return bestDistance <= limit ? best : null;
    }

    /** "did you mean 'x'?" when a close candidate exists, else "expected one of: a, b, c". */
    static String hint(String word, Collection<String> candidates) {
        String c = closest(word, candidates);
        if (c != null) {
            return "did you mean '" + c + "'?";
        }
        return candidates.isEmpty() ? "" : "expected one of: " + String.join(", ", candidates);
    }

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
