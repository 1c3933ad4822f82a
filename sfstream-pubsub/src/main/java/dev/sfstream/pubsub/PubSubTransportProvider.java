package dev.sfstream.pubsub;

import dev.sfstream.pubsub.internal.PubSubTransport;
import dev.sfstream.streaming.spi.StreamContext;
import dev.sfstream.streaming.spi.Transport;
import dev.sfstream.streaming.spi.TransportProvider;
import io.grpc.ClientInterceptor;
import java.util.List;
import java.util.Map;

/** The Salesforce Pub/Sub API (gRPC + Avro) as the streaming transport {@value #NAME}. */
public final class PubSubTransportProvider implements TransportProvider {
    /** The transport's name, for {@code SALESFORCE.TRANSPORT} and {@code StreamingSession.Builder.transport}. */
    public static final String NAME = "pubsub";

    private final PubSubSettings settings;
    private final List<ClientInterceptor> interceptors;

    /** Salesforce's endpoint with the default settings; found by {@link java.util.ServiceLoader}. */
    public PubSubTransportProvider() {
        this(PubSubSettings.defaults(), List.of());
    }

    /**
     * @param interceptors added to the transport's gRPC channel, e.g. for tracing or to observe the wire
     */
    public PubSubTransportProvider(PubSubSettings settings, List<ClientInterceptor> interceptors) {
        this.settings = settings;
        this.interceptors = List.copyOf(interceptors);
    }

    public PubSubSettings settings() {
        return settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String refuses(String channel) {
        if (channel.startsWith("/topic/")) {
            return "PushTopic channels are carried by the Streaming API (CometD) only; subscribe it with transport "
                    + "cometd";
        }
        if (channel.startsWith("/u/")) {
            return "generic streaming channels are carried by the Streaming API (CometD) only; subscribe it with "
                    + "transport cometd";
        }
        if (channel.indexOf('?') >= 0) {
            return "the Pub/Sub API has no subscription filters";
        }
        return null;
    }

    @Override
    public TransportProvider configure(Map<String, String> options) {
        return new PubSubTransportProvider(settings.with(options), interceptors);
    }

    @Override
    public Transport open(StreamContext context) {
        return new PubSubTransport(context, settings, interceptors);
    }
}
