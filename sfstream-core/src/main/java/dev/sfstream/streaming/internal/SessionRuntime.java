package dev.sfstream.streaming.internal;

import dev.sfstream.auth.SessionSource;
import dev.sfstream.connection.internal.JettyNetwork;
import dev.sfstream.delivery.DeadLetterSink;
import dev.sfstream.delivery.EventHandler;
import dev.sfstream.delivery.internal.DeliveryMetrics;
import dev.sfstream.delivery.internal.DeliveryPipeline;
import dev.sfstream.delivery.internal.NamedThreads;
import dev.sfstream.delivery.internal.PipelineOptions;
import dev.sfstream.delivery.internal.WatermarkCommitter;
import dev.sfstream.delivery.internal.Watermarks;
import dev.sfstream.replay.ReplayStore;
import dev.sfstream.streaming.StateListener;
import dev.sfstream.streaming.StreamingSettings;
import dev.sfstream.streaming.StreamingState;
import dev.sfstream.streaming.SubscriptionFailure;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cometd.client.transport.ClientTransport;
import org.cometd.common.JacksonJSONContextClient;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything one streaming session owns (HTTP client, threads, pipeline, committer, recovery machine)
 * and its lifecycle: start, bounded stop, and kill. Behind {@code StreamingSession}.
 */
public final class SessionRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(SessionRuntime.class);
    private static final Duration RELEASE_GRACE = Duration.ofSeconds(2);

    private final StreamingSettings settings;
    private final String name;
    private final DeliveryPipeline pipeline;
    private final WatermarkCommitter committer;
    private final Watermarks watermarks = new Watermarks();
    private final HttpClient httpClient;
    private final ScheduledExecutorService cometdScheduler;
    private final ExecutorService authThread;
    private final RecoveryMachine machine;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();

    public SessionRuntime(SessionSource sessions, StreamingSettings settings, ReplayStore replayStore,
            DeadLetterSink deadLetters, MeterRegistry registry, String name) {
        this.settings = settings;
        this.name = name;
        this.pipeline = new DeliveryPipeline(new PipelineOptions(settings.queueCapacity(), settings.maxWorkers(),
                settings.handlerRetries(), settings.handlerBackOff(), settings.eventOrdering()), watermarks,
                deadLetters, new DeliveryMetrics(registry), name);
        this.committer = new WatermarkCommitter(watermarks, replayStore, settings.replayEnabled(),
                settings.commitInterval(), registry, name);
        this.httpClient = JettyNetwork.configure(newHttpClient(name), sessions.network());
        this.cometdScheduler = Executors.newSingleThreadScheduledExecutor(NamedThreads.factory(name + "-cometd"));
        this.authThread = Executors.newSingleThreadExecutor(NamedThreads.factory(name + "-auth"));
        SessionMetrics metrics = new SessionMetrics(registry);
        ConnectionResources resources = new ConnectionResources(httpClient, cometdScheduler, authThread, sessions,
                Map.of(
                        // Jackson, not CometD's default Jetty JSON, which needs jetty-util-ajax.
                        ClientTransport.JSON_CONTEXT_OPTION, new JacksonJSONContextClient(),
                        ClientTransport.MAX_NETWORK_DELAY_OPTION, settings.maxNetworkDelay().toMillis(),
                        ClientTransport.MAX_MESSAGE_SIZE_OPTION, settings.maxMessageSize()),
                new JitteredBackOff(settings.reconnectBackOffBase(), settings.reconnectBackOffCap()),
                settings.maxNetworkDelay());
        this.machine = new RecoveryMachine(sessions, settings, pipeline, watermarks, committer, metrics,
                (machine, url) -> new Connection(url, resources, machine, List.of(
                        new HandshakeVersionExtension(settings.bayeuxVersion(), settings.bayeuxMinimumVersion()),
                        new ReplayExtension(machine::startPosition),
                        new BackpressureExtension(pipeline, metrics.pollingPauses::increment))),
                name);
        Gauge.builder("sfstream.events.in_flight", pipeline, DeliveryPipeline::outstanding)
                .description("events received and not yet done").register(registry);
    }

    private static HttpClient newHttpClient(String name) {
        HttpClient client = new HttpClient();
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName(name + "-http");
        threads.setDaemon(true);
        client.setExecutor(threads);
        client.setScheduler(new ScheduledExecutorScheduler(name + "-http-scheduler", true));
        // CometD keeps the Bayeux session's cookies itself; a second jar would send them twice.
        client.setHttpCookieStore(new HttpCookieStore.Empty());
        client.setFollowRedirects(false);
        return client;
    }

    public void subscribe(String channel, EventHandler handler) {
        if (channel == null || !channel.startsWith("/") || channel.startsWith("/meta/")) {
            throw new IllegalArgumentException("not a streaming channel: '" + channel
                    + "' (expected /topic/.., /event/.., /data/.. or /u/..)");
        }
        machine.subscribe(channel, java.util.Objects.requireNonNull(handler, "handler"));
    }

    public void start() {
        if (stopped.get() || !started.compareAndSet(false, true)) {
            throw new IllegalStateException("streaming session " + name + " was already started");
        }
        try {
            httpClient.start();
        } catch (Exception failure) {
            throw new IllegalStateException("cannot start the HTTP client of streaming session " + name, failure);
        }
        committer.start();
        machine.start();
    }

    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        CompletableFuture<StreamingState> settled = new CompletableFuture<>();
        machine.addListener(change -> {
            if (change.to() != StreamingState.STARTING && change.to() != StreamingState.RECONNECTING
                    && change.to() != StreamingState.BACKING_OFF) {
                settled.complete(change.to());
            }
        });
        StreamingState now = machine.state();
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
        return machine.awaitSubscribed(timeout);
    }

    public Optional<String> clientId() {
        return machine.clientId();
    }

    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        Connection live = machine.beginStop();
        try {
            if (started.get()) {
                if (!pipeline.drain(settings.stopTimeout())) {
                    LOG.warn("Streaming session {} stopped with {} events unfinished after {}; they stay "
                            + "uncommitted and are replayed on the next start", name, pipeline.outstanding(),
                            settings.stopTimeout());
                }
                if (!committer.stop()) {
                    LOG.warn("Streaming session {} could not write its last replay ids; the store keeps the "
                            + "last ones written", name);
                }
                if (live != null) {
                    live.disconnect(settings.disconnectTimeout());
                }
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
        Connection live = machine.beginStop();
        committer.abandon();
        if (live != null) {
            live.abort();
        }
        release("killed");
    }

    private void release(String reason) {
        committer.abandon();
        try {
            pipeline.abort(RELEASE_GRACE);
            cometdScheduler.shutdownNow();
            authThread.shutdownNow();
            cometdScheduler.awaitTermination(RELEASE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            authThread.awaitTermination(RELEASE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            machine.finish(reason);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        try {
            httpClient.stop();
        } catch (Exception failure) {
            LOG.warn("Stopping the HTTP client of streaming session {} failed", name, failure);
        }
    }

    public StreamingState state() {
        return machine.state();
    }

    public Optional<String> failure() {
        return machine.failure();
    }

    public List<SubscriptionFailure> failedSubscriptions() {
        return machine.refusedSubscriptions();
    }

    public void addStateListener(StateListener listener) {
        machine.addListener(listener);
    }

    public Optional<Instant> lastEventTime(String channel) {
        return machine.subscription(channel).map(ChannelSubscription::lastEventAt);
    }

    public OptionalLong committedReplayId(String channel) {
        return watermarks.position(channel);
    }

    public int eventsInFlight() {
        return pipeline.outstanding();
    }
}
