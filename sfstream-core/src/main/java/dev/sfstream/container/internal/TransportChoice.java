package dev.sfstream.container.internal;

import dev.sfstream.annotation.Transport;
import dev.sfstream.streaming.StreamingSession;
import java.util.Locale;

/**
 * Which transport carries an entrypoint's channel: the method's {@link Transport}, else
 * {@code SALESFORCE.TRANSPORT} for channels the Pub/Sub API carries; PushTopics ({@code /topic/}) and generic
 * streaming ({@code /u/}) stay on CometD.
 */
final class TransportChoice {
    static final String PUBSUB = "pubsub";

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
        if (!asked.isEmpty()) {
            return asked;
        }
        return legacy ? StreamingSession.COMETD : configured;
    }
}
