package dev.sfstream.pubsub;

import dev.sfstream.pubsub.api.FetchRequest;
import dev.sfstream.pubsub.api.FetchResponse;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.ForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import java.util.concurrent.atomic.AtomicInteger;

/** Watches the wire: per Subscribe call, events requested minus events received; keeps the largest seen. */
final class RequestWindowProbe implements ClientInterceptor {
    final AtomicInteger maxOutstanding = new AtomicInteger();
    final AtomicInteger subscribeCalls = new AtomicInteger();

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
        ClientCall<Q, R> call = next.newCall(method, options);
        if (!method.getBareMethodName().equals("Subscribe")) {
            return call;
        }
        subscribeCalls.incrementAndGet();
        AtomicInteger outstanding = new AtomicInteger();
        return new ForwardingClientCall.SimpleForwardingClientCall<>(call) {
            @Override
            public void start(Listener<R> listener, Metadata headers) {
                super.start(new ForwardingClientCallListener.SimpleForwardingClientCallListener<>(listener) {
                    @Override
                    public void onMessage(R message) {
                        outstanding.addAndGet(-((FetchResponse) message).getEventsCount());
                        super.onMessage(message);
                    }
                }, headers);
            }

            @Override
            public void sendMessage(Q message) {
                int now = outstanding.addAndGet(((FetchRequest) message).getNumRequested());
                maxOutstanding.accumulateAndGet(now, Math::max);
                super.sendMessage(message);
            }
        };
    }
}
