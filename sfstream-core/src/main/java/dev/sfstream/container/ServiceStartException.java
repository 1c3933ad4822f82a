package dev.sfstream.container;

/**
 * A service could not start. The message names the service and the step that failed (logging in,
 * declaring a PushTopic, subscribing, starting a dependency); everything already started was stopped.
 */
public class ServiceStartException extends RuntimeException {
    public ServiceStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
