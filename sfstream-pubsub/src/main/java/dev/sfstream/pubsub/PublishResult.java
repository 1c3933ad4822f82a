package dev.sfstream.pubsub;

import java.util.Optional;

/**
 * What became of one published event.
 *
 * @param id the event's id: Pub/Sub's correlation key (the event's UUID), or the REST save result id
 * @param replayId the event's replay id when published over Pub/Sub, else null
 * @param failure why Salesforce refused this event, or null when it was published
 */
public record PublishResult(String id, Long replayId, PublishFailure failure) {
    public boolean succeeded() {
        return failure == null;
    }

    public Optional<PublishFailure> failed() {
        return Optional.ofNullable(failure);
    }

    /** This result, or {@link EventPublishException} when the event was refused. */
    public PublishResult orThrow() {
        if (failure != null) {
            throw new EventPublishException("Salesforce refused event " + id + ": " + failure.code() + ": "
                    + failure.message(), null);
        }
        return this;
    }
}
