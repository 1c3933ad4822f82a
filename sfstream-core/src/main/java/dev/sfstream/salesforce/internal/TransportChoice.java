package dev.sfstream.salesforce.internal;

import dev.sfstream.annotation.Transport;
import dev.sfstream.streaming.StreamingSession;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which transport carries an entrypoint's channel: the method's {@link Transport}, else
 * {@code SALESFORCE.TRANSPORT} for channels the Pub/Sub API carries; PushTopics ({@code /topic/}) and generic
 * streaming ({@code /u/}) stay on CometD.
 */
final class TransportChoice {
    static final String PUBSUB = "pubsub";
    /** The Pub/Sub transport's option naming a channel's managed subscription, followed by the channel. */
    static final String MANAGED_OPTION = "PUBSUB_MANAGED_SUBSCRIPTION:";

    private TransportChoice() {
    }

    /**
     * @throws dev.sfstream.container.InvalidServiceException naming the class, method, annotation and channel when
     *     the entrypoint asks for Pub/Sub on a channel it does not carry, or for an unknown transport
     */
    static String of(StreamingEntrypoint entrypoint, String configured) {
        Transport chosen = entrypoint.method().method().getAnnotation(Transport.class);
        String asked = chosen == null ? "" : chosen.value().trim().toLowerCase(Locale.ROOT);
        String channel = entrypoint.channel();
        boolean legacy = channel.startsWith("/topic/") || channel.startsWith("/u/");
        if (!asked.isEmpty() && !asked.equals(PUBSUB) && !asked.equals(StreamingSession.COMETD)) {
            throw entrypoint.method().invalid("@Transport must be 'cometd' or 'pubsub', got '" + asked + "'");
        }
        if (asked.equals(PUBSUB) && legacy) {
            throw entrypoint.method().invalid("@Transport(\"pubsub\") cannot carry channel " + channel
                    + ": the Pub/Sub API carries no PushTopic or generic streaming channels; use @Transport(\"cometd\")");
        }
        String transport = !asked.isEmpty() ? asked : legacy ? StreamingSession.COMETD : configured;
        if (managedSubscription(entrypoint) != null && !transport.equals(PUBSUB)) {
            throw entrypoint.method().invalid("@Transport(managedSubscription = \"" + managedSubscription(entrypoint)
                    + "\") needs the pubsub transport, but channel " + channel + " goes over " + transport
                    + "; use @Transport(value = \"pubsub\", managedSubscription = ...)");
        }
        return transport;
    }

    /** The managed subscription the entrypoint's {@link Transport} names; null for none. */
    static String managedSubscription(StreamingEntrypoint entrypoint) {
        Transport chosen = entrypoint.method().method().getAnnotation(Transport.class);
        return chosen == null || chosen.managedSubscription().isBlank() ? null : chosen.managedSubscription().trim();
    }

    /**
     * The Pub/Sub transport's options for the managed subscriptions of these entrypoints, one per channel.
     *
     * @throws dev.sfstream.container.InvalidServiceException when two entrypoints of one channel name different ones
     */
    static Map<String, String> managedOptions(List<StreamingEntrypoint> entrypoints) {
        Map<String, String> options = new TreeMap<>();
        Map<String, StreamingEntrypoint> named = new TreeMap<>();
        for (StreamingEntrypoint entrypoint : entrypoints) {
            String managed = managedSubscription(entrypoint);
            StreamingEntrypoint other = named.get(entrypoint.channel());
            String before = other == null ? null : managedSubscription(other);
            if (other != null && !java.util.Objects.equals(before, managed)) {
                throw entrypoint.method().invalid("channel " + entrypoint.channel() + " is subscribed with managed"
                        + " subscription " + (managed == null ? "none" : managed) + " here but with "
                        + (before == null ? "none" : before) + " by " + other.method().name()
                        + "; one channel has one subscription: name the same managed subscription on each");
            }
            named.put(entrypoint.channel(), entrypoint);
            if (managed != null) {
                options.put(MANAGED_OPTION + entrypoint.channel(), managed);
            }
        }
        return options;
    }
}
