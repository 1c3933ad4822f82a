package dev.sfstream.emulator.internal.pubsub;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what a server stream sends: its messages, then its error or completion. */
final class Recorder<T> implements StreamObserver<T> {
    private final List<T> messages = new CopyOnWriteArrayList<>();
    private volatile Throwable error;
    private volatile boolean completed;

    @Override
    public void onNext(T value) {
        messages.add(value);
    }

    @Override
    public void onError(Throwable t) {
        error = t;
    }

    @Override
    public void onCompleted() {
        completed = true;
    }

    List<T> messages() {
        return List.copyOf(messages);
    }

    boolean ended() {
        return completed || error != null;
    }

    boolean completed() {
        return completed;
    }

    /** The status the stream failed with; null while it has not failed. */
    StatusRuntimeException error() {
        Throwable failure = error;
        return failure == null ? null : failure instanceof StatusRuntimeException e ? e
                : Status.fromThrowable(failure).asRuntimeException();
    }
}
