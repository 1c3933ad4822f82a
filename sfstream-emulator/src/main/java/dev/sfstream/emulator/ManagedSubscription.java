package dev.sfstream.emulator;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A managed event subscription of the Pub/Sub API, as Salesforce's {@code ManagedEventSubscription} configures
 * it: a developer name, the topic, where a first subscription starts ({@code defaultReplay}), where one whose
 * committed replay id is no longer valid resumes ({@code errorRecoveryReplay}), and whether it runs.
 */
public record ManagedSubscription(String developerName, String topicName, Start defaultReplay,
                                  Start errorRecoveryReplay, State state) {
    /** Salesforce's rule for developer names: a letter first, letters, digits and single underscores, no trailing one. */
    private static final Pattern DEVELOPER_NAME = Pattern.compile("[A-Za-z](?:[A-Za-z0-9]|_(?!_))*(?<!_)");

    /** Where a managed subscription starts when it has no usable committed replay id. */
    public enum Start { LATEST, EARLIEST }

    /** {@code RUN} serves the subscription; {@code STOP} refuses it. */
    public enum State { RUN, STOP }

    public ManagedSubscription {
        Objects.requireNonNull(developerName, "developerName");
        if (!DEVELOPER_NAME.matcher(developerName).matches()) {
            throw new IllegalArgumentException("developerName '" + developerName + "' must begin with a letter and"
                    + " hold only letters, digits and single underscores, not ending with one");
        }
        if (topicName == null || !(topicName.startsWith("/event/") || topicName.startsWith("/data/"))) {
            throw new IllegalArgumentException("topicName of managed subscription " + developerName
                    + " must be a /event/ or /data/ topic, got " + topicName);
        }
        Objects.requireNonNull(defaultReplay, "defaultReplay");
        Objects.requireNonNull(errorRecoveryReplay, "errorRecoveryReplay");
        Objects.requireNonNull(state, "state");
    }

    /** A running subscription of {@code topicName} that starts {@code LATEST}, as Salesforce's defaults are. */
    public static ManagedSubscription of(String developerName, String topicName) {
        return new ManagedSubscription(developerName, topicName, Start.LATEST, Start.LATEST, State.RUN);
    }

    public ManagedSubscription withDefaultReplay(Start value) {
        return new ManagedSubscription(developerName, topicName, value, errorRecoveryReplay, state);
    }

    public ManagedSubscription withErrorRecoveryReplay(Start value) {
        return new ManagedSubscription(developerName, topicName, defaultReplay, value, state);
    }

    public ManagedSubscription withState(State value) {
        return new ManagedSubscription(developerName, topicName, defaultReplay, errorRecoveryReplay, value);
    }
}
