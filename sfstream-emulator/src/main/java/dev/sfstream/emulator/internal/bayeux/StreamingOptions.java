package dev.sfstream.emulator.internal.bayeux;

/**
 * Settings of the emulator's Bayeux side.
 *
 * @param currentApiVersion the version quoted in URI-format hints, e.g. {@code 65.0}
 * @param minimumApiVersion the lowest API version accepted on {@code /cometd/{v}}
 * @param strictCookies answer {@code 403::Unknown client} when the affinity cookies are not sent back
 * @param concurrentClientLimit the most concurrent Bayeux sessions; 0 means unlimited
 * @param dailyDeliveryLimit the most events delivered per rolling 24 h window; 0 means unlimited
 * @param clientIdOnDeliveries whether event deliveries carry the subscriber's {@code clientId}
 * @param maxRequestBytes the largest accepted request body
 * @param maxRetainedPerChannel the most events a channel retains; the oldest are purged beyond it (Salesforce
 *     has no such cap, but an emulator under a long load test must keep its memory flat)
 * @param eventsOnAnyReply whether queued events may also ride on the replies to subscribe, unsubscribe and
 *     other non-handshake requests (allowed by Bayeux); by default they come only on {@code /meta/connect} replies
 * @param maxEventsPerReply the most events one reply carries; a larger backlog (a replay of every retained
 *     event, say) goes out over the following connects, in order, with newer events queued behind it
 * @param maxBytesPerReply the most event JSON bytes one reply carries (a reply always carries at least one event)
 */
public record StreamingOptions(
        String currentApiVersion,
        double minimumApiVersion,
        boolean strictCookies,
        int concurrentClientLimit,
        long dailyDeliveryLimit,
        boolean clientIdOnDeliveries,
        int maxRequestBytes,
        int maxRetainedPerChannel,
        boolean eventsOnAnyReply,
        int maxEventsPerReply,
        long maxBytesPerReply) {

    /** The default cap on retained events per channel: room for the 100,000-event catch-up benchmark. */
    public static final int DEFAULT_MAX_RETAINED_PER_CHANNEL = 250_000;
    /** The default cap on events per reply. */
    public static final int DEFAULT_MAX_EVENTS_PER_REPLY = 1_000;
    /** The default cap on event bytes per reply: well below the 10 MiB clients accept per message. */
    public static final long DEFAULT_MAX_BYTES_PER_REPLY = 4L * 1024 * 1024;

    public StreamingOptions {
        if (currentApiVersion == null || currentApiVersion.isBlank()) {
            throw new IllegalArgumentException("currentApiVersion must be set, e.g. 65.0");
        }
        if (concurrentClientLimit < 0) {
            throw new IllegalArgumentException("concurrentClientLimit must be >= 0, got " + concurrentClientLimit);
        }
        if (dailyDeliveryLimit < 0) {
            throw new IllegalArgumentException("dailyDeliveryLimit must be >= 0, got " + dailyDeliveryLimit);
        }
        if (maxRequestBytes <= 0) {
            throw new IllegalArgumentException("maxRequestBytes must be > 0, got " + maxRequestBytes);
        }
        if (maxRetainedPerChannel <= 0) {
            throw new IllegalArgumentException("maxRetainedPerChannel must be > 0, got " + maxRetainedPerChannel);
        }
        if (maxEventsPerReply <= 0) {
            throw new IllegalArgumentException("maxEventsPerReply must be > 0, got " + maxEventsPerReply);
        }
        if (maxBytesPerReply <= 0) {
            throw new IllegalArgumentException("maxBytesPerReply must be > 0, got " + maxBytesPerReply);
        }
    }

    /** Salesforce's behaviour: API 37.0 and later, lenient cookies, no limits, 32,768-byte bodies. */
    public static StreamingOptions defaults() {
        return new StreamingOptions("65.0", 37.0, false, 0, 0, false, 32_768, DEFAULT_MAX_RETAINED_PER_CHANNEL, false,
                DEFAULT_MAX_EVENTS_PER_REPLY, DEFAULT_MAX_BYTES_PER_REPLY);
    }

    public StreamingOptions withStrictCookies(boolean strict) {
        return new StreamingOptions(currentApiVersion, minimumApiVersion, strict, concurrentClientLimit,
                dailyDeliveryLimit, clientIdOnDeliveries, maxRequestBytes, maxRetainedPerChannel, eventsOnAnyReply,
                maxEventsPerReply, maxBytesPerReply);
    }

    public StreamingOptions withConcurrentClientLimit(int limit) {
        return new StreamingOptions(currentApiVersion, minimumApiVersion, strictCookies, limit,
                dailyDeliveryLimit, clientIdOnDeliveries, maxRequestBytes, maxRetainedPerChannel, eventsOnAnyReply,
                maxEventsPerReply, maxBytesPerReply);
    }

    public StreamingOptions withDailyDeliveryLimit(long limit) {
        return new StreamingOptions(currentApiVersion, minimumApiVersion, strictCookies, concurrentClientLimit,
                limit, clientIdOnDeliveries, maxRequestBytes, maxRetainedPerChannel, eventsOnAnyReply,
                maxEventsPerReply, maxBytesPerReply);
    }

    public StreamingOptions withClientIdOnDeliveries(boolean include) {
        return new StreamingOptions(currentApiVersion, minimumApiVersion, strictCookies, concurrentClientLimit,
                dailyDeliveryLimit, include, maxRequestBytes, maxRetainedPerChannel, eventsOnAnyReply,
                maxEventsPerReply, maxBytesPerReply);
    }

    public StreamingOptions withMaxRetainedPerChannel(int max) {
        return new StreamingOptions(currentApiVersion, minimumApiVersion, strictCookies, concurrentClientLimit,
                dailyDeliveryLimit, clientIdOnDeliveries, maxRequestBytes, max, eventsOnAnyReply,
                maxEventsPerReply, maxBytesPerReply);
    }

    public StreamingOptions withEventsOnAnyReply(boolean any) {
        return new StreamingOptions(currentApiVersion, minimumApiVersion, strictCookies, concurrentClientLimit,
                dailyDeliveryLimit, clientIdOnDeliveries, maxRequestBytes, maxRetainedPerChannel, any,
                maxEventsPerReply, maxBytesPerReply);
    }

    /** The settings with at most {@code max} events per reply. */
    public StreamingOptions withMaxEventsPerReply(int max) {
        return new StreamingOptions(currentApiVersion, minimumApiVersion, strictCookies, concurrentClientLimit,
                dailyDeliveryLimit, clientIdOnDeliveries, maxRequestBytes, maxRetainedPerChannel, eventsOnAnyReply,
                max, maxBytesPerReply);
    }

    /** The settings with at most {@code max} event bytes per reply. */
    public StreamingOptions withMaxBytesPerReply(long max) {
        return new StreamingOptions(currentApiVersion, minimumApiVersion, strictCookies, concurrentClientLimit,
                dailyDeliveryLimit, clientIdOnDeliveries, maxRequestBytes, maxRetainedPerChannel, eventsOnAnyReply,
                maxEventsPerReply, max);
    }
}
