package dev.sfstream.events;

/** An event could not be published, or the broker did not confirm it. */
public class EventDispatchException extends RuntimeException {
    public EventDispatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
