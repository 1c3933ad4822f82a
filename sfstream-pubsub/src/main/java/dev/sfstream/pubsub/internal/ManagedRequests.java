package dev.sfstream.pubsub.internal;

import com.google.protobuf.ByteString;
import dev.sfstream.pubsub.api.CommitReplayRequest;
import dev.sfstream.pubsub.api.CommitReplayResponse;
import dev.sfstream.pubsub.api.FetchResponse;
import dev.sfstream.pubsub.api.ManagedFetchRequest;
import dev.sfstream.pubsub.api.ManagedFetchResponse;
import dev.sfstream.pubsub.api.PubSubGrpc;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.function.Consumer;

/**
 * A {@code ManagedSubscribe} call seen as a {@code Subscribe} call: the first request names the managed
 * subscription (an {@code 18x...} record id, else a developer name); responses with events or keepalives reach
 * the call as {@link FetchResponse}s (the fields are the same), commit responses go to {@code committed}.
 */
final class ManagedRequests extends CallRequests<ManagedFetchRequest> implements StreamObserver<ManagedFetchResponse> {
    private final StreamObserver<FetchResponse> responses;
    private final Consumer<CommitReplayResponse> committed;
    private final String subscription;
    private boolean firstSent;

    private ManagedRequests(StreamObserver<FetchResponse> responses, Consumer<CommitReplayResponse> committed,
                            String subscription) {
        this.responses = responses;
        this.committed = committed;
        this.subscription = subscription;
    }

    static ManagedRequests open(PubSubGrpc.PubSubStub stub, String subscription, StreamObserver<FetchResponse> responses,
                                Consumer<CommitReplayResponse> committed) {
        ManagedRequests call = new ManagedRequests(responses, committed, subscription);
        call.requests = (ClientCallStreamObserver<ManagedFetchRequest>) stub.managedSubscribe(call);
        return call;
    }

    /** Whether {@code name} is a managed subscription's record id (key prefix {@code 18x}) rather than its name. */
    static boolean isRecordId(String name) {
        return name.startsWith("18x") && (name.length() == 15 || name.length() == 18);
    }

    @Override
    public synchronized void request(int numRequested) {
        ManagedFetchRequest.Builder request = ManagedFetchRequest.newBuilder().setNumRequested(numRequested);
        if (!firstSent) {
            firstSent = true;
            if (isRecordId(subscription)) {
                request.setSubscriptionId(subscription);
            } else {
                request.setDeveloperName(subscription);
            }
        }
        requests.onNext(request.build());
    }

    @Override
    public synchronized boolean commit(String commitRequestId, ByteString replayId) {
        if (!firstSent) {
            return false;
        }
        requests.onNext(ManagedFetchRequest.newBuilder().setCommitReplayIdRequest(CommitReplayRequest.newBuilder()
                .setCommitRequestId(commitRequestId).setReplayId(replayId)).build());
        return true;
    }

    @Override
    public void onNext(ManagedFetchResponse response) {
        if (response.hasCommitResponse()) {
            committed.accept(response.getCommitResponse());
        }
        if (response.getEventsCount() > 0 || !response.hasCommitResponse()) {
            responses.onNext(FetchResponse.newBuilder().addAllEvents(response.getEventsList())
                    .setLatestReplayId(response.getLatestReplayId()).setRpcId(response.getRpcId())
                    .setPendingNumRequested(response.getPendingNumRequested()).build());
        }
    }

    @Override
    public void onError(Throwable failure) {
        responses.onError(failure);
    }

    @Override
    public void onCompleted() {
        responses.onCompleted();
    }
}
