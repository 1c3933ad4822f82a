package dev.sfstream.emulator.spi;

import java.util.Optional;

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
     *     {@code 400::The channel you requested to subscribe to does not exist /topic/X}
     */
    Optional<String> checkSubscription(String channel, Principal user);
}
