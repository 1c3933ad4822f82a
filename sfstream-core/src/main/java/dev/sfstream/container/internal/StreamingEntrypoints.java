package dev.sfstream.container.internal;

import dev.sfstream.annotation.HandleNotification;
import dev.sfstream.annotation.HandleSObjectNotification;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.container.EntrypointMethod;
import dev.sfstream.container.InvalidServiceException;
import dev.sfstream.notification.Notification;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns the three Salesforce entrypoint annotations into {@link StreamingEntrypoint}s, checking their options. */
final class StreamingEntrypoints {
    /** Salesforce's limit on a PushTopic name. */
    static final int MAX_TOPIC_NAME_LENGTH = 25;

    private StreamingEntrypoints() {
    }

    static StreamingEntrypoint of(EntrypointMethod entrypoint) {
        Annotation annotation = entrypoint.annotation();
        if (annotation instanceof Subscribe subscribe) {
            return subscribe(entrypoint, subscribe);
        }
        if (annotation instanceof HandleNotification notification) {
            return handleNotification(entrypoint, notification);
        }
        return handleSObjectNotification(entrypoint, (HandleSObjectNotification) annotation);
    }

    private static StreamingEntrypoint subscribe(EntrypointMethod entrypoint, Subscribe subscribe) {
        String channel = subscribe.value().trim();
        if (!channel.startsWith("/") || channel.startsWith("/meta/") || channel.length() < 2
                || channel.chars().anyMatch(Character::isWhitespace)) {
            throw entrypoint.invalid("'" + subscribe.value() + "' is not a channel; expected /topic/<PushTopic>, "
                    + "/event/<Name>__e, /data/<Object>ChangeEvent, /data/ChangeEvents or /u/<Channel>");
        }
        boolean leading = takesLeadingArguments(entrypoint, "(String channel, Notification notification)", 1);
        return new StreamingEntrypoint(entrypoint, channel, List.of(channel), leading, null);
    }

    private static StreamingEntrypoint handleNotification(EntrypointMethod entrypoint, HandleNotification options) {
        String name = topicName(entrypoint, options.name());
        boolean leading = takesLeadingArguments(entrypoint, "(String name, Notification notification)", 1);
        TopicDeclaration declaration = options.query().isBlank() ? null : new TopicDeclaration(name,
                options.query().trim(), null, null, false, List.of(), options.notifyForFields(),
                options.notifyForOperationCreate(), options.notifyForOperationUpdate(),
                options.notifyForOperationDelete(), options.notifyForOperationUndelete());
        if (declaration != null) {
            try {
                PushTopicSpecs.fromQuery(declaration);
            } catch (IllegalArgumentException rejected) {
                throw entrypoint.invalid(rejected.getMessage());
            }
        }
        return new StreamingEntrypoint(entrypoint, "/topic/" + name, List.of(name), leading, declaration);
    }

    private static StreamingEntrypoint handleSObjectNotification(EntrypointMethod entrypoint,
                                                                 HandleSObjectNotification options) {
        String sobjectType = sobjectType(entrypoint, options);
        String recordType = options.recordType().isBlank() ? null : options.recordType().trim();
        String name = topicName(entrypoint, options.name().isBlank()
                ? sobjectType + (recordType == null ? "" : recordType) : options.name().trim());
        boolean leading = takesLeadingArguments(entrypoint,
                "(String sobjectType, String recordType, Notification notification)", 2);
        TopicDeclaration declaration = !options.declare() ? null : new TopicDeclaration(name, null, sobjectType,
                recordType, options.excludeCurrentUser(), Arrays.stream(options.fields()).map(String::trim).toList(),
                options.notifyForFields(), options.notifyForOperationCreate(), options.notifyForOperationUpdate(),
                options.notifyForOperationDelete(), options.notifyForOperationUndelete());
        return new StreamingEntrypoint(entrypoint, "/topic/" + name, Arrays.asList(sobjectType, recordType), leading,
                declaration);
    }

    private static String sobjectType(EntrypointMethod entrypoint, HandleSObjectNotification options) {
        String value = options.value().trim();
        String named = options.sobjectType().trim();
        if (value.isEmpty() && named.isEmpty()) {
            throw entrypoint.invalid("give the sObject type, e.g. @HandleSObjectNotification(\"Contact\")");
        }
        if (!value.isEmpty() && !named.isEmpty() && !value.equals(named)) {
            throw entrypoint.invalid("value '" + value + "' and sobjectType '" + named + "' disagree; give one");
        }
        String type = value.isEmpty() ? named : value;
        if (!type.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw entrypoint.invalid("'" + type + "' is not an sObject API name");
        }
        return type;
    }

    private static String topicName(EntrypointMethod entrypoint, String name) {
        String trimmed = name.trim();
        if (trimmed.isEmpty() || trimmed.contains("/") || trimmed.chars().anyMatch(Character::isWhitespace)) {
            throw entrypoint.invalid("'" + name + "' is not a PushTopic name (letters, digits and _ only)");
        }
        if (trimmed.length() > MAX_TOPIC_NAME_LENGTH) {
            throw entrypoint.invalid("PushTopic name '" + trimmed + "' is " + trimmed.length()
                    + " characters; Salesforce allows at most " + MAX_TOPIC_NAME_LENGTH + " (set name = \"...\" to shorten it)");
        }
        return trimmed;
    }

    /** Whether the method takes the leading arguments; throws naming the accepted signatures otherwise. */
    private static boolean takesLeadingArguments(EntrypointMethod entrypoint, String fullSignature, int leadingCount) {
        Class<?>[] parameters = entrypoint.method().getParameterTypes();
        if (parameters.length == 1 && parameters[0] == Notification.class) {
            return false;
        }
        boolean full = parameters.length == leadingCount + 1 && parameters[leadingCount] == Notification.class
                && Arrays.stream(parameters, 0, leadingCount).allMatch(type -> type == String.class);
        if (!full) {
            throw entrypoint.invalid("the method takes " + Arrays.stream(parameters).map(Class::getSimpleName)
                    .toList().toString().replace('[', '(').replace(']', ')') + "; it must take " + fullSignature
                    + " or (Notification notification)");
        }
        return true;
    }

    /** Two entrypoints that declare one topic name must declare it the same way. */
    static void requireOneDeclarationPerTopic(List<StreamingEntrypoint> entrypoints) {
        Map<String, StreamingEntrypoint> byName = new HashMap<>();
        for (StreamingEntrypoint entrypoint : entrypoints) {
            TopicDeclaration declaration = entrypoint.declaration();
            if (declaration == null) {
                continue;
            }
            StreamingEntrypoint earlier = byName.putIfAbsent(declaration.name(), entrypoint);
            if (earlier != null && !earlier.declaration().equals(declaration)) {
                throw new InvalidServiceException(entrypoint.method().describe() + " and "
                        + earlier.method().describe() + " declare PushTopic '" + declaration.name()
                        + "' differently; give one of them another name or the same options");
            }
        }
    }
}
