package dev.sfstream.amqp.handler.internal;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import dev.sfstream.amqp.handler.EventCallback;
import dev.sfstream.amqp.handler.EventSubscription;
import dev.sfstream.amqp.wire.EventBodyDecoder;
import dev.sfstream.amqp.wire.NamekoHeaders;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives the events of one subscription: refuses bodies it cannot decode (logged, rejected without
 * requeue, the consumer carries on), runs the callback on a worker thread, then acknowledges, or
 * rejects with requeue when the callback threw and the handler asked for {@code requeueOnError}.
 */
public final class DeliveryConsumer extends DefaultConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryConsumer.class);

    private final EventSubscription subscription;
    private final EventBodyDecoder decoder;
    private final EventCallback callback;
    private final ExecutorService workers;

    public DeliveryConsumer(Channel channel, EventSubscription subscription, EventBodyDecoder decoder,
                            EventCallback callback, ExecutorService workers) {
        super(channel);
        this.subscription = subscription;
        this.decoder = decoder;
        this.callback = callback;
        this.workers = workers;
    }

    @Override
    public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties, byte[] body)
            throws IOException {
        long tag = envelope.getDeliveryTag();
        Object payload;
        try {
            payload = decoder.decode(properties.getContentType(), body);
        } catch (EventBodyDecoder.UndecodableEventException e) {
            LOG.error("Rejected event '{}' from exchange {} on queue {} for {}.{}: {}; the message is dropped",
                    envelope.getRoutingKey(), envelope.getExchange(), subscription.queueName(),
                    subscription.serviceName(), subscription.methodName(), e.getMessage());
            getChannel().basicReject(tag, false);
            return;
        }
        NamekoHeaders.CallContext context = NamekoHeaders.decode(properties.getHeaders());
        try {
            workers.execute(() -> run(tag, envelope, payload, context));
        } catch (RejectedExecutionException e) {
            // stopping: leave the event to another instance or the next start
            getChannel().basicReject(tag, true);
        }
    }

    private void run(long tag, Envelope envelope, Object payload, NamekoHeaders.CallContext context) {
        boolean requeue = false;
        try {
            callback.handle(subscription, payload, context.data(), context.parentCallIds());
        } catch (Exception | Error e) {
            requeue = subscription.requeueOnError();
            LOG.error("Event handler {}.{} failed on event '{}' from {}; the event is {}",
                    subscription.serviceName(), subscription.methodName(), envelope.getRoutingKey(),
                    envelope.getExchange(), requeue ? "requeued" : "acknowledged", e);
        }
        try {
            if (requeue) {
                getChannel().basicReject(tag, true);
            } else {
                getChannel().basicAck(tag, false);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not {} event '{}' on queue {} ({}); the broker will redeliver it",
                    requeue ? "requeue" : "acknowledge", envelope.getRoutingKey(), subscription.queueName(),
                    e.toString());
        }
    }
}
