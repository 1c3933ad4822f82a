package dev.sfstream.amqp.broker;

import dev.sfstream.failure.BackOff;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The AMQP settings of a service, read from its configuration with Nameko's key names.
 *
 * @param uri the broker ({@code AMQP_URI})
 * @param heartbeatSeconds heartbeat ({@code ?heartbeat=} in the URI, else {@code HEARTBEAT}, default 60)
 * @param tls TLS settings ({@code amqps://} or {@code AMQP_SSL}); empty for a plain connection
 * @param declareEventExchanges whether event exchanges are declared ({@code DECLARE_EVENT_EXCHANGES}, default true)
 * @param autoDeleteEventExchanges the auto-delete flag of event exchanges ({@code AUTO_DELETE_EVENT_EXCHANGES}, default false)
 * @param maxWorkers handler concurrency and consumer prefetch ({@code max_workers} or {@code MAX_WORKERS}, default 10)
 * @param confirmTimeout how long a dispatch waits for the broker's confirm ({@code AMQP_CONFIRM_TIMEOUT} seconds, default 30)
 * @param publishRetries reconnect-and-retry attempts after a lost connection ({@code AMQP_PUBLISH_RETRIES}, default 5)
 * @param broadcastIdentifier this instance's identifier in the queue names of {@code BROADCAST} event handlers
 *     ({@code BROADCAST_IDENTIFIER}); empty for Nameko's default, a new random one per handler and start
 */
public record AmqpConfig(AmqpUri uri, int heartbeatSeconds, Optional<TlsSettings> tls,
                         boolean declareEventExchanges, boolean autoDeleteEventExchanges, int maxWorkers,
                         Duration confirmTimeout, int publishRetries, Optional<String> broadcastIdentifier) {
    /** Between attempts to reach the broker again: 200 ms doubling up to 5 s, less up to a quarter at random. */
    public static final BackOff RECONNECT_BACK_OFF = new BackOff(Duration.ofMillis(200), Duration.ofSeconds(5), 0.25);
    public static final int DEFAULT_HEARTBEAT_SECONDS = 60;
    public static final int DEFAULT_MAX_WORKERS = 10;

    public AmqpConfig {
        if (maxWorkers < 1) {
            throw new IllegalArgumentException("max_workers must be at least 1, got " + maxWorkers);
        }
        if (confirmTimeout.isNegative() || confirmTimeout.isZero()) {
            throw new IllegalArgumentException("AMQP_CONFIRM_TIMEOUT must be positive, got " + confirmTimeout);
        }
        if (publishRetries < 0) {
            throw new IllegalArgumentException("AMQP_PUBLISH_RETRIES must not be negative, got " + publishRetries);
        }
        if (broadcastIdentifier.isPresent() && broadcastIdentifier.get().isBlank()) {
            throw new IllegalArgumentException("BROADCAST_IDENTIFIER must not be blank");
        }
    }

    /** Settings for {@code uri} with every other value at its default. */
    public static AmqpConfig of(String uri) {
        return from(Map.of("AMQP_URI", uri));
    }

    /** Reads the top-level keys of a service configuration; errors name the key at fault. */
    public static AmqpConfig from(Map<String, ?> config) {
        Object rawUri = config.get("AMQP_URI");
        if (rawUri == null) {
            throw new IllegalArgumentException("AMQP_URI is missing from the configuration");
        }
        AmqpUri uri = AmqpUri.parse(rawUri.toString());
        int heartbeat = uri.heartbeatSeconds() != null ? uri.heartbeatSeconds()
                : integer(config, "HEARTBEAT", DEFAULT_HEARTBEAT_SECONDS);
        Optional<TlsSettings> tls = TlsSettings.from(config.get("AMQP_SSL"));
        if (tls.isEmpty() && uri.tls()) {
            tls = Optional.of(TlsSettings.DEFAULT);
        }
        return new AmqpConfig(uri, heartbeat, tls,
                bool(config, "DECLARE_EVENT_EXCHANGES", true),
                bool(config, "AUTO_DELETE_EVENT_EXCHANGES", false),
                integer(config, config.containsKey("max_workers") || !config.containsKey("MAX_WORKERS")
                        ? "max_workers" : "MAX_WORKERS", DEFAULT_MAX_WORKERS),
                Duration.ofMillis(Math.round(number(config, "AMQP_CONFIRM_TIMEOUT", 30.0) * 1000)),
                integer(config, "AMQP_PUBLISH_RETRIES", 5),
                Optional.ofNullable(config.get("BROADCAST_IDENTIFIER")).map(Object::toString));
    }

    /** A copy with another handler concurrency and prefetch. */
    public AmqpConfig withMaxWorkers(int workers) {
        return new AmqpConfig(uri, heartbeatSeconds, tls, declareEventExchanges, autoDeleteEventExchanges,
                workers, confirmTimeout, publishRetries, broadcastIdentifier);
    }

    /** A copy with another confirm timeout. */
    public AmqpConfig withConfirmTimeout(Duration timeout) {
        return new AmqpConfig(uri, heartbeatSeconds, tls, declareEventExchanges, autoDeleteEventExchanges,
                maxWorkers, timeout, publishRetries, broadcastIdentifier);
    }

    /** A copy with another number of publish retries. */
    public AmqpConfig withPublishRetries(int retries) {
        return new AmqpConfig(uri, heartbeatSeconds, tls, declareEventExchanges, autoDeleteEventExchanges,
                maxWorkers, confirmTimeout, retries, broadcastIdentifier);
    }

    private static int integer(Map<String, ?> config, String key, int defaultValue) {
        double value = number(config, key, defaultValue);
        if (value != Math.rint(value) || value < 0 || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(key + " must be a non-negative integer, got '" + config.get(key) + "'");
        }
        return (int) value;
    }

    private static double number(Map<String, ?> config, String key, double defaultValue) {
        Object value = config.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        try {
            return Double.parseDouble(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, got '" + value + "'");
        }
    }

    private static boolean bool(Map<String, ?> config, String key, boolean defaultValue) {
        Object value = config.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        return switch (value.toString().trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException(key + " must be true or false, got '" + value + "'");
        };
    }
}
