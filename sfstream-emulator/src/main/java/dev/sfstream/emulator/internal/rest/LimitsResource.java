package dev.sfstream.emulator.internal.rest;

import dev.sfstream.emulator.internal.notify.PlatformEventPublisher;
import dev.sfstream.emulator.internal.records.OrgStore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code limits/}: Developer Edition allocations. API requests, published platform events and PushTopic
 * records are counted; the streaming delivery counters are enforced by the Bayeux side, not mirrored here.
 */
final class LimitsResource {
    private final ApiUsage usage;
    private final PlatformEventPublisher events;
    private final OrgStore store;

    LimitsResource(ApiUsage usage, PlatformEventPublisher events, OrgStore store) {
        this.usage = usage;
        this.events = events;
        this.store = store;
    }

    RestResult handle(RestCall call) {
        if (!call.method().equals("GET")) {
            throw MethodNotAllowed.of(call.method(), "GET,HEAD");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("DailyApiRequests", limit(usage.max(), usage.max() - usage.used()));
        body.put("DailyStreamingApiEvents", limit(10_000, 10_000));
        body.put("DailyDurableStreamingApiEvents", limit(10_000, 10_000));
        body.put("DailyGenericStreamingApiEvents", limit(10_000, 10_000));
        body.put("DailyDurableGenericStreamingApiEvents", limit(10_000, 10_000));
        body.put("StreamingApiConcurrentClients", limit(20, 20));
        body.put("DurableStreamingApiConcurrentClients", limit(20, 20));
        body.put("DailyDeliveredPlatformEvents", limit(10_000, 10_000));
        long published = events.publishedCount();
        body.put("HourlyPublishedPlatformEvents", limit(50_000, Math.max(0, 50_000 - published)));
        body.put("HourlyPublishedStandardVolumePlatformEvents", limit(1_000, 1_000));
        body.put("DailyStandardVolumePlatformEvents", limit(10_000, 10_000));
        body.put("MonthlyPlatformEventsUsageEntitlement", limit(0, 0));
        int topics = store.list("PushTopic", false).size();
        body.put("PushTopics", limit(40, Math.max(0, 40 - topics)));
        return RestResult.ok(body);
    }

    private static Map<String, Object> limit(long max, long remaining) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("Max", max);
        entry.put("Remaining", remaining);
        return entry;
    }
}
