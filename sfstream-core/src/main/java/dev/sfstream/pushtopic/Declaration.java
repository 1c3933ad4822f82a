package dev.sfstream.pushtopic;

/**
 * The outcome of declaring a PushTopic, for the caller to log.
 *
 * @param action created, updated or left unchanged
 * @param id the topic's record id
 * @param spec what was declared
 * @param active whether the topic is active (an existing topic someone deactivated stays inactive and
 *     sends nothing; the declaration does not reactivate it)
 */
public record Declaration(Action action, String id, PushTopicSpec spec, boolean active) {
    /** What declaring a PushTopic did. */
    public enum Action {
        /** The topic did not exist and was created. */
        CREATED,
        /** The topic existed with other values and was updated. */
        UPDATED,
        /** The topic existed with the same values and was left alone. */
        UNCHANGED
    }
}
