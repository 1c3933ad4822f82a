package dev.sfstream.emulator.internal.pubsub;

import dev.sfstream.emulator.internal.events.Topics;
import dev.sfstream.emulator.spi.ChannelDirectory;
import dev.sfstream.emulator.spi.Principal;

/**
 * Which topics Pub/Sub serves: platform events and change events the org knows. PushTopics ({@code /topic/})
 * and generic streaming ({@code /u/}) are not carried by Pub/Sub, so they are not found, as on Salesforce.
 */
final class TopicAccess {
    private final ChannelDirectory channels;
    private final String orgId;

    TopicAccess(ChannelDirectory channels, String orgId) {
        this.channels = channels;
        this.orgId = orgId;
    }

    /** Fails with Salesforce's error unless the topic can be subscribed to. */
    void requireKnown(String topic, Principal user, String rpcId) {
        if (topic == null || topic.isBlank()) {
            throw PubSubErrors.topicEmpty(rpcId);
        }
        boolean served = Topics.isPlatformEvent(topic) || Topics.isChangeEvent(topic);
        if (!served || channels.checkSubscription(topic, user).isPresent()) {
            throw PubSubErrors.topicNotFound(orgId, topic, rpcId);
        }
    }

    static boolean canPublish(String topic) {
        return Topics.isPlatformEvent(topic);
    }
}
