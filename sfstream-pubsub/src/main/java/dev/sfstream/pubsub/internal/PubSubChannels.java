package dev.sfstream.pubsub.internal;

import dev.sfstream.connection.NetworkSettings;
import dev.sfstream.pubsub.PubSubSettings;
import io.grpc.ClientInterceptor;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.ApplicationProtocolConfig;
import io.grpc.netty.shaded.io.netty.handler.ssl.ApplicationProtocolNames;
import io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth;
import io.grpc.netty.shaded.io.netty.handler.ssl.IdentityCipherSuiteFilter;
import io.grpc.netty.shaded.io.netty.handler.ssl.JdkSslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import java.util.List;

/**
 * Builds the gRPC channel to the Pub/Sub endpoint the way every connection to Salesforce is made: TLS with the
 * trust and client keys of the session's {@link NetworkSettings} (gRPC verifies the host name against the
 * certificate), and its HTTP CONNECT proxy, bypass list and credentials ({@link NetworkProxyDetector}).
 */
final class PubSubChannels {
    private static final int MAX_INBOUND_BYTES = 32 * 1024 * 1024;

    private PubSubChannels() {
    }

    /**
     * @throws IllegalArgumentException naming the key of a trust or key store that cannot be read
     */
    static ManagedChannel open(PubSubSettings settings, NetworkSettings network, List<ClientInterceptor> interceptors) {
        NettyChannelBuilder builder = NettyChannelBuilder.forAddress(settings.host(), settings.port())
                .proxyDetector(new NetworkProxyDetector(network))
                .maxInboundMessageSize(MAX_INBOUND_BYTES).intercept(interceptors);
        if (settings.plaintext()) {
            builder.usePlaintext();
        } else {
            builder.sslContext(tls(network));
        }
        return builder.build();
    }

    /** The session's SSLContext as Netty's, offering HTTP/2 by ALPN as gRPC needs. */
    private static SslContext tls(NetworkSettings network) {
        return new JdkSslContext(network.sslContext(), true, null, IdentityCipherSuiteFilter.INSTANCE,
                new ApplicationProtocolConfig(ApplicationProtocolConfig.Protocol.ALPN,
                        ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
                        ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT,
                        ApplicationProtocolNames.HTTP_2), ClientAuth.NONE);
    }
}
