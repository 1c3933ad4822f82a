package dev.sfstream.amqp.dispatch.internal;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ShutdownSignalException;
import dev.sfstream.amqp.broker.AmqpConfig;
import dev.sfstream.failure.BackOff;
import dev.sfstream.amqp.broker.BrokerConnectException;
import dev.sfstream.amqp.broker.BrokerConnector;
import dev.sfstream.amqp.wire.EventBodyDecoder;
import dev.sfstream.amqp.wire.EventExchange;
import dev.sfstream.events.EventDispatchException;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes event messages with publisher confirms over one long-lived connection. Each publish
 * borrows a confirm-mode channel from a pool (so concurrent workers never wait on each other's
 * confirms), declares the event exchange once per channel, and returns only when the broker has
 * acked. A lost connection is re-opened with back-off and the publish retried, a bounded number of
 * times; a nack, a confirm timeout or a channel error from the broker fails at once.
 */
public final class EventPublisher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);

    private final BrokerConnector connector;
    private final String connectionName;
    private final BackOff backoff;
    private final ConcurrentLinkedDeque<ConfirmChannel> idleChannels = new ConcurrentLinkedDeque<>();
    private final Object connectionLock = new Object();
    private Connection connection;
    private volatile boolean closed;

    public EventPublisher(BrokerConnector connector, String connectionName, BackOff backoff) {
        this.connector = connector;
        this.connectionName = connectionName;
        this.backoff = backoff;
    }

    /** A channel in confirm mode and the exchanges already declared on it. */
    private record ConfirmChannel(Channel channel, Set<String> declaredExchanges) {
    }

    /** The message properties Nameko sets on an event, and no others. */
    public static AMQP.BasicProperties eventProperties(Map<String, Object> headers) {
        return new AMQP.BasicProperties.Builder()
                .contentType(EventBodyDecoder.JSON)
                .contentEncoding("utf-8")
                .deliveryMode(2)
                .priority(0)
                .headers(headers)
                .build();
    }

    /** Publishes one message and waits for the broker's confirm. */
    public void publish(String exchange, String routingKey, Map<String, Object> headers, byte[] body) {
        AmqpConfig config = connector.config();
        AMQP.BasicProperties properties = eventProperties(headers);
        for (int attempt = 0; ; attempt++) {
            if (closed) {
                throw new EventDispatchException("cannot dispatch '" + routingKey + "' to " + exchange
                        + ": the dispatcher is closed", null);
            }
            ConfirmChannel confirmChannel = null;
            try {
                confirmChannel = borrow();
                declareOnce(confirmChannel, exchange, config);
                confirmChannel.channel().basicPublish(exchange, routingKey, false, false, properties, body);
                if (!confirmChannel.channel().waitForConfirms(config.confirmTimeout().toMillis())) {
                    discard(confirmChannel);
                    confirmChannel = null;
                    throw new EventDispatchException("the broker refused (nacked) event '" + routingKey
                            + "' on exchange " + exchange, null);
                }
                idleChannels.addFirst(confirmChannel);
                return;
            } catch (TimeoutException e) {
                abandon(confirmChannel);
                throw new EventDispatchException("the broker did not confirm event '" + routingKey + "' on exchange "
                        + exchange + " within " + config.confirmTimeout().toMillis() + " ms", e);
            } catch (InterruptedException e) {
                discard(confirmChannel);
                Thread.currentThread().interrupt();
                throw new EventDispatchException("interrupted while dispatching '" + routingKey + "' to "
                        + exchange, e);
            } catch (IOException | ShutdownSignalException | ConnectionUnavailableException e) {
                discard(confirmChannel);
                ShutdownSignalException shutdown = shutdownSignal(e);
                if (shutdown != null && !shutdown.isHardError()) {
                    throw new EventDispatchException("the broker closed the channel while dispatching '"
                            + routingKey + "' to " + exchange + ": " + reason(shutdown), e);
                }
                if (attempt >= config.publishRetries()) {
                    throw new EventDispatchException("cannot dispatch '" + routingKey + "' to " + exchange
                            + " after " + (attempt + 1) + " attempts: " + describe(e), e);
                }
                Duration delay = backoff.delay(attempt + 1);
                LOG.warn("Lost the broker connection while dispatching '{}' to {} ({}); retrying in {} ms",
                        routingKey, exchange, describe(e), delay.toMillis());
                pause(delay, routingKey, exchange);
            }
        }
    }

    /**
     * Opens the connection now rather than at the first publish, so that a broker that cannot be reached
     * or refuses the login is reported at once.
     */
    public void connect() throws BrokerConnectException {
        try {
            openConnection();
        } catch (ConnectionUnavailableException e) {
            throw (BrokerConnectException) e.getCause();
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (connectionLock) {
            if (connection != null) {
                try {
                    // bounded: a broker that stopped answering would otherwise hold this until heartbeats fail
                    connection.close(closeTimeoutMillis());
                } catch (IOException | ShutdownSignalException e) {
                    LOG.debug("Closing the event connection {} failed: {}", connectionName, e.toString());
                }
                connection = null;
            }
        }
        idleChannels.clear();
    }

    private ConfirmChannel borrow() throws IOException, ConnectionUnavailableException {
        ConfirmChannel idle;
        while ((idle = idleChannels.pollFirst()) != null) {
            if (idle.channel().isOpen()) {
                return idle;
            }
        }
        Channel channel = openConnection().createChannel();
        channel.confirmSelect();
        return new ConfirmChannel(channel, new HashSet<>());
    }

    private Connection openConnection() throws ConnectionUnavailableException {
        synchronized (connectionLock) {
            if (connection == null || !connection.isOpen()) {
                if (connection != null) {
                    connection.abort();
                    idleChannels.clear();
                }
                try {
                    connection = connector.open(connectionName, false);
                } catch (BrokerConnectException e) {
                    connection = null;
                    throw new ConnectionUnavailableException(e);
                }
            }
            return connection;
        }
    }

    private static void declareOnce(ConfirmChannel confirmChannel, String exchange, AmqpConfig config)
            throws IOException {
        if (config.declareEventExchanges() && !confirmChannel.declaredExchanges().contains(exchange)) {
            EventExchange.declare(confirmChannel.channel(), exchange, config.autoDeleteEventExchanges());
            confirmChannel.declaredExchanges().add(exchange);
        }
    }

    private int closeTimeoutMillis() {
        return (int) Math.min(Integer.MAX_VALUE, connector.config().confirmTimeout().toMillis());
    }

    /**
     * Drops a channel whose confirm did not come in time. The broker may still be stalled, and aborting a
     * channel waits up to 10 s for its close-ok, so that happens off the caller's thread: the dispatch
     * fails when the confirm timeout is up, not 10 s later.
     */
    private void abandon(ConfirmChannel confirmChannel) {
        Thread closer = new Thread(() -> discard(confirmChannel), "sfstream-amqp-abandon-" + connectionName);
        closer.setDaemon(true);
        closer.start();
    }

    private static void discard(ConfirmChannel confirmChannel) {
        if (confirmChannel != null && confirmChannel.channel().isOpen()) {
            try {
                confirmChannel.channel().abort();
            } catch (IOException e) {
                LOG.debug("Aborting a publish channel failed: {}", e.toString());
            }
        }
    }

    private void pause(Duration delay, String routingKey, String exchange) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventDispatchException("interrupted while dispatching '" + routingKey + "' to " + exchange, e);
        }
    }

    private static ShutdownSignalException shutdownSignal(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ShutdownSignalException signal) {
                return signal;
            }
        }
        return null;
    }

    private static String reason(ShutdownSignalException signal) {
        return signal.getReason() instanceof AMQP.Channel.Close close
                ? close.getReplyCode() + " " + close.getReplyText() : String.valueOf(signal.getMessage());
    }

    private static String describe(Throwable error) {
        ShutdownSignalException signal = shutdownSignal(error);
        if (signal != null && signal.getReason() instanceof AMQP.Connection.Close close) {
            return "connection closed by the broker: " + close.getReplyCode() + " " + close.getReplyText();
        }
        Throwable cause = error instanceof ConnectionUnavailableException ? error.getCause() : error;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** The connection could not be (re)opened. */
    private static final class ConnectionUnavailableException extends Exception {
        ConnectionUnavailableException(BrokerConnectException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
