package dev.sfstream.streaming;

import dev.sfstream.delivery.EventOrdering;
import dev.sfstream.replay.ReplayDefault;
import dev.sfstream.replay.ReplayFallback;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a streaming session, by concern: the connection, replay, delivery to handlers, and recovery.
 * Start from {@link #defaults()} and change what you need with the {@code with...} methods; every value is
 * checked and a bad one is named in the error.
 *
 * @param connection the Streaming API endpoint and the Bayeux exchange
 * @param replay where a channel starts and how progress is committed
 * @param delivery how events reach handlers
 * @param recovery how long to wait between reconnect attempts
 */
public record StreamingSettings(Connection connection, Replay replay, Delivery delivery, Recovery recovery) {
    private static final int MIN_MESSAGE_SIZE = 10 * 1024 * 1024;

    public StreamingSettings {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(replay, "replay");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(recovery, "recovery");
    }

    /** The defaults: API 37.0, replay on, start new, fall back to all, 10 workers, 3 retries. */
    public static StreamingSettings defaults() {
        return new StreamingSettings(
                new Connection("37.0", "1.0", "1.0", Duration.ofSeconds(15), 10 * 1024 * 1024, Duration.ofSeconds(2)),
                new Replay(true, ReplayDefault.NEW, ReplayFallback.ALL, Duration.ofMillis(200)),
                new Delivery(1000, 10, 3, Duration.ofMillis(200), EventOrdering.PARALLEL, Duration.ofSeconds(10),
                        Duration.ZERO, Duration.ZERO),
                new Recovery(Duration.ofMillis(500), Duration.ofSeconds(60), Duration.ofMinutes(5)));
    }

    /**
     * The Streaming API endpoint and the Bayeux exchange.
     *
     * @param apiVersion version in the CometD path {@code /cometd/{apiVersion}} ({@code API_VERSION}); at least 37.0
     * @param bayeuxVersion the handshake's {@code version} ({@code BAYEUX_VERSION})
     * @param bayeuxMinimumVersion the handshake's {@code minimumVersion} ({@code BAYEUX_MINIMUM_VERSION})
     * @param maxNetworkDelay added to the server's connect timeout advice to time out a request
     * @param maxMessageSize largest response accepted, in bytes (at least 10 MiB: Salesforce batches can be large)
     * @param disconnectTimeout how long stop waits for the {@code /meta/disconnect} reply
     */
    public record Connection(String apiVersion, String bayeuxVersion, String bayeuxMinimumVersion,
                             Duration maxNetworkDelay, int maxMessageSize, Duration disconnectTimeout) {
        public Connection {
            Objects.requireNonNull(apiVersion, "apiVersion");
            if (!apiVersion.matches("\\d+\\.0") || Double.parseDouble(apiVersion) < 37.0) {
                throw new IllegalArgumentException(
                        "API_VERSION must look like '37.0' and be at least 37.0 for replay, got '" + apiVersion + "'");
            }
            requireVersion("bayeuxVersion (BAYEUX_VERSION)", bayeuxVersion);
            requireVersion("bayeuxMinimumVersion (BAYEUX_MINIMUM_VERSION)", bayeuxMinimumVersion);
            requirePositive("maxNetworkDelay", maxNetworkDelay);
            requireAtLeast("maxMessageSize", maxMessageSize, MIN_MESSAGE_SIZE);
            requirePositive("disconnectTimeout", disconnectTimeout);
        }
    }

    /**
     * Where a channel starts and how progress is committed.
     *
     * @param enabled whether replay ids are loaded from and committed to the replay store; off, every
     *     subscription starts at {@code replayDefault}
     * @param replayDefault start position of a channel with no committed replay id ({@code REPLAY_DEFAULT})
     * @param replayFallback what to do when Salesforce rejects a stored replay id ({@code REPLAY_FALLBACK})
     * @param commitInterval at most one replay store write per channel per interval
     */
    public record Replay(boolean enabled, ReplayDefault replayDefault, ReplayFallback replayFallback,
                         Duration commitInterval) {
        public Replay {
            Objects.requireNonNull(replayDefault, "replayDefault");
            Objects.requireNonNull(replayFallback, "replayFallback");
            requirePositive("commitInterval", commitInterval);
        }
    }

    /**
     * How events reach handlers.
     *
     * @param queueCapacity events received and not yet done above which polling pauses
     * @param maxWorkers handler threads ({@code max_workers})
     * @param handlerRetries retries of a failing handler before the event is dead-lettered ({@code HANDLER_RETRIES})
     * @param handlerBackOff wait before the first handler retry; doubles on each further retry, up to one minute
     * @param eventOrdering ordering of platform and generic events, which concern no record
     * @param stopTimeout how long stop waits for in-flight handlers
     * @param outageLimit how long a dependency of the handlers may stay unavailable before the service fails
     *     ({@code DEPENDENCY_OUTAGE_LIMIT}); zero waits for it however long it takes
     * @param handlerTimeout how long one handler invocation may run before it counts as failed (it is
     *     interrupted, then retried or dead-lettered) ({@code HANDLER_TIMEOUT}); zero for no limit
     */
    public record Delivery(int queueCapacity, int maxWorkers, int handlerRetries, Duration handlerBackOff,
                           EventOrdering eventOrdering, Duration stopTimeout, Duration outageLimit,
                           Duration handlerTimeout) {
        public Delivery {
            requireAtLeast("queueCapacity", queueCapacity, 1);
            requireAtLeast("maxWorkers (max_workers)", maxWorkers, 1);
            requireAtLeast("handlerRetries (HANDLER_RETRIES)", handlerRetries, 0);
            requirePositive("handlerBackOff", handlerBackOff);
            Objects.requireNonNull(eventOrdering, "eventOrdering");
            requirePositive("stopTimeout", stopTimeout);
            if (outageLimit == null || outageLimit.isNegative()) {
                throw new IllegalArgumentException("outageLimit (DEPENDENCY_OUTAGE_LIMIT) must be zero (no limit) or "
                        + "positive, got " + outageLimit);
            }
            if (handlerTimeout == null || handlerTimeout.isNegative()) {
                throw new IllegalArgumentException("handlerTimeout (HANDLER_TIMEOUT) must be zero (no limit) or "
                        + "positive, got " + handlerTimeout);
            }
        }
    }

    /**
     * How long to wait between reconnect attempts.
     *
     * @param backOffBase first wait after a transport error; doubles on each further failure, with jitter
     * @param backOffCap longest wait between reconnect attempts after transport errors
     * @param longBackOff wait after {@code 503::} or an exhausted org limit
     */
    public record Recovery(Duration backOffBase, Duration backOffCap, Duration longBackOff) {
        public Recovery {
            requirePositive("reconnectBackOffBase", backOffBase);
            requirePositive("reconnectBackOffCap", backOffCap);
            requirePositive("longBackOff", longBackOff);
            if (backOffCap.compareTo(backOffBase) < 0) {
                throw new IllegalArgumentException("reconnectBackOffCap (" + backOffCap
                        + ") must not be below reconnectBackOffBase (" + backOffBase + ")");
            }
        }
    }

    public StreamingSettings withConnection(Connection value) {
        return new StreamingSettings(value, replay, delivery, recovery);
    }

    public StreamingSettings withReplay(Replay value) {
        return new StreamingSettings(connection, value, delivery, recovery);
    }

    public StreamingSettings withDelivery(Delivery value) {
        return new StreamingSettings(connection, replay, value, recovery);
    }

    public StreamingSettings withRecovery(Recovery value) {
        return new StreamingSettings(connection, replay, delivery, value);
    }

    public StreamingSettings withApiVersion(String value) {
        Connection c = connection;
        return withConnection(new Connection(value, c.bayeuxVersion, c.bayeuxMinimumVersion, c.maxNetworkDelay,
                c.maxMessageSize, c.disconnectTimeout));
    }

    /** Sets the Bayeux versions sent in the handshake as {@code version} and {@code minimumVersion}. */
    public StreamingSettings withBayeuxVersions(String version, String minimumVersion) {
        Connection c = connection;
        return withConnection(new Connection(c.apiVersion, version, minimumVersion, c.maxNetworkDelay,
                c.maxMessageSize, c.disconnectTimeout));
    }

    public StreamingSettings withMaxNetworkDelay(Duration value) {
        Connection c = connection;
        return withConnection(new Connection(c.apiVersion, c.bayeuxVersion, c.bayeuxMinimumVersion, value,
                c.maxMessageSize, c.disconnectTimeout));
    }

    public StreamingSettings withMaxMessageSize(int value) {
        Connection c = connection;
        return withConnection(new Connection(c.apiVersion, c.bayeuxVersion, c.bayeuxMinimumVersion, c.maxNetworkDelay,
                value, c.disconnectTimeout));
    }

    public StreamingSettings withDisconnectTimeout(Duration value) {
        Connection c = connection;
        return withConnection(new Connection(c.apiVersion, c.bayeuxVersion, c.bayeuxMinimumVersion, c.maxNetworkDelay,
                c.maxMessageSize, value));
    }

    public StreamingSettings withReplayEnabled(boolean value) {
        return withReplay(new Replay(value, replay.replayDefault, replay.replayFallback, replay.commitInterval));
    }

    public StreamingSettings withReplayDefault(ReplayDefault value) {
        return withReplay(new Replay(replay.enabled, value, replay.replayFallback, replay.commitInterval));
    }

    public StreamingSettings withReplayFallback(ReplayFallback value) {
        return withReplay(new Replay(replay.enabled, replay.replayDefault, value, replay.commitInterval));
    }

    public StreamingSettings withCommitInterval(Duration value) {
        return withReplay(new Replay(replay.enabled, replay.replayDefault, replay.replayFallback, value));
    }

    public StreamingSettings withQueueCapacity(int value) {
        Delivery d = delivery;
        return withDelivery(new Delivery(value, d.maxWorkers, d.handlerRetries, d.handlerBackOff, d.eventOrdering,
                d.stopTimeout, d.outageLimit, d.handlerTimeout));
    }

    public StreamingSettings withMaxWorkers(int value) {
        Delivery d = delivery;
        return withDelivery(new Delivery(d.queueCapacity, value, d.handlerRetries, d.handlerBackOff, d.eventOrdering,
                d.stopTimeout, d.outageLimit, d.handlerTimeout));
    }

    public StreamingSettings withHandlerRetries(int value) {
        Delivery d = delivery;
        return withDelivery(new Delivery(d.queueCapacity, d.maxWorkers, value, d.handlerBackOff, d.eventOrdering,
                d.stopTimeout, d.outageLimit, d.handlerTimeout));
    }

    public StreamingSettings withHandlerBackOff(Duration value) {
        Delivery d = delivery;
        return withDelivery(new Delivery(d.queueCapacity, d.maxWorkers, d.handlerRetries, value, d.eventOrdering,
                d.stopTimeout, d.outageLimit, d.handlerTimeout));
    }

    public StreamingSettings withEventOrdering(EventOrdering value) {
        Delivery d = delivery;
        return withDelivery(new Delivery(d.queueCapacity, d.maxWorkers, d.handlerRetries, d.handlerBackOff, value,
                d.stopTimeout, d.outageLimit, d.handlerTimeout));
    }

    public StreamingSettings withStopTimeout(Duration value) {
        Delivery d = delivery;
        return withDelivery(new Delivery(d.queueCapacity, d.maxWorkers, d.handlerRetries, d.handlerBackOff,
                d.eventOrdering, value, d.outageLimit, d.handlerTimeout));
    }

    public StreamingSettings withOutageLimit(Duration value) {
        Delivery d = delivery;
        return withDelivery(new Delivery(d.queueCapacity, d.maxWorkers, d.handlerRetries, d.handlerBackOff,
                d.eventOrdering, d.stopTimeout, value, d.handlerTimeout));
    }

    public StreamingSettings withHandlerTimeout(Duration value) {
        Delivery d = delivery;
        return withDelivery(new Delivery(d.queueCapacity, d.maxWorkers, d.handlerRetries, d.handlerBackOff,
                d.eventOrdering, d.stopTimeout, d.outageLimit, value));
    }

    public StreamingSettings withReconnectBackOffBase(Duration value) {
        return withRecovery(new Recovery(value, recovery.backOffCap, recovery.longBackOff));
    }

    public StreamingSettings withReconnectBackOffCap(Duration value) {
        return withRecovery(new Recovery(recovery.backOffBase, value, recovery.longBackOff));
    }

    public StreamingSettings withLongBackOff(Duration value) {
        return withRecovery(new Recovery(recovery.backOffBase, recovery.backOffCap, value));
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
