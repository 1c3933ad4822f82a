package dev.sfstream.pushtopic;

/** What declaring a PushTopic did. */
public enum DeclareAction {
    /** The topic did not exist and was created. */
    CREATED,
    /** The topic existed with other values and was updated. */
    UPDATED,
    /** The topic existed with the same values and was left alone. */
    UNCHANGED
}
