package dev.sfstream.amqp.handler;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import dev.sfstream.amqp.broker.AmqpConfig;
import dev.sfstream.amqp.broker.BrokerConnector;
import dev.sfstream.amqp.handler.internal.DeliveryConsumer;
import dev.sfstream.amqp.wire.EventBodyDecoder;
import dev.sfstream.amqp.wire.EventExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes the queues of a service's event handlers over one broker connection that recovers by
 * itself (queues, bindings and consumers are re-declared after a reconnect). Each handler gets its own
 * channel with prefetch {@code max_workers}; events run on a pool of {@code max_workers} threads and
 * are acknowledged after the callback returns.
 */
public final class EventConsumer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventConsumer.class);
    private static final int KILL_WAIT_MILLIS = 1_000;

    private final Connection connection;
    private final ExecutorService workers;
    private final List<Channel> channels = new ArrayList<>();
    private final List<String> consumerTags = new ArrayList<>();

    private EventConsumer(Connection connection, ExecutorService workers) {
        this.connection = connection;
        this.workers = workers;
    }

    /** The connection name a service's event consumer uses, as shown by {@code rabbitmqctl list_connections}. */
    public static String connectionName(String serviceName) {
        return "sfstream:" + serviceName + ":consumer";
    }

    /**
     * Declares every subscription's exchange (unless {@code DECLARE_EVENT_EXCHANGES} is false), queue and
     * binding, and starts consuming; returns once all consumers are registered.
     */
    public static EventConsumer start(AmqpConfig config, String connectionName, List<EventSubscription> subscriptions,
                                      EventCallback callback) throws IOException, TimeoutException {
        Connection connection = new BrokerConnector(config).open(connectionName, true);
        EventConsumer consumer = new EventConsumer(connection,
                Executors.newFixedThreadPool(config.maxWorkers(), workerThreads(connectionName)));
        try {
            EventBodyDecoder decoder = new EventBodyDecoder();
            for (EventSubscription subscription : subscriptions) {
                consumer.subscribe(config, subscription, decoder, callback);
            }
            return consumer;
        } catch (IOException | RuntimeException e) {
            consumer.kill();
            throw e;
        }
    }

    private void subscribe(AmqpConfig config, EventSubscription subscription, EventBodyDecoder decoder,
                           EventCallback callback) throws IOException {
        Channel channel = connection.createChannel();
        channels.add(channel);
        if (config.declareEventExchanges()) {
            EventExchange.declare(channel, subscription.exchange(), config.autoDeleteEventExchanges());
        }
        channel.basicQos(config.maxWorkers());
        channel.queueDeclare(subscription.queueName(), subscription.durable(), subscription.exclusive(),
                subscription.autoDelete(), null);
        channel.queueBind(subscription.queueName(), subscription.exchange(), subscription.eventType());
        consumerTags.add(channel.basicConsume(subscription.queueName(), false,
                new DeliveryConsumer(channel, subscription, decoder, callback, workers)));
        LOG.info("Consuming {} events of {} on queue {} for {}.{}", subscription.eventType(),
                subscription.sourceService(), subscription.queueName(), subscription.serviceName(),
                subscription.methodName());
    }

    /**
     * Stops taking events and waits up to {@code timeout} for handlers in flight, then disconnects. Every
     * step is bounded by the timeout, also when the broker has stopped answering (cancelling a consumer is
     * a request whose answer would otherwise be awaited until heartbeats declare the connection dead).
     */
    public void stop(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Thread cancelling = new Thread(this::cancelConsumers, connection.getClientProvidedName() + "-cancel");
        cancelling.setDaemon(true);
        cancelling.start();
        try {
            cancelling.join(Math.max(1, remainingMillis(deadline)));
            if (cancelling.isAlive()) {
                LOG.warn("The broker did not answer the consumer cancels of {} within {} ms; disconnecting",
                        connection.getClientProvidedName(), timeout.toMillis());
            }
            workers.shutdown();
            if (!workers.awaitTermination(remainingMillis(deadline), TimeUnit.MILLISECONDS)) {
                LOG.warn("Event handlers still running after {} ms; their events will be redelivered",
                        timeout.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
    }

    private void cancelConsumers() {
        for (int i = 0; i < channels.size() && i < consumerTags.size(); i++) {
            try {
                if (channels.get(i).isOpen()) {
                    channels.get(i).basicCancel(consumerTags.get(i));
                }
            } catch (IOException | RuntimeException e) {
                LOG.debug("Cancelling consumer {} failed: {}", consumerTags.get(i), e.toString());
            }
        }
    }

    private static long remainingMillis(long deadline) {
        return Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
    }

    /** Stops at once; unacknowledged events go back to their queues. */
    public void kill() {
        workers.shutdownNow();
        // bounded: a broker that stopped answering would otherwise hold this for its close-ok
        connection.abort(KILL_WAIT_MILLIS);
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(30));
    }

    private static ThreadFactory workerThreads(String connectionName) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, connectionName + "-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
