package dev.sfstream.pubsub.internal;

import dev.sfstream.pubsub.api.PubSubGrpc;
import dev.sfstream.pubsub.api.PublishRequest;
import dev.sfstream.pubsub.api.PublishResponse;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends publish requests on one {@code PublishStream} call, the topic on the first only, and collects one response
 * per request, in order. A call that fails before every response came throws its status; the responses that came
 * before it are in {@link PartialPublish}.
 */
final class PublishStreamCall implements StreamObserver<PublishResponse> {
    private final List<PublishResponse> responses = new ArrayList<>();
    private final CompletableFuture<List<PublishResponse>> done = new CompletableFuture<>();
    private int expected;

    /** An error of the call after some requests were answered: those events are published. */
    static final class PartialPublish extends RuntimeException {
        private final transient List<PublishResponse> answered;

        PartialPublish(StatusRuntimeException cause, List<PublishResponse> answered) {
            super(cause);
            this.answered = List.copyOf(answered);
        }

        List<PublishResponse> answered() {
            return answered;
        }

        StatusRuntimeException status() {
            return (StatusRuntimeException) getCause();
        }
    }

    /**
     * Publishes {@code requests} on a new call and returns their responses.
     *
     * @throws StatusRuntimeException when the call failed before any response
     * @throws PartialPublish when it failed after some
     */
    static List<PublishResponse> publish(PubSubGrpc.PubSubStub stub, List<PublishRequest> requests, Duration timeout) {
        PublishStreamCall call = new PublishStreamCall();
        call.expected = requests.size();
        ClientCallStreamObserver<PublishRequest> stream =
                (ClientCallStreamObserver<PublishRequest>) stub.publishStream(call);
        for (int i = 0; i < requests.size(); i++) {
            PublishRequest request = requests.get(i);
            stream.onNext(i == 0 ? request : request.toBuilder().clearTopicName().build());
        }
        stream.onCompleted();
        try {
            return call.done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            throw (RuntimeException) failed.getCause();
        } catch (TimeoutException slow) {
            stream.cancel("no answer within " + timeout, null);
            throw call.failure(Status.DEADLINE_EXCEEDED.withDescription("PublishStream answered "
                    + call.received() + " of " + requests.size() + " requests within " + timeout).asRuntimeException());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            stream.cancel("interrupted", interrupted);
            throw Status.CANCELLED.withDescription("interrupted").asRuntimeException();
        }
    }

    private synchronized int received() {
        return responses.size();
    }

    private synchronized RuntimeException failure(StatusRuntimeException status) {
        return responses.isEmpty() ? status : new PartialPublish(status, responses);
    }

    @Override
    public synchronized void onNext(PublishResponse response) {
        responses.add(response);
        if (responses.size() == expected) {
            done.complete(List.copyOf(responses));
        }
    }

    @Override
    public void onError(Throwable failure) {
        done.completeExceptionally(failure(failure instanceof StatusRuntimeException status ? status
                : Status.fromThrowable(failure).asRuntimeException()));
    }

    @Override
    public synchronized void onCompleted() {
        if (responses.size() < expected) {
            done.completeExceptionally(failure(Status.UNAVAILABLE.withDescription("the server ended PublishStream"
                    + " after " + responses.size() + " of " + expected + " responses").asRuntimeException()));
        }
    }
}
