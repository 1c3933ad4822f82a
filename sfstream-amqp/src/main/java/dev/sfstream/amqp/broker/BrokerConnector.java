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
    /** How long opening the TCP connection may take; the client library's default is a minute. */
    static final int CONNECT_TIMEOUT_MILLIS = 10_000;

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
     * @throws BrokerConnectException when the broker cannot be reached or refuses the login or the vhost
     */
    public Connection open(String name, boolean recoverAutomatically) throws BrokerConnectException {
        ConnectionFactory factory = new ConnectionFactory();
        AmqpUri uri = config.uri();
        factory.setHost(uri.host());
        factory.setPort(uri.port());
        factory.setUsername(uri.username());
        factory.setPassword(uri.password());
        factory.setVirtualHost(uri.virtualHost());
        factory.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
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
        } catch (IOException | TimeoutException e) {
            throw new BrokerConnectException(uri, e);
        }
    }
}
