package dev.sfstream.emulator.internal.pubsub;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.pubsub.api.FetchRequest;
import dev.sfstream.pubsub.api.FetchResponse;
import dev.sfstream.pubsub.api.PubSubGrpc;
import dev.sfstream.pubsub.api.ReplayPreset;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
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
    Subscription subscribe(String topic, ReplayPreset preset, com.google.protobuf.ByteString replayId, int n) {
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

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    /** An open Subscribe call: what was sent and what came back. */
    record Subscription(StreamObserver<FetchRequest> requests, Recorder<FetchResponse> responses) {
        void request(int n) {
            requests.onNext(FetchRequest.newBuilder().setNumRequested(n).build());
        }
    }
}
