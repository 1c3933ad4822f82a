package dev.sfstream.amqp.broker;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * Opens named connections to the broker described by an {@link AmqpConfig}. The name is shown by
 * {@code rabbitmqctl list_connections name client_properties} as {@code connection_name}.
 */
public final class BrokerConnector {
    private final AmqpConfig config;

    public BrokerConnector(AmqpConfig config) {
        this.config = config;
    }

    public AmqpConfig config() {
        return config;
    }

    /**
     * Opens a connection.
     *
     * @param name the client-provided connection name
     * @param recoverAutomatically whether the client library re-opens the connection, its channels,
     *     queues, bindings and consumers by itself after a broker-side close or network failure
     */
    public Connection open(String name, boolean recoverAutomatically) throws IOException, TimeoutException {
        ConnectionFactory factory = new ConnectionFactory();
        AmqpUri uri = config.uri();
        factory.setHost(uri.host());
        factory.setPort(uri.port());
        factory.setUsername(uri.username());
        factory.setPassword(uri.password());
        factory.setVirtualHost(uri.virtualHost());
        factory.setRequestedHeartbeat(config.heartbeatSeconds());
        factory.setAutomaticRecoveryEnabled(recoverAutomatically);
        factory.setTopologyRecoveryEnabled(recoverAutomatically);
        factory.setNetworkRecoveryInterval(1000);
        if (config.tls().isPresent()) {
            factory.useSslProtocol(config.tls().get().sslContext());
            factory.enableHostnameVerification();
        }
        try {
            return factory.newConnection(name);
        } catch (IOException e) {
            throw new IOException("cannot connect to the broker at " + uri + ": " + describe(e), e);
        }
    }

    private static String describe(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage());
    }
}
