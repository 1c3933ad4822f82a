package dev.sfstream.pubsub;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where and how the Pub/Sub transport connects, and how it asks for events. TLS trust, client keys and the proxy
 * are not here: they are the {@code NetworkSettings} the session's login has, shared with REST and CometD.
 *
 * @param host {@code SALESFORCE.PUBSUB_HOST}, default {@code api.pubsub.salesforce.com}
 * @param port {@code SALESFORCE.PUBSUB_PORT}, default 7443
 * @param plaintext {@code SALESFORCE.PUBSUB_PLAINTEXT}, default false (TLS, with the trust, client key and proxy of
 *     the session's {@code NetworkSettings}); true only for an emulator without TLS
 * @param batchSize {@code SALESFORCE.PUBSUB_BATCH_SIZE}, default 100: at most this many events requested and not
 *     yet received per topic (Salesforce's window is 100)
 * @param silenceTimeout default 300 s: a stream owed events that sends nothing at all for this long (Salesforce
 *     sends a keepalive within 270 s) is reopened by the watchdog
 * @param managedSubscriptions channels subscribed with {@code ManagedSubscribe}, each to the managed event
 *     subscription named here (its developer name, or its {@code 18x...} record id): the server keeps their
 *     positions, not the replay store; default none
 */
public record PubSubSettings(String host, int port, boolean plaintext, int batchSize, Duration silenceTimeout,
                             Map<String, String> managedSubscriptions) {
    /** Salesforce's most events outstanding on one Subscribe call. */
    public static final int MAX_BATCH = 100;
    /**
     * The option that subscribes a channel with {@code ManagedSubscribe}: {@code PUBSUB_MANAGED_SUBSCRIPTION:<channel>}
     * names its managed event subscription ({@code @Transport(value = "pubsub", managedSubscription = ...)}).
     */
    public static final String MANAGED_OPTION = "PUBSUB_MANAGED_SUBSCRIPTION:";

    public PubSubSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("PUBSUB_HOST must not be empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("PUBSUB_PORT must be a port number (1-65535), got " + port);
        }
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("PUBSUB_BATCH_SIZE must be between 1 and " + MAX_BATCH + ", got "
                    + batchSize);
        }
        Objects.requireNonNull(silenceTimeout, "silenceTimeout");
        if (silenceTimeout.isNegative() || silenceTimeout.isZero()) {
            throw new IllegalArgumentException("silenceTimeout must be positive, got " + silenceTimeout);
        }
        Objects.requireNonNull(managedSubscriptions, "managedSubscriptions");
        managedSubscriptions.forEach((channel, name) -> {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("the managed subscription of channel " + channel
                        + " must be a developer name or a record id, got '" + name + "'");
            }
        });
        managedSubscriptions = Map.copyOf(managedSubscriptions);
    }

    /** Settings without managed subscriptions. */
    public PubSubSettings(String host, int port, boolean plaintext, int batchSize, Duration silenceTimeout) {
        this(host, port, plaintext, batchSize, silenceTimeout, Map.of());
    }

    /** Salesforce's global endpoint over TLS, batches of 100, a 300 s watchdog. */
    public static PubSubSettings defaults() {
        return new PubSubSettings("api.pubsub.salesforce.com", 7443, false, MAX_BATCH, Duration.ofSeconds(300));
    }

    /** A plaintext endpoint, such as the emulator's ({@code host:port}). */
    public static PubSubSettings plaintext(String target) {
        int colon = target.lastIndexOf(':');
        return defaults().withEndpoint(target.substring(0, colon), Integer.parseInt(target.substring(colon + 1)), true);
    }

    public PubSubSettings withEndpoint(String newHost, int newPort, boolean newPlaintext) {
        return new PubSubSettings(newHost, newPort, newPlaintext, batchSize, silenceTimeout, managedSubscriptions);
    }

    public PubSubSettings withBatchSize(int value) {
        return new PubSubSettings(host, port, plaintext, value, silenceTimeout, managedSubscriptions);
    }

    public PubSubSettings withSilenceTimeout(Duration value) {
        return new PubSubSettings(host, port, plaintext, batchSize, value, managedSubscriptions);
    }

    /**
     * These settings with {@code channel} subscribed through {@code ManagedSubscribe} to the managed event
     * subscription {@code developerNameOrId}.
     */
    public PubSubSettings withManagedSubscription(String channel, String developerNameOrId) {
        Map<String, String> managed = new LinkedHashMap<>(managedSubscriptions);
        managed.put(channel, developerNameOrId);
        return new PubSubSettings(host, port, plaintext, batchSize, silenceTimeout, managed);
    }

    /**
     * These settings overridden by the {@code SALESFORCE} keys present in {@code options} ({@code PUBSUB_HOST},
     * {@code PUBSUB_PORT}, {@code PUBSUB_PLAINTEXT}, {@code PUBSUB_BATCH_SIZE}), with the managed subscriptions
     * of the {@link #MANAGED_OPTION} entries added.
     *
     * @throws IllegalArgumentException naming the key of a value that is not usable
     */
    public PubSubSettings with(Map<String, String> options) {
        String newHost = options.getOrDefault("PUBSUB_HOST", host);
        int newPort = (int) number(options, "PUBSUB_PORT", port);
        boolean newPlaintext = options.containsKey("PUBSUB_PLAINTEXT") ? flag(options.get("PUBSUB_PLAINTEXT"))
                : plaintext;
        int newBatch = (int) number(options, "PUBSUB_BATCH_SIZE", batchSize);
        Map<String, String> managed = new LinkedHashMap<>(managedSubscriptions);
        options.forEach((key, value) -> {
            if (key.startsWith(MANAGED_OPTION)) {
                managed.put(key.substring(MANAGED_OPTION.length()), value);
            }
        });
        return new PubSubSettings(newHost, newPort, newPlaintext, newBatch, silenceTimeout, managed);
    }

    private static long number(Map<String, String> options, String key, long fallback) {
        String text = options.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException bad) {
            throw new IllegalArgumentException(key + " must be a whole number, got '" + text + "'");
        }
    }

    private static boolean flag(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException("PUBSUB_PLAINTEXT must be true or false, got '" + text + "'");
        };
    }
}
