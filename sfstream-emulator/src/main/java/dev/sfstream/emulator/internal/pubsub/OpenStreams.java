package dev.sfstream.emulator.internal.pubsub;

import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** The open Subscribe, ManagedSubscribe and PublishStream calls, so timers, faults and revocations can reach them. */
final class OpenStreams {
    private final Set<OpenStream> streams = ConcurrentHashMap.newKeySet();

    void add(OpenStream stream) {
        streams.add(stream);
    }

    void remove(OpenStream stream) {
        streams.remove(stream);
    }

    int count() {
        return streams.size();
    }

    List<OpenStream> all() {
        return List.copyOf(streams);
    }

    /** Ends every open stream with the error made from its rpc id; returns how many. */
    int closeAll(Function<String, StatusRuntimeException> error) {
        List<OpenStream> open = all();
        open.forEach(stream -> stream.fail(error.apply(stream.scope().rpcId())));
        return open.size();
    }

    /** One long-lived call. */
    interface OpenStream {
        /** The call's rpc id, user and token. */
        CallScope scope();

        /** Ends the call with {@code error} unless it already ended. */
        void fail(StatusRuntimeException error);

        /** Keepalives and idle windows, called often by the server's timer. */
        void tick(long nowNanos);

        /** Sends what is owed now (after a stall ends). */
        void wake();

        /**
         * A fault: sends a keepalive now naming the topic's newest replay id, even while events the stream owes are
         * available or it is stalled (Salesforce never does); false for a call that is not a started Subscribe or
         * ManagedSubscribe stream.
         */
        default boolean keepaliveAhead() {
            return false;
        }
    }
}
