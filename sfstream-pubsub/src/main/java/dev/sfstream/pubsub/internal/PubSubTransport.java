package dev.sfstream.pubsub.internal;

import dev.sfstream.failure.Failure;
import dev.sfstream.pubsub.PubSubSettings;
import dev.sfstream.streaming.StateListener;
import dev.sfstream.streaming.StreamingState;
import dev.sfstream.streaming.SubscriptionFailure;
import dev.sfstream.streaming.spi.StreamContext;
import dev.sfstream.streaming.spi.Transport;
import io.grpc.ClientInterceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The Pub/Sub API transport of one streaming session: one gRPC channel, one {@code Subscribe} stream per topic,
 * supervised by a {@link StreamSupervisor} on one loop thread.
 */
public final class PubSubTransport implements Transport {
    private static final Duration RELEASE_GRACE = Duration.ofSeconds(2);

    private final PubSubStubs stubs;
    private final StreamSupervisor supervisor;

    public PubSubTransport(StreamContext context, PubSubSettings settings, List<ClientInterceptor> interceptors) {
        this.stubs = new PubSubStubs(settings, context.sessions().network(), interceptors);
        this.supervisor = new StreamSupervisor(context, settings, stubs);
    }

    @Override
    public void subscribe(String channel) {
        supervisor.subscribe(channel);
    }

    @Override
    public void start() {
        supervisor.start();
    }

    @Override
    public StreamingState state() {
        return supervisor.states().state();
    }

    @Override
    public Optional<Failure> failure() {
        return Optional.ofNullable(supervisor.failure());
    }

    @Override
    public void addStateListener(StateListener listener) {
        supervisor.states().addListener(listener);
    }

    @Override
    public boolean awaitSubscribed(Duration timeout) throws InterruptedException {
        return supervisor.awaitSubscribed(timeout);
    }

    @Override
    public List<SubscriptionFailure> failedSubscriptions() {
        return supervisor.refused();
    }

    @Override
    public Optional<String> clientId() {
        return Optional.empty();
    }

    @Override
    public Optional<Instant> lastEventTime(String channel) {
        TopicStream topic = supervisor.topic(channel);
        return topic == null ? Optional.empty() : Optional.ofNullable(topic.lastEventAt);
    }

    @Override
    public void giveUp(Failure reason) {
        supervisor.giveUp(reason);
    }

    @Override
    public void beginStop() {
        supervisor.beginStop();
    }

    @Override
    public void disconnect(Duration timeout) {
        try {
            supervisor.closeCalls(timeout);
            stubs.close(timeout);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void abort() {
        try {
            supervisor.closeCalls(Duration.ZERO);
            stubs.close(Duration.ZERO);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void finish(String reason) throws InterruptedException {
        try {
            supervisor.finish(reason, RELEASE_GRACE);
        } finally {
            stubs.close(Duration.ZERO);
        }
    }
}
