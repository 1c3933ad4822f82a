package dev.sfstream.pubsub;

import dev.sfstream.failure.SfstreamException;

/** A publish call failed as a whole (no access, unknown event, Salesforce unreachable), or a refused event's {@link PublishResult#orThrow()}. */
public class EventPublishException extends SfstreamException {
    public EventPublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
