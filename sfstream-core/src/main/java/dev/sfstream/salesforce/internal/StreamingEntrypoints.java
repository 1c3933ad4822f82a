package dev.sfstream.salesforce.internal;

import dev.sfstream.annotation.HandleNotification;
import dev.sfstream.annotation.HandleSObjectNotification;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.container.EntrypointMethod;
import dev.sfstream.container.InvalidServiceException;
import dev.sfstream.notification.Notification;
import dev.sfstream.pushtopic.NotifyFor;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** Turns the three Salesforce entrypoint annotations into {@link StreamingEntrypoint}s, checking their options. */
final class StreamingEntrypoints {
    /** Salesforce's limit on a PushTopic name. */
    static final int MAX_TOPIC_NAME_LENGTH = 25;

    private StreamingEntrypoints() {
    }

    /** The entrypoint of one annotation, each of its texts passed through {@code placeholders} first. */
    static StreamingEntrypoint of(EntrypointMethod entrypoint, UnaryOperator<String> placeholders) {
        Annotation annotation = entrypoint.annotation();
        UnaryOperator<String> texts = text -> resolve(entrypoint, placeholders, text);
        if (annotation instanceof Subscribe subscribe) {
            return subscribe(entrypoint, subscribe, texts);
        }
        if (annotation instanceof HandleNotification notification) {
            return handleNotification(entrypoint, notification, texts);
        }
        return handleSObjectNotification(entrypoint, (HandleSObjectNotification) annotation, texts);
    }

    private static String resolve(EntrypointMethod entrypoint, UnaryOperator<String> placeholders, String text) {
        try {
            return Objects.requireNonNull(placeholders.apply(text), "the resolved text");
        } catch (RuntimeException unresolved) {
            throw entrypoint.invalid("cannot resolve '" + text + "': " + unresolved.getMessage());
        }
    }

    private static StreamingEntrypoint subscribe(EntrypointMethod entrypoint, Subscribe subscribe,
                                                 UnaryOperator<String> texts) {
        String value = texts.apply(subscribe.value());
        String channel = value.trim();
        if (!channel.startsWith("/") || channel.startsWith("/meta/") || channel.length() < 2
                || channel.chars().anyMatch(Character::isWhitespace)) {
            throw entrypoint.invalid("'" + value + "' is not a channel; expected /topic/<PushTopic>, "
                    + "/event/<Name>__e, /data/<Object>ChangeEvent, /data/ChangeEvents or /u/<Channel>");
        }
        boolean leading = takesLeadingArguments(entrypoint, "(String channel, Notification notification)", 1);
        return new StreamingEntrypoint(entrypoint, channel, List.of(channel), leading, null);
    }

    private static StreamingEntrypoint handleNotification(EntrypointMethod entrypoint, HandleNotification options,
                                                          UnaryOperator<String> texts) {
        String name = topicName(entrypoint, texts.apply(options.name()));
        String query = texts.apply(options.query());
        boolean leading = takesLeadingArguments(entrypoint, "(String name, Notification notification)", 1);
        TopicDeclaration declaration = query.isBlank() ? null : new TopicDeclaration(name,
                query.trim(), null, null, false, List.of(), new NotifyFor(options.notifyForFields(),
                options.notifyForOperationCreate(), options.notifyForOperationUpdate(),
                options.notifyForOperationDelete(), options.notifyForOperationUndelete()));
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
                                                                 HandleSObjectNotification options,
                                                                 UnaryOperator<String> texts) {
        String sobjectType = sobjectType(entrypoint, options, texts);
        String recordTypeText = texts.apply(options.recordType());
        String recordType = recordTypeText.isBlank() ? null : recordTypeText.trim();
        String nameText = texts.apply(options.name());
        String name = topicName(entrypoint, nameText.isBlank()
                ? sobjectType + (recordType == null ? "" : recordType) : nameText.trim());
        boolean leading = takesLeadingArguments(entrypoint,
                "(String sobjectType, String recordType, Notification notification)", 2);
        TopicDeclaration declaration = !options.declare() ? null : new TopicDeclaration(name, null, sobjectType,
                recordType, options.excludeCurrentUser(), Arrays.stream(options.fields()).map(texts).map(String::trim).toList(),
                new NotifyFor(options.notifyForFields(), options.notifyForOperationCreate(),
                        options.notifyForOperationUpdate(), options.notifyForOperationDelete(),
                        options.notifyForOperationUndelete()));
        return new StreamingEntrypoint(entrypoint, "/topic/" + name, Arrays.asList(sobjectType, recordType), leading,
                declaration);
    }

    private static String sobjectType(EntrypointMethod entrypoint, HandleSObjectNotification options,
                                      UnaryOperator<String> texts) {
        String value = texts.apply(options.value()).trim();
        String named = texts.apply(options.sobjectType()).trim();
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
