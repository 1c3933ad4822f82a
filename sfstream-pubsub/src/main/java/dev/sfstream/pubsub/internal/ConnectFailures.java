package dev.sfstream.pubsub.internal;

import dev.sfstream.connection.NetworkSettings;
import dev.sfstream.pubsub.PubSubSettings;
import io.grpc.Status;
import io.grpc.netty.shaded.io.netty.handler.proxy.HttpProxyHandler;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One-line explanations of a Pub/Sub call that failed before reaching Salesforce for a reason a setting fixes: an
 * untrusted or mismatched certificate (naming the endpoint and {@code SALESFORCE.TRUST_STORE} or
 * {@code PUBSUB_HOST}), a proxy that refused the tunnel or cannot be reached (naming the proxy). The texts are
 * those of login, REST and CometD.
 */
final class ConnectFailures {
    /** How Netty's proxy handler reports the proxy's answer: {@code ..., status: 407 Proxy Authentication Required}. */
    private static final Pattern PROXY_STATUS = Pattern.compile("status: (\\d{3})\\s*(.*)$");

    private final PubSubSettings settings;
    private final NetworkSettings network;

    ConnectFailures(PubSubSettings settings, NetworkSettings network) {
        this.settings = settings;
        this.network = network;
    }

    Optional<String> explain(Throwable failure) {
        if (Status.fromThrowable(failure).getCode() != Status.Code.UNAVAILABLE) {
            return Optional.empty();
        }
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof HttpProxyHandler.HttpProxyConnectException refused && refused.getMessage() != null) {
                Matcher status = PROXY_STATUS.matcher(refused.getMessage());
                if (status.find()) {
                    return network.explainProxyRefusal(settings.host(), settings.port(),
                            Integer.parseInt(status.group(1)), status.group(2));
                }
            }
        }
        return network.explain(settings.host(), settings.port(), "SALESFORCE.PUBSUB_HOST", failure);
    }
}
