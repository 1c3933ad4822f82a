package dev.sfstream.amqp.broker.internal;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.AuthenticationFailureException;
import com.rabbitmq.client.PossibleAuthenticationFailureException;
import com.rabbitmq.client.ShutdownSignalException;
import dev.sfstream.amqp.broker.AmqpUri;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/** Says in a few words why opening a broker connection failed; never repeats the password. */
public final class ConnectFailures {
    private ConnectFailures() {
    }

    /** What went wrong, for example {@code authentication refused for user 'guest' (wrong user name or password)}. */
    public static String explain(AmqpUri uri, Throwable failure) {
        String address = uri.host() + ":" + uri.port();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthenticationFailureException) {
                return "authentication refused for user '" + uri.username() + "' (wrong user name or password)";
            }
            if (cause instanceof PossibleAuthenticationFailureException) {
                return "the broker closed the connection during login, probably authentication refused for user '"
                        + uri.username() + "'";
            }
            if (cause instanceof ShutdownSignalException signal
                    && signal.getReason() instanceof AMQP.Connection.Close close) {
                return close.getReplyCode() == AMQP.NOT_ALLOWED
                        ? "virtual host '" + uri.virtualHost() + "' refused (" + close.getReplyText() + ")"
                        : "the broker closed the connection (" + close.getReplyCode() + " " + close.getReplyText()
                                + ")";
            }
            if (cause instanceof UnknownHostException) {
                return "unknown host '" + uri.host() + "'";
            }
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
                return "cannot reach " + address + " (" + cause.getMessage() + ")";
            }
            if (cause instanceof SocketTimeoutException || cause instanceof TimeoutException) {
                return "no answer from " + address + " in time (" + cause.getMessage() + ")";
            }
            if (cause instanceof SSLException) {
                return "the TLS handshake with " + address + " failed (" + cause.getMessage() + ")";
            }
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getMessage().replaceAll("\\s+", " ");
    }
}
