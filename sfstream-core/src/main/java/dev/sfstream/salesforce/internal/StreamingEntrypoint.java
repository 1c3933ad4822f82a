package dev.sfstream.salesforce.internal;

import dev.sfstream.container.EntrypointMethod;
import dev.sfstream.notification.Notification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A Salesforce entrypoint ready to run: its channel, the arguments that precede the notification (the
 * original's tuples: channel; topic name; sObject type and record type), whether the method takes them,
 * and the PushTopic to declare, if any.
 *
 * @param method the method and annotation
 * @param channel the channel subscribed, e.g. {@code /topic/ContactStudent}
 * @param leadingArguments what precedes the notification in the original's argument tuple
 * @param takesLeadingArguments false when the method takes only the notification
 * @param declaration the PushTopic declared at start, or null to only subscribe
 */
public record StreamingEntrypoint(EntrypointMethod method, String channel, List<Object> leadingArguments,
                                  boolean takesLeadingArguments, TopicDeclaration declaration) {
    public StreamingEntrypoint {
        leadingArguments = Collections.unmodifiableList(new ArrayList<>(leadingArguments));
    }

    /** The arguments to call the method with for one notification. */
    public List<Object> arguments(Notification notification) {
        if (!takesLeadingArguments || leadingArguments.isEmpty()) {
            return List.of(notification);
        }
        Object[] arguments = leadingArguments.toArray(new Object[leadingArguments.size() + 1]);
        arguments[leadingArguments.size()] = notification;
        return Arrays.asList(arguments);
    }
}
