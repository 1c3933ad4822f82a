package dev.sfstream.amqp.handler;

/** An {@link EventHandler} is declared with options that cannot work together; the message names the method. */
public class EventHandlerConfigurationException extends IllegalArgumentException {
    public EventHandlerConfigurationException(String message) {
        super(message);
    }
}
