package dev.sfstream.config.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The top-level keys sfstream and Nameko read, and the near misses of them. Unknown top-level keys are
 * allowed (a Nameko config also holds other extensions' keys), so a near miss is only warned about.
 */
public final class TopLevelKeys {
    /** sfstream's own keys, the keys of {@code sfstream-amqp}, and Nameko's. */
    public static final Set<String> KNOWN = Set.of(
            SalesforceSectionReader.SECTION, "AMQP_URI", "max_workers", "MAX_WORKERS",
            "HEARTBEAT", "AMQP_SSL", "DECLARE_EVENT_EXCHANGES", "AUTO_DELETE_EVENT_EXCHANGES",
            "AMQP_CONFIRM_TIMEOUT", "AMQP_PUBLISH_RETRIES", "BROADCAST_IDENTIFIER",
            "WEB_SERVER_ADDRESS", "rpc_exchange", "serializer", "ACCEPT", "LOGGING", "parent_calls_tracked",
            "TRANSPORT_OPTIONS", "LOGIN_METHOD");
    /** Closer than the section check's hint: other extensions' keys share this namespace, and must not be flagged. */
    private static final int MAX_TYPO_DISTANCE = 2;

    private TopLevelKeys() {
    }

    /** One warning per key that is not known but within a typo of a known key, in the keys' order. */
    public static List<String> warnings(Collection<String> keys) {
        return keys.stream()
                .filter(key -> !KNOWN.contains(key))
                .flatMap(key -> closest(key, KNOWN).stream()
                        .map(known -> "Config key `" + key + "` is not known; did you mean `" + known + "`?"))
                .toList();
    }

    /** The key among {@code keys} that is not known but within a typo of {@code wanted}, if any. */
    public static Optional<String> nearMiss(Collection<String> keys, String wanted) {
        return closest(wanted, keys.stream().filter(key -> !KNOWN.contains(key)).toList());
    }

    /**
     * The candidate nearest to {@code key} within a typo; of equally near ones, the one spelt in the same
     * case ({@code max_workers} rather than {@code MAX_WORKERS} for {@code max_wokers}), then the first in
     * alphabetical order.
     */
    private static Optional<String> closest(String key, Collection<String> candidates) {
        return candidates.stream()
                .filter(candidate -> UnknownKeys.distance(key, candidate) <= MAX_TYPO_DISTANCE)
                .min(Comparator.comparingInt((String candidate) -> UnknownKeys.distance(key, candidate))
                        .thenComparingInt(candidate -> UnknownKeys.caseSensitiveDistance(key, candidate))
                        .thenComparing(Comparator.naturalOrder()));
    }
}
