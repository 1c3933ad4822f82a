package dev.sfstream.streaming.internal;

import dev.sfstream.replay.SessionReplay.Start;
import java.time.Instant;

/** One subscribed channel: what the CometD transport knows about it. */
final class ChannelSubscription {
    private final String channel;
    private volatile boolean active = true;
    private volatile Start start;
    /** Epoch milliseconds of the latest event, 0 before the first: kept as a number so events allocate nothing. */
    private volatile long lastEventMillis;
    private volatile boolean subscribed;

    ChannelSubscription(String channel) {
        this.channel = channel;
    }

    String channel() {
        return channel;
    }

    boolean isActive() {
        return active;
    }

    /** Whether Salesforce accepted the latest subscribe request on the current connection. */
    boolean isSubscribed() {
        return subscribed;
    }

    void subscribed(boolean value) {
        subscribed = value;
    }

    /** Stops subscribing this channel, after Salesforce refused it for good. */
    void deactivate() {
        active = false;
    }

    /** Where the latest subscribe request started (the replay side decides); null before the first. */
    Start start() {
        return start;
    }

    /** The replay id sent with the latest subscribe request; null before the first. */
    Long requestedStart() {
        Start latest = start;
        return latest == null ? null : ReplayExtension.replayIdOf(latest);
    }

    void requested(Start value) {
        start = value;
    }

    Instant lastEventAt() {
        long millis = lastEventMillis;
        return millis == 0 ? null : Instant.ofEpochMilli(millis);
    }

    void eventReceived(long epochMillis) {
        lastEventMillis = epochMillis;
    }

    /** The channel without any {@code ?filter} part: the key of {@code ext.replay}. */
    static String withoutFilter(String subscription) {
        int query = subscription.indexOf('?');
        return query < 0 ? subscription : subscription.substring(0, query);
    }
}
