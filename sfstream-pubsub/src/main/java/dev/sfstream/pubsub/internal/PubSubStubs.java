package dev.sfstream.pubsub.internal;

import dev.sfstream.auth.Session;
import dev.sfstream.pubsub.PubSubSettings;
import dev.sfstream.pubsub.api.PubSubGrpc;
import io.grpc.ClientInterceptor;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The one gRPC channel of a session's Pub/Sub transport, and stubs on it carrying a session's auth metadata. */
final class PubSubStubs {
    private static final int MAX_INBOUND_BYTES = 32 * 1024 * 1024;

    private final ManagedChannel channel;

    PubSubStubs(PubSubSettings settings, List<ClientInterceptor> interceptors) {
        ManagedChannelBuilder<?> builder = ManagedChannelBuilder.forAddress(settings.host(), settings.port())
                .maxInboundMessageSize(MAX_INBOUND_BYTES).intercept(interceptors);
        if (settings.plaintext()) {
            builder.usePlaintext();
        } else {
            builder.useTransportSecurity();
        }
        this.channel = builder.build();
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
