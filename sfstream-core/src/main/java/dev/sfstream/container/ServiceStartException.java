package dev.sfstream.container;

import dev.sfstream.failure.SfstreamException;

/**
 * A service could not start. The message names the service and the step that failed (logging in,
 * declaring a PushTopic, subscribing, starting a dependency); everything already started was stopped.
 */
public class ServiceStartException extends SfstreamException {
    public ServiceStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
