package dev.sfstream.emulator.internal.pubsub;

import dev.sfstream.emulator.ManagedSubscription;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * A managed subscription's configuration from JSON fields, as the control API and the Tooling API's
 * {@code Metadata} give them: {@code topicName}, {@code defaultReplay}, {@code errorRecoveryReplay}, {@code state}.
 */
public final class ManagedSubscriptionFields {
    private ManagedSubscriptionFields() {
    }

    /**
     * The configuration the fields describe; a field left out keeps {@code current}'s value (or the default when
     * {@code current} is null).
     *
     * @throws IllegalArgumentException naming the field whose value is missing, unknown or would change the topic
     */
    public static ManagedSubscription configure(String developerName, Map<?, ?> fields, ManagedSubscription current) {
        Object topic = fields.get("topicName");
        if (current != null && topic != null && !topic.equals(current.topicName())) {
            throw new IllegalArgumentException("topicName: the topic of managed subscription " + developerName
                    + " is " + current.topicName() + " and cannot change to " + topic);
        }
        if (current == null && !(topic instanceof String)) {
            throw new IllegalArgumentException("topicName: required, e.g. /event/Order__e");
        }
        ManagedSubscription base = current != null ? current : ManagedSubscription.of(developerName, (String) topic);
        return base.withDefaultReplay(choice(fields, "defaultReplay", ManagedSubscription.Start.class,
                        base.defaultReplay()))
                .withErrorRecoveryReplay(choice(fields, "errorRecoveryReplay", ManagedSubscription.Start.class,
                        base.errorRecoveryReplay()))
                .withState(choice(fields, "state", ManagedSubscription.State.class, base.state()));
    }

    private static <E extends Enum<E>> E choice(Map<?, ?> fields, String key, Class<E> type, E fallback) {
        Object value = fields.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, String.valueOf(value).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", got " + value, e);
        }
    }
}
