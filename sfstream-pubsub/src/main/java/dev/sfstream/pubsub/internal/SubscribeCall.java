package dev.sfstream.pubsub.internal;

import dev.sfstream.auth.Session;
import dev.sfstream.pubsub.api.CommitReplayResponse;
import dev.sfstream.pubsub.api.ConsumerEvent;
import dev.sfstream.pubsub.api.FetchRequest;
import dev.sfstream.pubsub.api.FetchResponse;
import dev.sfstream.pubsub.api.PubSubGrpc;
import dev.sfstream.streaming.spi.StreamContext;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code Subscribe} call of one topic, or one {@code ManagedSubscribe} call of a managed subscription: asks for
 * events in batches while delivery has room (never more than the batch outstanding), hands every event to delivery,
 * turns confirmed keepalives into {@link StreamContext#reached} (see {@link KeepaliveGuard}), commits watermark positions to the server when managed, and
 * tells its {@link Listener} when the call ends. Responses arrive on gRPC's threads, one at a time.
 */
final class SubscribeCall implements StreamObserver<FetchResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(SubscribeCall.class);

    /** Told about a call's progress. */
    interface Listener {
        /** A response arrived, with events or without: the stream is healthy. */
        void responded(SubscribeCall call, boolean withEvents);

        /** The call ended: {@code failure} is null when the server completed it. */
        void ended(SubscribeCall call, RpcFailure failure);
    }

    private final String channel;
    private final FetchRequest first;
    private final StreamContext context;
    private final EventReader reader;
    private final int batch;
    private final Listener listener;
    private final Session session;
    private final Instant passOverBefore;
    private final String managed;
    private final AtomicInteger outstanding = new AtomicInteger();
    private volatile long lastActivityNanos = System.nanoTime();
    private volatile boolean closed;
    private volatile boolean receiving = true;
    private volatile int idWidth;
    private final KeepaliveGuard keepalives;
    private FetchRequests requests;
    private ServerCommits commits;
    private boolean waitingForRoom;

    /**
     * @param first the first request (topic, preset, replay id) without {@code num_requested}
     * @param passOverBefore events created before this are counted done without handling; null for none
     * @param managed the managed subscription (developer name or record id) to use {@code ManagedSubscribe} with;
     *     null for {@code Subscribe}
     */
    SubscribeCall(String channel, FetchRequest first, StreamContext context, EventReader reader, int batch,
                  Listener listener, Session session, Instant passOverBefore, String managed) {
        this.channel = channel;
        this.first = first;
        this.context = context;
        this.reader = reader;
        this.batch = batch;
        this.listener = listener;
        this.session = session;
        this.passOverBefore = passOverBefore;
        this.managed = managed;
        this.keepalives = new KeepaliveGuard(channel);
    }

    synchronized void start(PubSubGrpc.PubSubStub stub) {
        if (managed == null) {
            requests = SubscribeRequests.open(stub, first, this);
        } else {
            ManagedRequests call = ManagedRequests.open(stub, managed, this, this::committed);
            commits = new ServerCommits(channel, call);
            requests = call;
        }
        requestMore();
    }

    private void committed(CommitReplayResponse response) {
        lastActivityNanos = System.nanoTime();
        commits.answered(response);
    }

    /** Commits {@code position} to the server when the call is managed and it moved; nothing otherwise. */
    void commit(long position) {
        ServerCommits managedCommits = commits;
        if (managedCommits != null && !closed) {
            managedCommits.commit(position, idWidth);
        }
    }

    /**
     * Commits {@code position} and waits until the server confirmed it; true at once when the call is not managed.
     */
    boolean commitAndAwait(long position, Duration timeout) throws InterruptedException {
        ServerCommits managedCommits = commits;
        if (managedCommits == null) {
            return true;
        }
        if (closed) {
            return false;
        }
        commit(position);
        return managedCommits.awaitConfirmed(position, timeout);
    }

    /** The managed subscription the call uses; null for {@code Subscribe}. */
    String managed() {
        return managed;
    }

    String channel() {
        return channel;
    }

    /** The session whose token the call carries. */
    Session session() {
        return session;
    }

    FetchRequest first() {
        return first;
    }

    /** The widest replay id received, in bytes; 0 before any. */
    int idWidth() {
        return idWidth;
    }

    int outstanding() {
        return outstanding.get();
    }

    /** Asks for more events if fewer than half the batch are outstanding and delivery has room. */
    void requestMore() {
        requestMore(0);
    }

    /**
     * Asks for more events if fewer than half the batch are outstanding and delivery has room for them besides
     * {@code handingOff} events received and about to be handed to it.
     */
    private synchronized void requestMore(int handingOff) {
        if (closed || !receiving) {
            return;
        }
        int out = outstanding.get();
        int n = Math.min(batch - out, context.room() - handingOff - out);
        if (n <= 0) {
            if (out == 0 && handingOff == 0) {
                awaitRoom();
            }
            return;
        }
        if (out > 0 && n < (batch + 1) / 2) {
            return;
        }
        if (out == 0) {
            lastActivityNanos = System.nanoTime();
        }
        outstanding.addAndGet(n);
        requests.request(n);
    }

    private void awaitRoom() {
        if (waitingForRoom) {
            return;
        }
        waitingForRoom = true;
        context.whenRoom(room -> {
            synchronized (this) {
                waitingForRoom = false;
            }
            if (room) {
                requestMore();
            }
        });
    }

    /** Whether events are owed and nothing at all arrived for {@code timeoutNanos}. */
    boolean silentFor(long timeoutNanos) {
        return !closed && outstanding.get() > 0 && System.nanoTime() - lastActivityNanos > timeoutNanos;
    }

    @Override
    public void onNext(FetchResponse response) {
        lastActivityNanos = System.nanoTime();
        int arrived = response.getEventsCount();
        if (arrived > 0) {
            // Top up before decoding and handing these off, so the server prepares the next response meanwhile
            // (at most the batch outstanding, and only what delivery has room for besides these).
            outstanding.addAndGet(-arrived);
            requestMore(arrived);
        }
        // A response's events start on the workers together: one wake-up per response, not one per event.
        boolean[] going = {true};
        context.deliverTogether(() -> going[0] = receive(response));
        if (!going[0]) {
            return;
        }
        if (response.getEventsCount() == 0 && !response.getLatestReplayId().isEmpty() && receiving) {
            keepalives.keepalive(ReplayIds.toPosition(response.getLatestReplayId(), channel))
                    .ifPresent(confirmed -> context.reached(channel, confirmed));
        }
        listener.responded(this, response.getEventsCount() > 0);
        requestMore();
    }

    /** Hands a response's events to delivery; false when the call ended on one of them. */
    private boolean receive(FetchResponse response) {
        for (ConsumerEvent event : response.getEventsList()) {
            if (closed || !receiving) {
                continue; // not delivered, so not committed: the next subscription replays it
            }
            long replayId;
            try {
                replayId = ReplayIds.toPosition(event.getReplayId(), channel);
                idWidth = Math.max(idWidth, event.getReplayId().size());
            } catch (IllegalArgumentException tooLong) {
                cancel(tooLong.getMessage());
                listener.ended(this, RpcFailure.local(Status.Code.FAILED_PRECONDITION, tooLong.getMessage()));
                return false;
            }
            keepalives.event(replayId);
            try {
                Map<String, Object> data = reader.read(channel, event, replayId);
                if (passOverBefore != null && CreatedBefore.test(data, passOverBefore)) {
                    context.passOver(channel, replayId);
                    continue;
                }
                context.deliver(channel, replayId, data);
            } catch (StatusRuntimeException schemaUnavailable) {
                RpcFailure failure = RpcFailure.of(schemaUnavailable);
                cancel("GetSchema failed: " + failure.describe());
                listener.ended(this, failure);
                return false;
            } catch (IOException | RuntimeException undecodable) {
                LOG.error("Event {} of {} (schema {}) is not a datum of its schema and cannot be handled; passed over",
                        replayId, channel, event.getEvent().getSchemaId(), undecodable);
                context.passOver(channel, replayId);
            }
        }
        return true;
    }

    @Override
    public void onError(Throwable failure) {
        closed = true;
        listener.ended(this, RpcFailure.of(failure));
    }

    @Override
    public void onCompleted() {
        closed = true;
        listener.ended(this, null);
    }

    /** Stops asking and delivering; events received later are left for the next subscription. */
    void stopReceiving() {
        receiving = false;
    }

    /** Half-closes the call politely (no more requests). */
    synchronized void halfClose() {
        if (!closed && requests != null) {
            try {
                requests.halfClose();
            } catch (IllegalStateException alreadyClosed) {
                // Cancelled meanwhile.
            }
        }
    }

    synchronized void cancel(String reason) {
        closed = true;
        if (requests != null) {
            requests.cancel(reason);
        }
    }
}
