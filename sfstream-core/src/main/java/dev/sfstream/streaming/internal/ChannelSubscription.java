package dev.sfstream.streaming.internal;

import java.time.Instant;

/** One subscribed channel: what the CometD transport knows about it. */
final class ChannelSubscription {
    private final String channel;
    private volatile boolean active = true;
    private volatile Long fallbackStart;
    private volatile Long requestedStart;
    private volatile boolean replayingForGap;
    private volatile Instant newSince;
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

    /** The start position chosen by the replay fallback, used until the channel has a watermark again. */
    Long fallbackStart() {
        return fallbackStart;
    }

    void fallBackTo(long start) {
        fallbackStart = start;
        newSince = null;
    }

    /** When the channel's "new events only" start began, allowance included; null before it did. */
    Instant newSince() {
        return newSince;
    }

    void startNewOnly(Instant since) {
        newSince = since;
    }

    /** Whether the latest subscribe asked for every retained event to cover events missed before the first. */
    boolean replayingForGap() {
        return replayingForGap;
    }

    /** The replay id sent with the latest subscribe request. */
    Long requestedStart() {
        return requestedStart;
    }

    void requested(long start, boolean forGap) {
        requestedStart = start;
        replayingForGap = forGap;
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
