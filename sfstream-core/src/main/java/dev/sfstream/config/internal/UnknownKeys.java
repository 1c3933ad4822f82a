package dev.sfstream.config.internal;

import dev.sfstream.config.ConfigurationException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Reports a key a section does not know, with the closest known key, so that a typo is not silently ignored. */
final class UnknownKeys {
    private static final int MAX_TYPO_DISTANCE = 3;

    private UnknownKeys() {
    }

    static void check(String section, Collection<String> keys, List<String> known) {
        for (String key : keys) {
            if (!known.contains(key)) {
                String closest = known.stream().min(Comparator.comparingInt(candidate -> distance(key, candidate)))
                        .orElseThrow();
                String hint = distance(key, closest) <= MAX_TYPO_DISTANCE
                        ? " (did you mean `" + closest + "`?)" : "";
                throw new ConfigurationException("`" + section + "` configuration has unknown key `" + key + "`"
                        + hint + "; known keys: " + String.join(", ", known));
            }
        }
    }

    /** Levenshtein distance, ignoring case. */
    static int distance(String a, String b) {
        return caseSensitiveDistance(a.toUpperCase(Locale.ROOT), b.toUpperCase(Locale.ROOT));
    }

    /** Levenshtein distance. */
    static int caseSensitiveDistance(String left, String right) {
        int[] previous = new int[right.length() + 1];
        int[] current = new int[right.length() + 1];
        for (int j = 0; j <= right.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= left.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= right.length(); j++) {
                int substitution = previous[j - 1] + (left.charAt(i - 1) == right.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[right.length()];
    }
}
