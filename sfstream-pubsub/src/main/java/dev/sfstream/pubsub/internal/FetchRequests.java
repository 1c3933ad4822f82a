package dev.sfstream.pubsub.internal;

import com.google.protobuf.ByteString;

/** The request side of one streaming call, {@code Subscribe} or {@code ManagedSubscribe}, as its call uses it. */
interface FetchRequests {
    /** Asks for {@code numRequested} more events; the first request also says what the stream is. */
    void request(int numRequested);

    /** Asks the server to keep {@code replayId} as the subscription's position; false where it keeps none. */
    boolean commit(String commitRequestId, ByteString replayId);

    /** Half-closes the call politely (no more requests). */
    void halfClose();

    void cancel(String reason);
}
