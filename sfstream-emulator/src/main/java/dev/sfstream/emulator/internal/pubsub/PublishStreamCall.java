package dev.sfstream.emulator.internal.pubsub;

import dev.sfstream.pubsub.api.PublishRequest;
import dev.sfstream.pubsub.api.PublishResponse;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;

/**
 * One PublishStream call: each request is published as a Publish would be and answered on the stream; a
 * request for another topic than the first fails the stream; the server ends a stream left without requests
 * for the publish idle window.
 */
final class PublishStreamCall implements StreamObserver<PublishRequest>, OpenStreams.OpenStream {
    private final ServerParts parts;
    private final CallScope scope;
    private final ServerCallStreamObserver<PublishResponse> responses;
    private final EventPublishing publishing;
    private String topic;
    private long lastRequestNanos = System.nanoTime();
    private boolean closed;

    PublishStreamCall(ServerParts parts, CallScope scope, StreamObserver<PublishResponse> responses,
                      EventPublishing publishing) {
        this.parts = parts;
        this.scope = scope;
        this.responses = (ServerCallStreamObserver<PublishResponse>) responses;
        this.publishing = publishing;
        this.responses.setOnCancelHandler(() -> parts.streams().remove(this));
        parts.streams().add(this);
    }

    @Override
    public synchronized void onNext(PublishRequest request) {
        if (closed) {
            return;
        }
        lastRequestNanos = System.nanoTime();
        try {
            if (topic != null && !request.getTopicName().isEmpty() && !request.getTopicName().equals(topic)) {
                throw PubSubErrors.publishTopicMismatch(scope.rpcId());
            }
            PublishRequest effective = topic != null && request.getTopicName().isEmpty()
                    ? request.toBuilder().setTopicName(topic).build() : request;
            PublishResponse response = publishing.publish(effective, scope);
            topic = effective.getTopicName();
            responses.onNext(response);
        } catch (StatusRuntimeException e) {
            fail(e);
        }
    }

    @Override
    public synchronized void tick(long nowNanos) {
        if (!closed && nowNanos - lastRequestNanos >= parts.timers().publishIdle().toNanos()) {
            closed = true;
            parts.streams().remove(this);
            responses.onCompleted();
        }
    }

    @Override
    public void wake() {
        // Nothing is owed on a publish stream.
    }

    @Override
    public synchronized void fail(StatusRuntimeException error) {
        if (!closed) {
            closed = true;
            parts.streams().remove(this);
            responses.onError(error);
        }
    }

    @Override
    public synchronized void onError(Throwable t) {
        closed = true;
        parts.streams().remove(this);
    }

    @Override
    public synchronized void onCompleted() {
        if (!closed) {
            closed = true;
            parts.streams().remove(this);
            responses.onCompleted();
        }
    }

    @Override
    public CallScope scope() {
        return scope;
    }
}
