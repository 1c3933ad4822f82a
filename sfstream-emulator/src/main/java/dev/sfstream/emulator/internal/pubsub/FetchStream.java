package dev.sfstream.emulator.internal.pubsub;

import com.google.protobuf.ByteString;
import dev.sfstream.emulator.spi.EventLog.LoggedEvent;
import dev.sfstream.pubsub.api.ConsumerEvent;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What Subscribe and ManagedSubscribe streams share: once started on a topic at a position, every request adds
 * its {@code num_requested} to what is owed, capped at 100; owed events are read from the event store after the
 * stream's position and sent with {@code pending_num_requested}; when events are owed but none come for the
 * keepalive interval an empty response carries {@code latest_replay_id}; when nothing is owed and no request
 * comes within the idle window the server ends the stream.
 *
 * @param <Q> the request type
 * @param <R> the response type
 */
abstract class FetchStream<Q, R> implements StreamObserver<Q>, OpenStreams.OpenStream {
    static final int MAX_OUTSTANDING = 100;

    protected final ServerParts parts;
    protected final CallScope scope;
    private final ServerCallStreamObserver<R> responses;
    private final ConsumerEvents events;
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final AtomicBoolean released = new AtomicBoolean();
    private volatile String topic;
    private long position;
    private int pending;
    private long lastActivityNanos = System.nanoTime();
    private volatile boolean closed;
    private Runnable unwatch = () -> { };

    FetchStream(ServerParts parts, CallScope scope, StreamObserver<R> responses, ConsumerEvents events) {
        this.parts = parts;
        this.scope = scope;
        this.responses = (ServerCallStreamObserver<R>) responses;
        this.events = events;
        this.responses.setOnCancelHandler(this::release);
        parts.streams().add(this);
    }

    /** A response with these events (possibly none), the stream's position and what is still owed. */
    protected abstract R response(List<ConsumerEvent> batch, ByteString latestReplayId, int pendingNumRequested);

    /** Called once when the stream ends, however it ends. */
    protected void onRelease() {
    }

    /** Handles one request; a Salesforce error it throws ends the stream. */
    protected abstract void handle(Q request);

    @Override
    public final synchronized void onNext(Q request) {
        if (closed) {
            return;
        }
        try {
            handle(request);
        } catch (StatusRuntimeException e) {
            fail(e);
        }
    }

    protected final boolean started() {
        return topic != null;
    }

    protected final String topic() {
        return topic;
    }

    /** The replay id of the last event sent. */
    protected final synchronized long position() {
        return position;
    }

    /** What is owed now. */
    protected final synchronized int pending() {
        return pending;
    }

    /** Starts reading {@code name} after {@code replayId}. */
    protected final void startAt(String name, long replayId) {
        position = replayId;
        topic = name;
        unwatch = parts.log().watch(name, this::wake);
    }

    /**
     * Adds to what is owed and sends what is there: at once on the request's thread, unless responses are delayed
     * (a fault), which the scheduler does.
     */
    protected final synchronized void request(int numRequested) {
        pending = Math.min(MAX_OUTSTANDING, pending + numRequested);
        lastActivityNanos = System.nanoTime();
        if (parts.faults().delayMillis() > 0) {
            wake();
        } else {
            drain();
        }
    }

    /** Lock-free: the event store calls it while it holds a channel's lock, which {@link #drain} takes too. */
    @Override
    public final void wake() {
        if (closed || topic == null || !drainScheduled.compareAndSet(false, true)) {
            return;
        }
        try {
            parts.scheduler().schedule(this::drain, parts.faults().delayMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            drainScheduled.set(false);
        }
    }

    private synchronized void drain() {
        drainScheduled.set(false);
        if (closed || topic == null || parts.faults().stalled()) {
            return;
        }
        while (pending > 0) {
            List<LoggedEvent> batch = parts.log().after(topic, position, pending);
            if (batch.isEmpty()) {
                return;
            }
            List<ConsumerEvent> encoded;
            try {
                encoded = events.of(topic, batch);
            } catch (RuntimeException e) {
                fail(PubSubErrors.error(Status.INTERNAL, "subscription.internal.error", "An event could not be"
                        + " encoded: " + e.getMessage(), scope.rpcId()));
                return;
            }
            position = batch.get(batch.size() - 1).replayId();
            pending -= batch.size();
            send(response(encoded, ReplayIds.of(position), pending));
        }
    }

    @Override
    public final synchronized void tick(long nowNanos) {
        if (closed || topic == null || parts.faults().stalled()) {
            return;
        }
        long idle = nowNanos - lastActivityNanos;
        if (pending > 0 && idle >= parts.timers().keepalive().toNanos()) {
            if (!parts.log().after(topic, position, 1).isEmpty()) {
                // Events are there to send (a drain is on its way, perhaps delayed): Salesforce sends a keepalive
                // only when none are available, and its replay id never passes an event the stream still owes.
                // A client saves that id as its position, so naming a later one would skip those events.
                wake();
            } else {
                send(response(List.of(), ReplayIds.of(Math.max(position, parts.log().latestReplayId(topic))),
                        pending));
            }
        } else if (pending == 0 && idle >= parts.timers().subscribeIdle().toNanos()) {
            closed = true;
            release();
            responses.onCompleted();
        }
    }

    @Override
    public final synchronized boolean keepaliveAhead() {
        if (closed || topic == null) {
            return false;
        }
        send(response(List.of(), ReplayIds.of(Math.max(position, parts.log().latestReplayId(topic))), pending));
        return true;
    }

    /** Sends a response on the stream; any request or response counts as activity. */
    protected final synchronized void send(R response) {
        if (!closed) {
            responses.onNext(response);
            lastActivityNanos = System.nanoTime();
        }
    }

    @Override
    public final synchronized void fail(StatusRuntimeException error) {
        if (!closed) {
            closed = true;
            release();
            responses.onError(error);
        }
    }

    @Override
    public final void onError(Throwable t) {
        synchronized (this) {
            closed = true;
        }
        release();
    }

    @Override
    public final synchronized void onCompleted() {
        if (!closed) {
            closed = true;
            release();
            responses.onCompleted();
        }
    }

    private void release() {
        if (released.compareAndSet(false, true)) {
            unwatch.run();
            parts.streams().remove(this);
            onRelease();
        }
    }

    @Override
    public final CallScope scope() {
        return scope;
    }
}
