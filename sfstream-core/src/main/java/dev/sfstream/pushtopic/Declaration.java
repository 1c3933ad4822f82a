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
public record Declaration(DeclareAction action, String id, PushTopicSpec spec, boolean active) {
}
