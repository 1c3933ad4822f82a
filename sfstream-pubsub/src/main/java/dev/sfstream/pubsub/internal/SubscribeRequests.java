package dev.sfstream.pubsub.internal;

import com.google.protobuf.ByteString;
import dev.sfstream.pubsub.api.FetchRequest;
import dev.sfstream.pubsub.api.FetchResponse;
import dev.sfstream.pubsub.api.PubSubGrpc;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.StreamObserver;

/** The requests of a {@code Subscribe} call: the first carries the topic, preset and replay id. */
final class SubscribeRequests extends CallRequests<FetchRequest> {
    private final FetchRequest first;
    private boolean firstSent;

    private SubscribeRequests(ClientCallStreamObserver<FetchRequest> requests, FetchRequest first) {
        this.requests = requests;
        this.first = first;
    }

    /** Opens the call; {@code responses} gets what the server sends. */
    static SubscribeRequests open(PubSubGrpc.PubSubStub stub, FetchRequest first,
                                  StreamObserver<FetchResponse> responses) {
        return new SubscribeRequests((ClientCallStreamObserver<FetchRequest>) stub.subscribe(responses), first);
    }

    @Override
    public synchronized void request(int numRequested) {
        FetchRequest.Builder request = firstSent ? FetchRequest.newBuilder() : first.toBuilder();
        firstSent = true;
        requests.onNext(request.setNumRequested(numRequested).build());
    }

    @Override
    public boolean commit(String commitRequestId, ByteString replayId) {
        return false;
    }
}
