package dev.sfstream.delivery;

/**
 * How events that concern no particular record (platform events, generic events) are ordered. Events of
 * one record (PushTopic {@code sobject.Id}, CDC {@code recordIds}) are always handled in order.
 */
public enum EventOrdering {
    /** Run in parallel, up to the worker limit. */
    PARALLEL,
    /** Handle the events of one channel one after the other, in replay order. */
    CHANNEL
}
