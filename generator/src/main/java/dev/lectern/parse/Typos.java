package dev.lectern.parse;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** What an author most likely meant by a name that names nothing: one a letter or two away, in any case. */
public final class Typos {
    private Typos() {
    }

    /** The candidate one or two letters away from {@code word} (changed, left out or added), the closest, the first of equals. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String written = word.toLowerCase(Locale.ROOT);
        String nearest = null;
        int least = 3;
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - written.length()) < least) { // else farther than that, unmeasured
                int distance = editDistance(written, candidate.toLowerCase(Locale.ROOT));
                if (distance < least) {
                    nearest = candidate;
                    least = distance;
                }
            }
        }
        return Optional.ofNullable(nearest);
    }

    /** Levenshtein's distance: the fewest letters inserted, deleted or replaced to make one word the other. */
    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
