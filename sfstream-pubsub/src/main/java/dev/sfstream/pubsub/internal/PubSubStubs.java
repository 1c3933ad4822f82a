package dev.sfstream.pubsub.internal;

import dev.sfstream.auth.Session;
import dev.sfstream.connection.NetworkSettings;
import dev.sfstream.pubsub.PubSubSettings;
import dev.sfstream.pubsub.api.PubSubGrpc;
import io.grpc.ClientInterceptor;
import io.grpc.ManagedChannel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The one gRPC channel of a session's Pub/Sub transport (TLS and proxy from the session's network settings), and
 * stubs on it carrying a session's auth metadata.
 */
final class PubSubStubs {
    private final ManagedChannel channel;
    private final ConnectFailures connectFailures;

    PubSubStubs(PubSubSettings settings, NetworkSettings network, List<ClientInterceptor> interceptors) {
        this.channel = PubSubChannels.open(settings, network, interceptors);
        this.connectFailures = new ConnectFailures(settings, network);
    }

    /** One line naming the setting that fixes {@code failure}, when it is a TLS or proxy failure a setting fixes. */
    Optional<String> explain(Throwable failure) {
        return connectFailures.explain(failure);
    }

    PubSubGrpc.PubSubBlockingStub blocking(Session session) {
        return SessionMetadata.attach(PubSubGrpc.newBlockingStub(channel), session)
                .withDeadlineAfter(StreamSupervisor.CALL_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    }

    PubSubGrpc.PubSubStub async(Session session) {
        return SessionMetadata.attach(PubSubGrpc.newStub(channel), session);
    }

    /** Closes the channel, waiting at most {@code timeout} for calls to end; at once when zero. */
    void close(Duration timeout) throws InterruptedException {
        if (timeout.isZero()) {
            channel.shutdownNow();
            return;
        }
        channel.shutdown();
        if (!channel.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            channel.shutdownNow();
        }
    }
}
