package dev.sfstream.rest;

/**
 * One entry of the org's limits, e.g. {@code DailyApiRequests}.
 *
 * @param max the allocation
 * @param remaining how much is left
 */
public record Limit(long max, long remaining) {
}
