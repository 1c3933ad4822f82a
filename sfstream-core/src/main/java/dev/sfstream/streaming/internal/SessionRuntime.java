package dev.sfstream.streaming.internal;

import dev.sfstream.auth.SessionSource;
import dev.sfstream.delivery.DeadLetterSink;
import dev.sfstream.delivery.EventHandler;
import dev.sfstream.delivery.internal.DeliveryMetrics;
import dev.sfstream.delivery.internal.DeliveryPipeline;
import dev.sfstream.delivery.internal.PipelineOptions;
import dev.sfstream.delivery.internal.NamedThreads;
import dev.sfstream.failure.Failure;
import dev.sfstream.replay.ReplayStore;
import dev.sfstream.replay.SessionReplay;
import dev.sfstream.streaming.StateListener;
import dev.sfstream.streaming.StreamingSettings;
import dev.sfstream.streaming.StreamingState;
import dev.sfstream.streaming.SubscriptionFailure;
import dev.sfstream.streaming.spi.StreamContext;
import dev.sfstream.streaming.spi.Transport;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything one streaming session owns, whatever its transport: the delivery pipeline, its replay side (the
 * watermarks and their commits, shared with the transport through {@link StreamContext}), the transport itself,
 * and the lifecycle: start, bounded stop, and kill. Behind {@code StreamingSession}.
 */
public final class SessionRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(SessionRuntime.class);
    private static final Duration RELEASE_GRACE = Duration.ofSeconds(2);

    private final StreamingSettings settings;
    private final String name;
    private final DeliveryPipeline pipeline;
    private final SessionReplay replay;
    private final SharedStreamParts shared;
    private final Transport transport;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final MeterRegistry registry;
    private final Gauge inFlight;

    /**
     * @param transports makes the session's transport from what the session shares; {@link CometdTransport}'s
     *     constructor for the Streaming API
     * @param transportName null for CometD, whose positions keep the original's keys in the replay store; else the
     *     transport's name, which keeps them under its own (see {@link SessionReplay#transportKey})
     * @param handOver events are handed to handlers only while it says true (leader fencing)
     */
    public SessionRuntime(SessionSource sessions, StreamingSettings settings, ReplayStore replayStore,
            DeadLetterSink deadLetters, MeterRegistry registry, String name, String transportName,
            Function<StreamContext, Transport> transports, BooleanSupplier handOver) {
        this.settings = settings;
        this.name = name;
        this.registry = registry;
        this.replay = SessionReplay.open(replayStore, transportName, settings.replay().enabled(),
                settings.replay().commitInterval(), registry, Tags.of("service", name),
                NamedThreads.factory(name + "-commit"));
        this.pipeline = new DeliveryPipeline(PipelineOptions.of(settings.delivery()), replay, deadLetters,
                new DeliveryMetrics(registry, Tags.of("service", name)), name, this::handlersGaveUp, handOver);
        this.shared = new SharedStreamParts(name, settings, sessions, registry, pipeline, replay);
        this.transport = transports.apply(shared);
        // Removed when the session ends: a gauge registered again under the same tags would keep this session's
        // pipeline and report a stopped service.
        this.inFlight = Gauge.builder("sfstream.events.in_flight", pipeline, DeliveryPipeline::outstanding)
                .description("events received and not yet done").tags("service", name).register(registry);
    }

    /** The handlers' dependencies stayed unavailable past the limit: the session fails for good. */
    private void handlersGaveUp(String reason) {
        transport.giveUp(Failure.of(Failure.Kind.DEPENDENCY_OUTAGE, true, reason));
    }

    public void subscribe(String channel, EventHandler handler) {
        if (channel == null || !channel.startsWith("/") || channel.startsWith("/meta/")) {
            throw new IllegalArgumentException("not a streaming channel: '" + channel
                    + "' (expected /topic/.., /event/.., /data/.. or /u/..)");
        }
        shared.handle(channel, Objects.requireNonNull(handler, "handler"));
        transport.subscribe(channel);
    }

    public void start() {
        if (stopped.get() || !started.compareAndSet(false, true)) {
            throw new IllegalStateException("streaming session " + name + " was already started");
        }
        replay.start();
        transport.start();
    }

    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        CompletableFuture<StreamingState> settled = new CompletableFuture<>();
        transport.addStateListener(change -> {
            if (change.to() != StreamingState.STARTING && change.to() != StreamingState.RECONNECTING
                    && change.to() != StreamingState.BACKING_OFF) {
                settled.complete(change.to());
            }
        });
        StreamingState now = transport.state();
        if (now == StreamingState.CONNECTED || now == StreamingState.FAILED || now == StreamingState.STOPPED) {
            settled.complete(now);
        }
        try {
            return settled.get(timeout.toMillis(), TimeUnit.MILLISECONDS) == StreamingState.CONNECTED;
        } catch (TimeoutException | ExecutionException notSettled) {
            return false;
        }
    }

    public boolean awaitSubscribed(Duration timeout) throws InterruptedException {
        return transport.awaitSubscribed(timeout);
    }

    public Optional<String> clientId() {
        return transport.clientId();
    }

    public void stop() {
        stop(settings.delivery().stopTimeout());
    }

    /** Stops, waiting at most {@code timeout} for in-flight handlers. */
    public void stop(Duration timeout) {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        transport.beginStop();
        try {
            if (started.get()) {
                if (!pipeline.drain(timeout)) {
                    LOG.warn("Streaming session {} stopped with {} events unfinished after {}; they stay "
                            + "uncommitted and are replayed on the next start", name, pipeline.outstanding(),
                            timeout);
                }
                if (!replay.stop()) {
                    LOG.warn("Streaming session {} could not write its last replay ids; the store keeps the "
                            + "last ones written", name);
                }
                transport.disconnect(settings.connection().disconnectTimeout());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            release("stopped");
        }
    }

    public void kill() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        transport.beginStop();
        replay.abandon();
        transport.abort();
        release("killed");
    }

    private void release(String reason) {
        registry.remove(inFlight);
        replay.abandon();
        try {
            pipeline.abort(RELEASE_GRACE);
            transport.finish(reason);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    public StreamingState state() {
        return transport.state();
    }

    public Optional<Failure> failure() {
        return transport.failure();
    }

    public List<SubscriptionFailure> failedSubscriptions() {
        return transport.failedSubscriptions();
    }

    public void addStateListener(StateListener listener) {
        transport.addStateListener(listener);
    }

    public Optional<Instant> lastEventTime(String channel) {
        return transport.lastEventTime(channel);
    }

    public OptionalLong committedReplayId(String channel) {
        return replay.position(channel);
    }

    public int eventsInFlight() {
        return pipeline.outstanding();
    }
}
