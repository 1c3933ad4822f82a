package dev.sfstream.emulator.internal.bayeux;

/** What a bulk publish produced: {@code count} events on {@code channel}, with these first and last replay ids. */
public record PublishedRange(String channel, int count, long firstReplayId, long lastReplayId) {
}
