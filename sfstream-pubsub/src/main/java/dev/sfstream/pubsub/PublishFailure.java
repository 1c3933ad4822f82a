package dev.sfstream.pubsub;

/**
 * Why Salesforce refused one event.
 *
 * @param code Pub/Sub's error code ({@code PUBLISH}, ...) or the REST error code (e.g. {@code INVALID_FIELD})
 * @param message Salesforce's message
 */
public record PublishFailure(String code, String message) {
}
