package dev.sfstream.pubsub.internal;

import io.grpc.Status;
import io.grpc.stub.ClientCallStreamObserver;

/** The request stream of one client call, ended politely or cancelled. */
abstract class CallRequests<Q> implements FetchRequests {
    protected ClientCallStreamObserver<Q> requests;

    @Override
    public synchronized void halfClose() {
        requests.onCompleted();
    }

    @Override
    public void cancel(String reason) {
        requests.cancel(reason, Status.CANCELLED.withDescription(reason).asRuntimeException());
    }
}
