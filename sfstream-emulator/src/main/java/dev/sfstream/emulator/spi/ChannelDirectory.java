package dev.sfstream.emulator.spi;

import java.util.Optional;
import java.util.Set;

/**
 * Tells the Bayeux side whether a channel may be subscribed to; implemented by the REST side,
 * which knows the PushTopics, event types, CDC entities and StreamingChannels.
 */
public interface ChannelDirectory {
    /**
     * Checks a subscription.
     *
     * @param channel the subscription string without any {@code ?filter} part
     * @param user the subscribing user
     * @return empty when allowed, else the exact Bayeux error string, e.g.
     *     {@code 400::The channel you requested to subscribe to does not exist {/topic/X}}
     */
    Optional<String> checkSubscription(String channel, Principal user);

    /**
     * The fields a filtered subscription ({@code /topic/X?Field=value}) may name on a channel; Salesforce
     * wants each filter field in the PushTopic's query. A field named outside this set (compared ignoring
     * case) refuses the subscription with {@code 400::Query fields {Field} do not exist on the topic entity}.
     *
     * @param channel the subscription string without its {@code ?filter} part, e.g. {@code /topic/X}
     * @return the allowed field names, or empty when the directory does not know them (nothing is refused)
     */
    default Optional<Set<String>> filterableFields(String channel) {
        return Optional.empty();
    }
}
