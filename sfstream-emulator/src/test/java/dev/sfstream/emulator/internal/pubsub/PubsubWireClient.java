package dev.sfstream.emulator.internal.pubsub;

import dev.sfstream.emulator.Emulator;
import com.google.protobuf.ByteString;
import dev.sfstream.pubsub.api.CommitReplayRequest;
import dev.sfstream.pubsub.api.CommitReplayResponse;
import dev.sfstream.pubsub.api.ConsumerEvent;
import dev.sfstream.pubsub.api.FetchRequest;
import dev.sfstream.pubsub.api.FetchResponse;
import dev.sfstream.pubsub.api.ManagedFetchRequest;
import dev.sfstream.pubsub.api.ManagedFetchResponse;
import dev.sfstream.pubsub.api.PubSubGrpc;
import dev.sfstream.pubsub.api.ReplayPreset;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** grpc-java's plain generated stubs on a plaintext channel to the emulator, with the auth metadata. */
final class PubsubWireClient implements AutoCloseable {
    private final ManagedChannel channel;
    private final Metadata auth = new Metadata();

    PubsubWireClient(Emulator emulator, String token) {
        this(emulator, token, emulator.fixture().orgId());
    }

    PubsubWireClient(Emulator emulator, String token, String tenantId) {
        this.channel = ManagedChannelBuilder.forTarget(emulator.pubSubTarget()).usePlaintext().build();
        put("accesstoken", token);
        put("instanceurl", emulator.baseUrl());
        put("tenantid", tenantId);
    }

    private void put(String key, String value) {
        if (value != null) {
            auth.put(Metadata.Key.of(key, Metadata.ASCII_STRING_MARSHALLER), value);
        }
    }

    PubSubGrpc.PubSubBlockingStub blocking() {
        return PubSubGrpc.newBlockingStub(channel).withInterceptors(MetadataUtils.newAttachHeadersInterceptor(auth));
    }

    PubSubGrpc.PubSubStub async() {
        return PubSubGrpc.newStub(channel).withInterceptors(MetadataUtils.newAttachHeadersInterceptor(auth));
    }

    /** Opens a Subscribe stream with its first request; the recorder sees every response. */
    Subscription subscribe(String topic, ReplayPreset preset, ByteString replayId, int n) {
        Recorder<FetchResponse> recorder = new Recorder<>();
        StreamObserver<FetchRequest> requests = async().subscribe(recorder);
        FetchRequest.Builder first = FetchRequest.newBuilder().setTopicName(topic).setReplayPreset(preset)
                .setNumRequested(n);
        if (replayId != null) {
            first.setReplayId(replayId);
        }
        requests.onNext(first.build());
        return new Subscription(requests, recorder);
    }

    /** Opens a ManagedSubscribe stream naming the subscription by record id or developer name (either may be empty). */
    Managed managedSubscribe(String subscriptionId, String developerName, int n) {
        Recorder<ManagedFetchResponse> recorder = new Recorder<>();
        StreamObserver<ManagedFetchRequest> requests = async().managedSubscribe(recorder);
        requests.onNext(ManagedFetchRequest.newBuilder().setSubscriptionId(subscriptionId)
                .setDeveloperName(developerName).setNumRequested(n).build());
        return new Managed(requests, recorder);
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    /** An open ManagedSubscribe call: what was sent and what came back. */
    record Managed(StreamObserver<ManagedFetchRequest> requests, Recorder<ManagedFetchResponse> responses) {
        void request(int n) {
            requests.onNext(ManagedFetchRequest.newBuilder().setNumRequested(n).build());
        }

        /** Sends a commit request alone (no events asked for). */
        void commit(String commitRequestId, ByteString replayId) {
            requests.onNext(ManagedFetchRequest.newBuilder().setCommitReplayIdRequest(CommitReplayRequest.newBuilder()
                    .setCommitRequestId(commitRequestId).setReplayId(replayId)).build());
        }

        List<ByteString> events() {
            return responses.messages().stream().flatMap(r -> r.getEventsList().stream())
                    .map(ConsumerEvent::getReplayId).toList();
        }

        /** The commit responses received, in order. */
        List<CommitReplayResponse> commits() {
            return responses.messages().stream().filter(ManagedFetchResponse::hasCommitResponse)
                    .map(ManagedFetchResponse::getCommitResponse).toList();
        }
    }

    /** An open Subscribe call: what was sent and what came back. */
    record Subscription(StreamObserver<FetchRequest> requests, Recorder<FetchResponse> responses) {
        void request(int n) {
            requests.onNext(FetchRequest.newBuilder().setNumRequested(n).build());
        }
    }
}
