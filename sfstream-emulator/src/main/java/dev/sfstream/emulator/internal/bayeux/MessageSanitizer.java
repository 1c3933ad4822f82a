package dev.sfstream.emulator.internal.bayeux;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;

/**
 * Makes incoming Bayeux messages safe for CometD, which assumes well-typed fields: a channel that is not
 * a string or names an unknown meta channel refuses the request; known fields of the wrong JSON type
 * ({@code advice}, {@code ext}, {@code clientId}, {@code id}) are dropped, as if they were never sent.
 */
final class MessageSanitizer {
    private static final Set<String> META_CHANNELS = Set.of("/meta/handshake", "/meta/connect", "/meta/subscribe",
            "/meta/unsubscribe", "/meta/disconnect");

    private MessageSanitizer() {
    }

    /** Cleans {@code messages} in place; returns the error for the whole request, if it must be refused. */
    static Optional<String> clean(ArrayNode messages) {
        for (JsonNode node : messages) {
            ObjectNode message = (ObjectNode) node;
            JsonNode channel = message.get("channel");
            if (channel == null || !channel.isTextual() || channel.asText().isEmpty()) {
                return Optional.of("400::Channel name not specified");
            }
            String name = channel.asText();
            if (!name.startsWith("/")) {
                return Optional.of("400::Channel names must start with a leading '/'");
            }
            if (name.startsWith("/meta/") && !META_CHANNELS.contains(name)) {
                return Optional.of("400::Unknown meta channel " + name);
            }
            dropUnless(message, "advice", JsonNode::isObject);
            dropUnless(message, "ext", JsonNode::isObject);
            dropUnless(message, "clientId", JsonNode::isTextual);
            dropUnless(message, "id", value -> value.isTextual() || value.isIntegralNumber());
            if (message.get("advice") instanceof ObjectNode advice) {
                dropUnless(advice, "timeout", JsonNode::isIntegralNumber);
                dropUnless(advice, "interval", JsonNode::isIntegralNumber);
            }
        }
        return Optional.empty();
    }

    private static void dropUnless(ObjectNode message, String field, java.util.function.Predicate<JsonNode> wellTyped) {
        JsonNode value = message.get(field);
        if (value != null && !value.isNull() && !wellTyped.test(value)) {
            message.remove(field);
        }
    }
}
