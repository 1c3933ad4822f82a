package dev.sfstream.emulator.internal.pubsub;

import com.google.protobuf.ByteString;
import dev.sfstream.emulator.ManagedSubscription;
import dev.sfstream.pubsub.api.CommitReplayRequest;
import dev.sfstream.pubsub.api.CommitReplayResponse;
import dev.sfstream.pubsub.api.ConsumerEvent;
import dev.sfstream.pubsub.api.Error;
import dev.sfstream.pubsub.api.ErrorCode;
import dev.sfstream.pubsub.api.ManagedFetchRequest;
import dev.sfstream.pubsub.api.ManagedFetchResponse;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.OptionalLong;

/**
 * One ManagedSubscribe stream. The first request names the managed subscription (record id or developer name),
 * which one stream at a time may use; the stream starts after the replay id last committed for it, or, without
 * one, at its {@code defaultReplay}, or, when that id is no longer retained, at its {@code errorRecoveryReplay}.
 * Any request may carry a commit: the server keeps that replay id for the subscription and answers with a
 * {@code commit_response}, or with an error in it for an id it cannot resume from. Requests ask for events as on
 * Subscribe; one that only commits may ask for none.
 */
final class ManagedSubscribeCall extends FetchStream<ManagedFetchRequest, ManagedFetchResponse> {
    private final ManagedSubscriptions subscriptions;
    private final TopicAccess topics;
    private volatile ManagedSubscriptions.Claimed claimed;

    ManagedSubscribeCall(ServerParts parts, CallScope scope, StreamObserver<ManagedFetchResponse> responses,
                         ConsumerEvents events, TopicAccess topics) {
        super(parts, scope, responses, events);
        this.subscriptions = parts.managed();
        this.topics = topics;
    }

    @Override
    protected void handle(ManagedFetchRequest request) {
        if (!started()) {
            start(request);
        } else if (!names(request)) {
            throw PubSubErrors.managedMismatch(claimed.config().developerName(), scope.rpcId());
        }
        boolean commits = request.hasCommitReplayIdRequest();
        int n = request.getNumRequested();
        if (n < 0 || n == 0 && !commits) {
            throw PubSubErrors.requestedInvalid(n, scope.rpcId());
        }
        if (commits) {
            send(response(List.of(), ReplayIds.of(position()), pending())
                    .toBuilder().setCommitResponse(commit(request.getCommitReplayIdRequest())).build());
        }
        if (n > 0) {
            request(n);
        }
    }

    private void start(ManagedFetchRequest request) {
        claimed = subscriptions.claim(request.getSubscriptionId(), request.getDeveloperName(), this);
        ManagedSubscription config = claimed.config();
        topics.requireKnown(config.topicName(), scope.user(), scope.rpcId());
        startAt(config.topicName(), startPosition(config, claimed.committed()));
    }

    private long startPosition(ManagedSubscription config, OptionalLong committed) {
        if (committed.isPresent() && ReplayIds.resumable(parts.log(), config.topicName(), committed.getAsLong())) {
            return committed.getAsLong();
        }
        ManagedSubscription.Start start = committed.isPresent() ? config.errorRecoveryReplay()
                : config.defaultReplay();
        return start == ManagedSubscription.Start.EARLIEST ? Long.MIN_VALUE
                : parts.log().latestReplayId(config.topicName());
    }

    private boolean names(ManagedFetchRequest request) {
        String id = request.getSubscriptionId();
        String name = request.getDeveloperName();
        return (id.isEmpty() || claimed.id().startsWith(id))
                && (name.isEmpty() || claimed.config().developerName().equalsIgnoreCase(name));
    }

    private CommitReplayResponse commit(CommitReplayRequest request) {
        CommitReplayResponse.Builder answer = CommitReplayResponse.newBuilder()
                .setCommitRequestId(request.getCommitRequestId()).setReplayId(request.getReplayId())
                .setProcessTime(parts.clock().millis());
        OptionalLong replayId = ReplayIds.parse(request.getReplayId());
        if (replayId.isEmpty()) {
            return answer.setError(commitError("The Replay ID is corrupted. Provide a valid Replay ID.")).build();
        }
        if (!ReplayIds.resumable(parts.log(), topic(), replayId.getAsLong())) {
            return answer.setError(commitError("The Replay ID " + replayId.getAsLong() + " is not valid or has"
                    + " expired, so it wasn't committed.")).build();
        }
        subscriptions.commit(claimed.id(), replayId.getAsLong());
        return answer.build();
    }

    private static Error commitError(String message) {
        return Error.newBuilder().setCode(ErrorCode.COMMIT).setMsg(message).build();
    }

    @Override
    protected ManagedFetchResponse response(List<ConsumerEvent> batch, ByteString latestReplayId,
                                            int pendingNumRequested) {
        return ManagedFetchResponse.newBuilder().addAllEvents(batch).setLatestReplayId(latestReplayId)
                .setPendingNumRequested(pendingNumRequested).setRpcId(scope.rpcId()).build();
    }

    @Override
    protected void onRelease() {
        ManagedSubscriptions.Claimed held = claimed;
        if (held != null) {
            subscriptions.release(held.id(), this);
        }
    }
}
