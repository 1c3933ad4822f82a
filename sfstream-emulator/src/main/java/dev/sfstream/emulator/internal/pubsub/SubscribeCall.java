package dev.sfstream.emulator.internal.pubsub;

import com.google.protobuf.ByteString;
import dev.sfstream.pubsub.api.ConsumerEvent;
import dev.sfstream.pubsub.api.FetchRequest;
import dev.sfstream.pubsub.api.FetchResponse;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.OptionalLong;

/**
 * One Subscribe stream. The first FetchRequest names the topic and where to start ({@code LATEST},
 * {@code EARLIEST}, or {@code CUSTOM} after a retained replay id); later ones may repeat the topic but not change
 * it, and each must ask for at least one event. Delivery, keepalives and the idle close are {@link FetchStream}'s.
 */
final class SubscribeCall extends FetchStream<FetchRequest, FetchResponse> {
    private final TopicAccess topics;

    SubscribeCall(ServerParts parts, CallScope scope, StreamObserver<FetchResponse> responses,
                  ConsumerEvents events, TopicAccess topics) {
        super(parts, scope, responses, events);
        this.topics = topics;
    }

    @Override
    protected void handle(FetchRequest request) {
        if (!started()) {
            start(request);
        } else if (!request.getTopicName().isEmpty() && !request.getTopicName().equals(topic())) {
            throw PubSubErrors.subscribeTopicMismatch(scope.rpcId());
        }
        if (request.getNumRequested() <= 0) {
            throw PubSubErrors.requestedInvalid(request.getNumRequested(), scope.rpcId());
        }
        request(request.getNumRequested());
    }

    private void start(FetchRequest request) {
        String name = request.getTopicName();
        topics.requireKnown(name, scope.user(), scope.rpcId());
        startAt(name, switch (request.getReplayPreset()) {
            case EARLIEST -> Long.MIN_VALUE;
            case CUSTOM -> customPosition(name, request);
            default -> parts.log().latestReplayId(name);
        });
    }

    private long customPosition(String name, FetchRequest request) {
        OptionalLong id = ReplayIds.parse(request.getReplayId());
        if (id.isEmpty()) {
            throw PubSubErrors.replayCorrupted(scope.rpcId());
        }
        if (!ReplayIds.resumable(parts.log(), name, id.getAsLong())) {
            throw PubSubErrors.replayInvalid(id.getAsLong(), scope.rpcId());
        }
        return id.getAsLong();
    }

    @Override
    protected FetchResponse response(List<ConsumerEvent> batch, ByteString latestReplayId, int pendingNumRequested) {
        return FetchResponse.newBuilder().addAllEvents(batch).setLatestReplayId(latestReplayId)
                .setPendingNumRequested(pendingNumRequested).setRpcId(scope.rpcId()).build();
    }
}
