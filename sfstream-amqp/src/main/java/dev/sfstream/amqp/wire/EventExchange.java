package dev.sfstream.amqp.wire;

import com.rabbitmq.client.Channel;
import java.io.IOException;

/**
 * The exchange a Nameko service's events go through: {@code {service}.events}, a durable topic exchange
 * without arguments, declared alike by dispatchers and consumers (a flag that differs from the broker's
 * makes it refuse the declare with {@code 406 PRECONDITION_FAILED}).
 */
public final class EventExchange {
    public static final String TYPE = "topic";

    private EventExchange() {
    }

    /** The exchange name for events of {@code sourceService}. */
    public static String name(String sourceService) {
        return sourceService + ".events";
    }

    /**
     * Declares the exchange as Nameko does.
     *
     * @param autoDelete Nameko's {@code AUTO_DELETE_EVENT_EXCHANGES}, false unless the Python side sets it
     */
    public static void declare(Channel channel, String exchange, boolean autoDelete) throws IOException {
        channel.exchangeDeclare(exchange, TYPE, true, autoDelete, false, null);
    }
}
