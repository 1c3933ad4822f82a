package dev.sfstream.streaming.internal;

import dev.sfstream.connection.internal.JettyNetwork;
import dev.sfstream.delivery.internal.NamedThreads;
import dev.sfstream.failure.BackOff;
import dev.sfstream.failure.Failure;
import dev.sfstream.streaming.StateListener;
import dev.sfstream.streaming.StreamingSettings;
import dev.sfstream.streaming.StreamingState;
import dev.sfstream.streaming.SubscriptionFailure;
import dev.sfstream.streaming.spi.StreamContext;
import dev.sfstream.streaming.spi.Transport;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.cometd.client.transport.ClientTransport;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Streaming API (CometD) transport: its HTTP client and threads, and the recovery machine that handshakes,
 * subscribes from the session's positions, polls with backpressure and recovers from Salesforce's faults.
 */
public final class CometdTransport implements Transport {
    private static final Logger LOG = LoggerFactory.getLogger(CometdTransport.class);
    private static final Duration RELEASE_GRACE = Duration.ofSeconds(2);

    private final String name;
    private final HttpClient httpClient;
    private final ScheduledExecutorService cometdScheduler;
    private final ExecutorService authThread;
    private final RecoveryMachine machine;
    private volatile Connection live;

    public CometdTransport(StreamContext context) {
        this.name = context.name();
        StreamingSettings settings = context.settings();
        this.httpClient = JettyNetwork.configure(newHttpClient(name), context.sessions().network());
        this.cometdScheduler = Executors.newSingleThreadScheduledExecutor(NamedThreads.factory(name + "-cometd"));
        this.authThread = Executors.newSingleThreadExecutor(NamedThreads.factory(name + "-auth"));
        SessionMetrics metrics = new SessionMetrics(context.meterRegistry(), Tags.of("service", name));
        ConnectionResources resources = new ConnectionResources(httpClient, cometdScheduler, authThread,
                context.sessions(),
                Map.of(
                        // Jackson, not CometD's default Jetty JSON, which needs jetty-util-ajax.
                        ClientTransport.JSON_CONTEXT_OPTION, new ReplyJsonContext(),
                        ClientTransport.MAX_NETWORK_DELAY_OPTION, settings.connection().maxNetworkDelay().toMillis(),
                        ClientTransport.MAX_MESSAGE_SIZE_OPTION, settings.connection().maxMessageSize()),
                new BackOff(settings.recovery().backOffBase(), settings.recovery().backOffCap(), 0.5),
                settings.connection().maxNetworkDelay(), context::deliverTogether);
        this.machine = new RecoveryMachine(context, metrics,
                (machine, url) -> new Connection(url, resources, machine, List.of(
                        new HandshakeVersionExtension(settings.connection().bayeuxVersion(),
                                settings.connection().bayeuxMinimumVersion()),
                        new ReplayExtension(machine::startPosition),
                        new BackpressureExtension(context, metrics.pollingPauses::increment))));
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

    @Override
    public void subscribe(String channel) {
        machine.subscribe(channel);
    }

    @Override
    public void start() {
        try {
            httpClient.start();
        } catch (Exception failure) {
            throw new IllegalStateException("cannot start the HTTP client of streaming session " + name, failure);
        }
        machine.start();
    }

    @Override
    public StreamingState state() {
        return machine.state();
    }

    @Override
    public Optional<Failure> failure() {
        return machine.failure();
    }

    @Override
    public void addStateListener(StateListener listener) {
        machine.addListener(listener);
    }

    @Override
    public boolean awaitSubscribed(Duration timeout) throws InterruptedException {
        return machine.awaitSubscribed(timeout);
    }

    @Override
    public List<SubscriptionFailure> failedSubscriptions() {
        return machine.refusedSubscriptions();
    }

    @Override
    public Optional<String> clientId() {
        return machine.clientId();
    }

    @Override
    public Optional<Instant> lastEventTime(String channel) {
        return machine.subscription(channel).map(ChannelSubscription::lastEventAt);
    }

    @Override
    public void giveUp(Failure reason) {
        machine.giveUp(reason);
    }

    @Override
    public void beginStop() {
        live = machine.beginStop();
    }

    @Override
    public void disconnect(Duration timeout) {
        Connection connection = live;
        if (connection != null) {
            connection.disconnect(timeout);
        }
    }

    @Override
    public void abort() {
        Connection connection = live;
        if (connection != null) {
            connection.abort();
        }
    }

    @Override
    public void finish(String reason) throws InterruptedException {
        try {
            cometdScheduler.shutdownNow();
            authThread.shutdownNow();
            cometdScheduler.awaitTermination(RELEASE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            authThread.awaitTermination(RELEASE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            machine.finish(reason);
        } finally {
            try {
                httpClient.stop();
            } catch (Exception failure) {
                LOG.warn("Stopping the HTTP client of streaming session {} failed", name, failure);
            }
        }
    }
}
