package dev.sfstream.soak.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A queue of our own bound to the service's {@code {service}.events} exchange, consumed straight from RabbitMQ (not
 * through the relay the soak cuts): every Nameko event the service dispatched is recorded in the {@link QueueLedger}.
 */
public final class NamekoQueue implements AutoCloseable {
    /** Prefix of the consumer's threads: they belong to the harness, not to the service under test. */
    public static final String THREAD_PREFIX = "soak-queue";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;
    private final String queue;

    private NamekoQueue(Connection connection, String queue) {
        this.connection = connection;
        this.queue = queue;
    }

    /**
     * Declares the exchange as Nameko does (topic, durable), a server-named exclusive queue bound to it with
     * {@code eventType}, and consumes it into {@code ledger}. Call it before the service dispatches anything: an
     * event with no bound queue is dropped by the broker.
     */
    public static NamekoQueue consume(URI broker, String serviceName, String eventType, QueueLedger ledger) {
        ConnectionFactory factory = new ConnectionFactory();
        try {
            factory.setUri(broker);
            if (factory.getVirtualHost().isEmpty()) {
                factory.setVirtualHost("/");    // as kombu reads amqp://host:port/
            }
            AtomicInteger threads = new AtomicInteger();
            factory.setThreadFactory(task -> new Thread(task, THREAD_PREFIX + "-" + threads.incrementAndGet()));
            Connection connection = factory.newConnection("sfstream-soak-queue");
            Channel channel = connection.createChannel();
            String exchange = serviceName + ".events";
            channel.exchangeDeclare(exchange, "topic", true, false, null);
            String queue = channel.queueDeclare().getQueue();
            channel.queueBind(queue, exchange, eventType);
            channel.basicQos(500);
            channel.basicConsume(queue, false, "sfstream-soak", new DefaultConsumer(channel) {
                @Override
                public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body)
                        throws IOException {
                    record(body, ledger);
                    getChannel().basicAck(envelope.getDeliveryTag(), false);
                }
            });
            return new NamekoQueue(connection, queue);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot consume the soak's queue at " + broker.getHost() + ":"
                    + broker.getPort() + ": " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        } catch (TimeoutException | java.security.GeneralSecurityException | java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot consume the soak's queue at " + broker.getHost() + ":"
                    + broker.getPort() + ": " + e.getMessage(), e);
        }
    }

    /** The server-named queue. */
    public String queue() {
        return queue;
    }

    @Override
    public void close() {
        try {
            connection.close(5000);
        } catch (IOException | com.rabbitmq.client.AlreadyClosedException e) {
            // The exclusive queue goes with the connection either way.
        }
    }

    private static void record(byte[] body, QueueLedger ledger) {
        try {
            JsonNode event = JSON.readTree(body);
            JsonNode channel = event.get(SoakService.CHANNEL_FIELD);
            JsonNode replayId = event.get(SoakService.REPLAY_ID_FIELD);
            if (channel == null || !channel.isTextual() || replayId == null || !replayId.canConvertToLong()) {
                ledger.unreadable();
                return;
            }
            ledger.delivered(channel.asText(), replayId.asLong());
        } catch (IOException notJson) {
            ledger.unreadable();
        }
    }
}
