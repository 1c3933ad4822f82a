package dev.sfstream.emulator.internal.pubsub;

import dev.sfstream.emulator.spi.EventLog.LoggedEvent;
import dev.sfstream.pubsub.api.FetchRequest;
import dev.sfstream.pubsub.api.FetchResponse;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One Subscribe stream. The first FetchRequest names the topic and where to start; every request adds its
 * {@code num_requested} to what is owed, capped at 100. Owed events are read from the event store after the
 * stream's position and sent with {@code pending_num_requested}; when events are owed but none come for the
 * keepalive interval an empty response carries {@code latest_replay_id}; when nothing is owed and no request
 * comes within the idle window the server ends the stream.
 */
final class SubscribeCall implements StreamObserver<FetchRequest>, OpenStreams.OpenStream {
    static final int MAX_OUTSTANDING = 100;

    private final ServerParts parts;
    private final CallScope scope;
    private final ServerCallStreamObserver<FetchResponse> responses;
    private final ConsumerEvents events;
    private final TopicAccess topics;
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private volatile String topic;
    private long position;
    private int pending;
    private long lastActivityNanos = System.nanoTime();
    private volatile boolean closed;
    private Runnable unwatch = () -> { };

    SubscribeCall(ServerParts parts, CallScope scope, StreamObserver<FetchResponse> responses,
                  ConsumerEvents events, TopicAccess topics) {
        this.parts = parts;
        this.scope = scope;
        this.responses = (ServerCallStreamObserver<FetchResponse>) responses;
        this.events = events;
        this.topics = topics;
        this.responses.setOnCancelHandler(this::release);
        parts.streams().add(this);
    }

    @Override
    public synchronized void onNext(FetchRequest request) {
        if (closed) {
            return;
        }
        try {
            if (topic == null) {
                start(request);
            } else if (!request.getTopicName().isEmpty() && !request.getTopicName().equals(topic)) {
                throw PubSubErrors.subscribeTopicMismatch(scope.rpcId());
            }
            if (request.getNumRequested() <= 0) {
                throw PubSubErrors.requestedInvalid(request.getNumRequested(), scope.rpcId());
            }
            pending = Math.min(MAX_OUTSTANDING, pending + request.getNumRequested());
            lastActivityNanos = System.nanoTime();
            wake();
        } catch (StatusRuntimeException e) {
            fail(e);
        }
    }

    private void start(FetchRequest request) {
        String name = request.getTopicName();
        topics.requireKnown(name, scope.user(), scope.rpcId());
        position = switch (request.getReplayPreset()) {
            case EARLIEST -> Long.MIN_VALUE;
            case CUSTOM -> customPosition(name, request);
            default -> parts.log().latestReplayId(name);
        };
        topic = name;
        unwatch = parts.log().watch(name, this::wake);
    }

    private long customPosition(String name, FetchRequest request) {
        OptionalLong id = ReplayIds.parse(request.getReplayId());
        if (id.isEmpty()) {
            throw PubSubErrors.replayCorrupted(scope.rpcId());
        }
        long replayId = id.getAsLong();
        // A keepalive's latest_replay_id is a valid position even when no retained event has it: it is the
        // newest one, or (events came since) the one before a retained event.
        if (replayId != parts.log().latestReplayId(name) && !parts.log().retains(name, replayId)
                && !parts.log().retains(name, replayId + 1)) {
            throw PubSubErrors.replayInvalid(replayId, scope.rpcId());
        }
        return replayId;
    }

    /** Lock-free: the event store calls it while it holds a channel's lock, which {@link #drain} takes too. */
    @Override
    public void wake() {
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
        if (closed || parts.faults().stalled()) {
            return;
        }
        while (pending > 0) {
            List<LoggedEvent> batch = parts.log().after(topic, position, pending);
            if (batch.isEmpty()) {
                return;
            }
            FetchResponse.Builder response = FetchResponse.newBuilder().setRpcId(scope.rpcId());
            try {
                batch.forEach(event -> response.addEvents(events.of(topic, event)));
            } catch (RuntimeException e) {
                fail(PubSubErrors.error(Status.INTERNAL, "subscription.internal.error", "An event could not be"
                        + " encoded: " + e.getMessage(), scope.rpcId()));
                return;
            }
            position = batch.get(batch.size() - 1).replayId();
            pending -= batch.size();
            send(response.setLatestReplayId(ReplayIds.of(position)).setPendingNumRequested(pending).build());
        }
    }

    @Override
    public synchronized void tick(long nowNanos) {
        if (closed || topic == null || parts.faults().stalled()) {
            return;
        }
        long idle = nowNanos - lastActivityNanos;
        if (pending > 0 && idle >= parts.timers().keepalive().toNanos()) {
            send(FetchResponse.newBuilder().setRpcId(scope.rpcId()).setPendingNumRequested(pending)
                    .setLatestReplayId(ReplayIds.of(Math.max(position, parts.log().latestReplayId(topic)))).build());
        } else if (pending == 0 && idle >= parts.timers().subscribeIdle().toNanos()) {
            closed = true;
            release();
            responses.onCompleted();
        }
    }

    private void send(FetchResponse response) {
        responses.onNext(response);
        lastActivityNanos = System.nanoTime();
    }

    @Override
    public synchronized void fail(StatusRuntimeException error) {
        if (!closed) {
            closed = true;
            release();
            responses.onError(error);
        }
    }

    @Override
    public void onError(Throwable t) {
        synchronized (this) {
            closed = true;
        }
        release();
    }

    @Override
    public synchronized void onCompleted() {
        if (!closed) {
            closed = true;
            release();
            responses.onCompleted();
        }
    }

    private void release() {
        unwatch.run();
        parts.streams().remove(this);
    }

    @Override
    public CallScope scope() {
        return scope;
    }
}
