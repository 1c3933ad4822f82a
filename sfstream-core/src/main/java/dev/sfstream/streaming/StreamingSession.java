package dev.sfstream.streaming;

import dev.sfstream.auth.SessionSource;
import dev.sfstream.delivery.DeadLetterSink;
import dev.sfstream.delivery.EventHandler;
import dev.sfstream.delivery.LoggingDeadLetterSink;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.replay.ReplayStore;
import dev.sfstream.replay.SessionReplay;
import dev.sfstream.streaming.internal.SessionRuntime;
import io.micrometer.core.instrument.MeterRegistry;
import dev.sfstream.failure.Failure;
import dev.sfstream.streaming.internal.CometdTransport;
import dev.sfstream.streaming.internal.Transports;
import dev.sfstream.streaming.spi.TransportProvider;
import io.micrometer.core.instrument.Metrics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One Salesforce Streaming API session for all the channels of a service. Subscribe channels with their
 * handlers, {@link #start()}, and the session keeps them flowing: it recovers from every error
 * Salesforce or the network produces, resubscribes each channel from its commit watermark, and never
 * commits past an event that is not done. {@link #stop()} is bounded by the settings' timeouts.
 */
public final class StreamingSession implements AutoCloseable {
    /** The name of the built-in transport, the Streaming API over CometD. */
    public static final String COMETD = "cometd";

    private final SessionRuntime runtime;
    private final TransportProvider provider;

    private StreamingSession(SessionRuntime runtime, TransportProvider provider) {
        this.runtime = runtime;
        this.provider = provider;
    }

    /**
     * The key under which a session on {@code transport} stores {@code channel}'s position in its replay store: the
     * channel itself on {@value #COMETD}, {@code <transport>:<channel>} on any other transport.
     */
    public static String replayKey(String transport, String channel) {
        return COMETD.equals(transport) ? channel : SessionReplay.transportKey(transport, channel);
    }

    /** Starts building a session that logs in through {@code sessions}. */
    public static Builder builder(SessionSource sessions) {
        return new Builder(sessions);
    }

    /**
     * Subscribes a channel ({@code /topic/..}, {@code /event/..}, {@code /data/..}, {@code /u/..}); events go
     * to {@code handler} on worker threads. May be called before or after {@link #start()}.
     *
     * @throws IllegalArgumentException when the channel already has a handler, is not a channel name, or the
     *     session's transport cannot carry it
     */
    public void subscribe(String channel, EventHandler handler) {
        String refusal = provider == null ? null : provider.refuses(channel);
        if (refusal != null) {
            throw new IllegalArgumentException("the " + provider.name() + " transport cannot carry " + channel + ": "
                    + refusal);
        }
        runtime.subscribe(channel, handler);
    }

    /** Starts logging in, handshaking and subscribing in the background; returns at once. */
    public void start() {
        runtime.start();
    }

    /** Waits until the session is {@code CONNECTED}, or returns false after {@code timeout} or if it failed or stopped. */
    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        return runtime.awaitConnected(timeout);
    }

    /**
     * Waits until the session is {@code CONNECTED} and Salesforce answered the subscribe of every channel:
     * each is subscribed or refused for good (see {@link #failedSubscriptions()}). Returns false after
     * {@code timeout}, or when the session failed or stopped meanwhile.
     */
    public boolean awaitSubscribed(Duration timeout) throws InterruptedException {
        return runtime.awaitSubscribed(timeout);
    }

    /** The Bayeux {@code clientId} of the current CometD session; empty while none is handshaken. */
    public Optional<String> clientId() {
        return runtime.clientId();
    }

    /**
     * Stops: takes no more events, lets in-flight handlers finish (up to the stop timeout), commits the
     * watermarks, sends {@code /meta/disconnect} (up to the disconnect timeout) and releases every thread
     * and connection. Events not finished in time stay uncommitted and are replayed on the next start.
     */
    public void stop() {
        runtime.stop();
    }

    /** Stops like {@link #stop()}, waiting at most {@code timeout} (not the settings' stop timeout) for handlers. */
    public void stop(Duration timeout) {
        runtime.stop(Objects.requireNonNull(timeout, "timeout"));
    }

    /** Stops at once like a crashed process: no commit, no disconnect; threads and connections are released. */
    public void kill() {
        runtime.kill();
    }

    @Override
    public void close() {
        stop();
    }

    public StreamingState state() {
        return runtime.state();
    }

    /** Why the session is {@link StreamingState#FAILED}; empty otherwise. */
    public Optional<Failure> failure() {
        return runtime.failure();
    }

    /** Subscriptions stopped because Salesforce refused them for good. */
    public List<SubscriptionFailure> failedSubscriptions() {
        return runtime.failedSubscriptions();
    }

    /** Adds a listener told about every later state change. */
    public void addStateListener(StateListener listener) {
        runtime.addStateListener(listener);
    }

    /** When the last event arrived on a channel; empty before the first. */
    public Optional<Instant> lastEventTime(String channel) {
        return runtime.lastEventTime(channel);
    }

    /** The channel's commit watermark: every event up to this replay id is done. */
    public OptionalLong committedReplayId(String channel) {
        return runtime.committedReplayId(channel);
    }

    /** Events received and not yet done (queued or running). */
    public int eventsInFlight() {
        return runtime.eventsInFlight();
    }

    /** Builds a {@link StreamingSession}. */
    public static final class Builder {
        private final SessionSource sessions;
        private StreamingSettings settings = StreamingSettings.defaults();
        private ReplayStore replayStore;
        private DeadLetterSink deadLetterSink = new LoggingDeadLetterSink();
        private MeterRegistry meterRegistry;
        private String name = "sfstream";
        private String transport = COMETD;
        private BooleanSupplier handOver = () -> true;
        private TransportProvider configuredTransport;

        private Builder(SessionSource sessions) {
            this.sessions = Objects.requireNonNull(sessions, "sessions");
        }

        public Builder settings(StreamingSettings value) {
            settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        /** Where watermarks are committed; defaults to an in-memory store. */
        public Builder replayStore(ReplayStore value) {
            replayStore = Objects.requireNonNull(value, "replayStore");
            return this;
        }

        /** Where events go after every retry failed; defaults to an ERROR log line. */
        public Builder deadLetterSink(DeadLetterSink value) {
            deadLetterSink = Objects.requireNonNull(value, "deadLetterSink");
            return this;
        }

        /**
         * Where meters are registered, tagged {@code service} (the session's {@link #name}) and, for event counters,
         * {@code channel}; defaults to Micrometer's global registry.
         */
        public Builder meterRegistry(MeterRegistry value) {
            meterRegistry = Objects.requireNonNull(value, "meterRegistry");
            return this;
        }

        /**
         * The transport: {@value #COMETD} (the default, built in) or the name of a {@link TransportProvider} on the
         * class path, e.g. {@code pubsub} from {@code sfstream-pubsub}.
         */
        public Builder transport(String value) {
            transport = Objects.requireNonNull(value, "transport");
            configuredTransport = null;
            return this;
        }

        /** A transport provider already configured (see {@link TransportProvider#configure}). */
        public Builder transport(TransportProvider value) {
            configuredTransport = Objects.requireNonNull(value, "transport");
            transport = value.name();
            return this;
        }

        /**
         * Hands events to handlers only while {@code mayHandOver} says true (leader fencing): an event that arrives
         * or is retried meanwhile waits, unhandled and uncommitted. Default: always.
         */
        public Builder handOverWhile(BooleanSupplier mayHandOver) {
            handOver = Objects.requireNonNull(mayHandOver, "mayHandOver");
            return this;
        }

        /** A name for the session's threads and logs, typically the service name. */
        public Builder name(String value) {
            name = Objects.requireNonNull(value, "name");
            return this;
        }

        /**
         * Builds the session.
         *
         * A transport other than CometD keeps its positions in the replay store under {@code <transport>:<channel>}
         * (e.g. {@code pubsub:/event/Order__e}), so that the two transports of one service never share a key.
         *
         * @throws IllegalArgumentException when no transport of the chosen name is on the class path
         */
        public StreamingSession build() {
            TransportProvider provider = configuredTransport != null ? configuredTransport
                    : COMETD.equals(transport) ? null : Transports.find(transport);
            ReplayStore store = replayStore != null ? replayStore : new InMemoryReplayStore();
            return new StreamingSession(new SessionRuntime(sessions, settings,
                    store, deadLetterSink, meterRegistry != null ? meterRegistry : Metrics.globalRegistry, name,
                    provider == null ? null : provider.name(),
                    provider == null ? CometdTransport::new : provider::open, handOver), provider);
        }
    }
}
