package dev.sfstream.streaming;

import dev.sfstream.delivery.EventOrdering;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a streaming session. Start from {@link #defaults()} and change what you need with the
 * {@code with...} methods; every value is checked and a bad one is named in the error.
 *
 * @param apiVersion Streaming API version in the CometD path {@code /cometd/{apiVersion}} (config {@code API_VERSION}); at least 37.0 for replay
 * @param replayEnabled whether replay ids are loaded from and committed to the replay store (config {@code PUSHTOPIC_REPLAY_ENABLED})
 * @param replayDefault start position of a channel with no committed replay id (config {@code REPLAY_DEFAULT})
 * @param replayFallback what to do when Salesforce rejects a stored replay id (config {@code REPLAY_FALLBACK})
 * @param queueCapacity events received and not yet done above which polling pauses
 * @param maxWorkers handler threads (config {@code max_workers})
 * @param handlerRetries retries of a failing handler before the event is dead-lettered (config {@code HANDLER_RETRIES})
 * @param handlerBackOff wait before the first handler retry; doubles on each further retry, up to one minute
 * @param eventOrdering ordering of platform and generic events, which concern no record
 * @param reconnectBackOffBase first wait after a transport error; doubles on each further failure, with jitter
 * @param reconnectBackOffCap longest wait between reconnect attempts after transport errors
 * @param longBackOff wait after {@code 503::} or an exhausted org limit
 * @param stopTimeout how long stop waits for in-flight handlers
 * @param disconnectTimeout how long stop waits for the {@code /meta/disconnect} reply
 * @param commitInterval at most one replay store write per channel per interval
 * @param maxNetworkDelay added to the server's connect timeout advice to time out a request
 * @param maxMessageSize largest response accepted, in bytes (at least 10 MiB: Salesforce batches can be large)
 * @param bayeuxVersion the handshake's {@code version} (config {@code BAYEUX_VERSION})
 * @param bayeuxMinimumVersion the handshake's {@code minimumVersion} (config {@code BAYEUX_MINIMUM_VERSION})
 */
public record StreamingSettings(
        String apiVersion,
        boolean replayEnabled,
        ReplayDefault replayDefault,
        ReplayFallback replayFallback,
        int queueCapacity,
        int maxWorkers,
        int handlerRetries,
        Duration handlerBackOff,
        EventOrdering eventOrdering,
        Duration reconnectBackOffBase,
        Duration reconnectBackOffCap,
        Duration longBackOff,
        Duration stopTimeout,
        Duration disconnectTimeout,
        Duration commitInterval,
        Duration maxNetworkDelay,
        int maxMessageSize,
        String bayeuxVersion,
        String bayeuxMinimumVersion) {
    private static final int MIN_MESSAGE_SIZE = 10 * 1024 * 1024;

    public StreamingSettings {
        Objects.requireNonNull(apiVersion, "apiVersion");
        if (!apiVersion.matches("\\d+\\.0") || Double.parseDouble(apiVersion) < 37.0) {
            throw new IllegalArgumentException(
                    "API_VERSION must look like '37.0' and be at least 37.0 for replay, got '" + apiVersion + "'");
        }
        Objects.requireNonNull(replayDefault, "replayDefault");
        Objects.requireNonNull(replayFallback, "replayFallback");
        Objects.requireNonNull(eventOrdering, "eventOrdering");
        requireAtLeast("queueCapacity", queueCapacity, 1);
        requireAtLeast("maxWorkers (max_workers)", maxWorkers, 1);
        requireAtLeast("handlerRetries (HANDLER_RETRIES)", handlerRetries, 0);
        requireAtLeast("maxMessageSize", maxMessageSize, MIN_MESSAGE_SIZE);
        requireVersion("bayeuxVersion (BAYEUX_VERSION)", bayeuxVersion);
        requireVersion("bayeuxMinimumVersion (BAYEUX_MINIMUM_VERSION)", bayeuxMinimumVersion);
        requirePositive("handlerBackOff", handlerBackOff);
        requirePositive("reconnectBackOffBase", reconnectBackOffBase);
        requirePositive("reconnectBackOffCap", reconnectBackOffCap);
        requirePositive("longBackOff", longBackOff);
        requirePositive("stopTimeout", stopTimeout);
        requirePositive("disconnectTimeout", disconnectTimeout);
        requirePositive("commitInterval", commitInterval);
        requirePositive("maxNetworkDelay", maxNetworkDelay);
        if (reconnectBackOffCap.compareTo(reconnectBackOffBase) < 0) {
            throw new IllegalArgumentException("reconnectBackOffCap (" + reconnectBackOffCap
                    + ") must not be below reconnectBackOffBase (" + reconnectBackOffBase + ")");
        }
    }

    /** The defaults: API 37.0, replay on, start new, fall back to all, 10 workers, 3 retries. */
    public static StreamingSettings defaults() {
        return new StreamingSettings("37.0", true, ReplayDefault.NEW, ReplayFallback.ALL, 1000, 10, 3, Duration.ofMillis(200), EventOrdering.PARALLEL, Duration.ofMillis(500), Duration.ofSeconds(60), Duration.ofMinutes(5), Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ofMillis(200), Duration.ofSeconds(15), 10 * 1024 * 1024, "1.0", "1.0");
    }

    public StreamingSettings withApiVersion(String value) {
        return new StreamingSettings(value, replayEnabled, replayDefault, replayFallback, queueCapacity, maxWorkers, handlerRetries, handlerBackOff, eventOrdering, reconnectBackOffBase, reconnectBackOffCap, longBackOff, stopTimeout, disconnectTimeout, commitInterval, maxNetworkDelay, maxMessageSize, bayeuxVersion, bayeuxMinimumVersion);
    }

    public StreamingSettings withReplayEnabled(boolean value) {
        return new StreamingSettings(apiVersion, value, replayDefault, replayFallback, queueCapacity, maxWorkers, handlerRetries, handlerBackOff, eventOrdering, reconnectBackOffBase, reconnectBackOffCap, longBackOff, stopTimeout, disconnectTimeout, commitInterval, maxNetworkDelay, maxMessageSize, bayeuxVersion, bayeuxMinimumVersion);
    }

    public StreamingSettings withReplayDefault(ReplayDefault value) {
        return new StreamingSettings(apiVersion, replayEnabled, value, replayFallback, queueCapacity, maxWorkers, handlerRetries, handlerBackOff, eventOrdering, reconnectBackOffBase, reconnectBackOffCap, longBackOff, stopTimeout, disconnectTimeout, commitInterval, maxNetworkDelay, maxMessageSize, bayeuxVersion, bayeuxMinimumVersion);
    }

    public StreamingSettings withReplayFallback(ReplayFallback value) {
        return new StreamingSettings(apiVersion, replayEnabled, replayDefault, value, queueCapacity, maxWorkers, handlerRetries, handlerBackOff, eventOrdering, reconnectBackOffBase, reconnectBackOffCap, longBackOff, stopTimeout, disconnectTimeout, commitInterval, maxNetworkDelay, maxMessageSize, bayeuxVersion, bayeuxMinimumVersion);
    }

    public StreamingSettings withQueueCapacity(int value) {
        return new StreamingSettings(apiVersion, replayEnabled, replayDefault, replayFallback, value, maxWorkers, handlerRetries, handlerBackOff, eventOrdering, reconnectBackOffBase, reconnectBackOffCap, longBackOff, stopTimeout, disconnectTimeout, commitInterval, maxNetworkDelay, maxMessageSize, bayeuxVersion, bayeuxMinimumVersion);
    }

    public StreamingSettings withMaxWorkers(int value) {
        return new StreamingSettings(apiVersion, replayEnabled, replayDefault, replayFallback, queueCapacity, value, handlerRetries, handlerBackOff, eventOrdering, reconnectBackOffBase, reconnectBackOffCap, longBackOff, stopTimeout, disconnectTimeout, commitInterval, maxNetworkDelay, maxMessageSize, bayeuxVersion, bayeuxMinimumVersion);
    }

    public StreamingSettings withHandlerRetries(int value) {
        return new StreamingSettings(apiVersion, replayEnabled, replayDefault, replayFallback, queueCapacity, maxWorkers, value, handlerBackOff, eventOrdering, reconnectBackOffBase, reconnectBackOffCap, longBackOff, stopTimeout, disconnectTimeout, commitInterval, maxNetworkDelay, maxMessageSize, bayeuxVersion, bayeuxMinimumVersion);
    }

    public StreamingSettings withHandlerBackOff(Duration value) {
        return new StreamingSettings(apiVersion, replayEnabled, replayDefault, replayFallback, queueCapacity, maxWorkers, handlerRetries, value, eventOrdering, reconnectBackOffBase, reconnectBackOffCap, longBackOff, stopTimeout, disconnectTimeout, commitInterval, maxNetworkDelay, maxMessageSize, bayeuxVersion, bayeuxMinimumVersion);
    }

    public StreamingSettings withEventOrdering(EventOrdering value) {
        return new StreamingSettings(apiVersion, replayEnabled, replayDefault, replayFallback, queueCapacity, maxWorkers, handlerRetries, handlerBackOff, value, reconnectBackOffBase, reconnectBackOffCap, longBackOff, stopTimeout, disconnectTimeout, commitInterval, maxNetworkDelay, maxMessageSize, bayeuxVersion, bayeuxMinimumVersion);
    }

    public StreamingSettings withReconnectBackOffBase(Duration value) {
        return new StreamingSettings(apiVersion, replayEnabled, replayDefault, replayFallback, queueCapacity, maxWorkers, handlerRetries, handlerBackOff, eventOrdering, value, reconnectBackOffCap, longBackOff, stopTimeout, disconnectTimeout, commitInterval, maxNetworkDelay, maxMessageSize, bayeuxVersion, bayeuxMinimumVersion);
    }

    public StreamingSettings withReconnectBackOffCap(Duration value) {
        return new StreamingSettings(apiVersion, replayEnabled, replayDefault, replayFallback, queueCapacity, maxWorkers, handlerRetries, handlerBackOff, eventOrdering, reconnectBackOffBase, value, longBackOff, stopTimeout, disconnectTimeout, commitInterval, maxNetworkDelay, maxMessageSize, bayeuxVersion, bayeuxMinimumVersion);
    }

    public StreamingSettings withLongBackOff(Duration value) {
        return new StreamingSettings(apiVersion, replayEnabled, replayDefault, replayFallback, queueCapacity, maxWorkers, handlerRetries, handlerBackOff, eventOrdering, reconnectBackOffBase, reconnectBackOffCap, value, stopTimeout, disconnectTimeout, commitInterval, maxNetworkDelay, maxMessageSize, bayeuxVersion, bayeuxMinimumVersion);
    }

    public StreamingSettings withStopTimeout(Duration value) {
        return new StreamingSettings(apiVersion, replayEnabled, replayDefault, replayFallback, queueCapacity, maxWorkers, handlerRetries, handlerBackOff, eventOrdering, reconnectBackOffBase, reconnectBackOffCap, longBackOff, value, disconnectTimeout, commitInterval, maxNetworkDelay, maxMessageSize, bayeuxVersion, bayeuxMinimumVersion);
    }

    public StreamingSettings withDisconnectTimeout(Duration value) {
        return new StreamingSettings(apiVersion, replayEnabled, replayDefault, replayFallback, queueCapacity, maxWorkers, handlerRetries, handlerBackOff, eventOrdering, reconnectBackOffBase, reconnectBackOffCap, longBackOff, stopTimeout, value, commitInterval, maxNetworkDelay, maxMessageSize, bayeuxVersion, bayeuxMinimumVersion);
    }

    public StreamingSettings withCommitInterval(Duration value) {
        return new StreamingSettings(apiVersion, replayEnabled, replayDefault, replayFallback, queueCapacity, maxWorkers, handlerRetries, handlerBackOff, eventOrdering, reconnectBackOffBase, reconnectBackOffCap, longBackOff, stopTimeout, disconnectTimeout, value, maxNetworkDelay, maxMessageSize, bayeuxVersion, bayeuxMinimumVersion);
    }

    public StreamingSettings withMaxNetworkDelay(Duration value) {
        return new StreamingSettings(apiVersion, replayEnabled, replayDefault, replayFallback, queueCapacity, maxWorkers, handlerRetries, handlerBackOff, eventOrdering, reconnectBackOffBase, reconnectBackOffCap, longBackOff, stopTimeout, disconnectTimeout, commitInterval, value, maxMessageSize, bayeuxVersion, bayeuxMinimumVersion);
    }

    public StreamingSettings withMaxMessageSize(int value) {
        return new StreamingSettings(apiVersion, replayEnabled, replayDefault, replayFallback, queueCapacity, maxWorkers, handlerRetries, handlerBackOff, eventOrdering, reconnectBackOffBase, reconnectBackOffCap, longBackOff, stopTimeout, disconnectTimeout, commitInterval, maxNetworkDelay, value, bayeuxVersion, bayeuxMinimumVersion);
    }

    /** Sets the Bayeux versions sent in the handshake as {@code version} and {@code minimumVersion}. */
    public StreamingSettings withBayeuxVersions(String version, String minimumVersion) {
        return new StreamingSettings(apiVersion, replayEnabled, replayDefault, replayFallback, queueCapacity, maxWorkers, handlerRetries, handlerBackOff, eventOrdering, reconnectBackOffBase, reconnectBackOffCap, longBackOff, stopTimeout, disconnectTimeout, commitInterval, maxNetworkDelay, maxMessageSize, version, minimumVersion);
    }

    private static void requireVersion(String name, String value) {
        if (value == null || !value.matches("\\d+(\\.\\d+)*")) {
            throw new IllegalArgumentException(name + " must look like '1.0', got '" + value + "'");
        }
    }

    private static void requireAtLeast(String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ", got " + value);
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, got " + value);
        }
    }
}
