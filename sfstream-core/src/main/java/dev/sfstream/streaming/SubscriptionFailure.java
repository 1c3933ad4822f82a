package dev.sfstream.streaming;

/**
 * A channel subscription that was stopped because Salesforce refused it for a reason retrying cannot fix
 * (unknown channel, no access, expired replay id with fallback {@code fail}).
 *
 * @param channel the channel
 * @param error Salesforce's error string, e.g. {@code 400::The channel you requested to subscribe to does not exist {/topic/X}}
 * @param explanation what it means and what to do
 */
public record SubscriptionFailure(String channel, String error, String explanation) {
}
