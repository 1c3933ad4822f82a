package dev.sfstream.pubsub;

import dev.sfstream.failure.SfstreamException;

/** A publish call failed as a whole (no access, unknown topic, Salesforce unreachable), or an event was refused. */
public class EventPublishException extends SfstreamException {
    public EventPublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
