package dev.sfstream.delivery.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The pipeline's Micrometer counters, tagged with the service and, per channel, the channel. */
public final class DeliveryMetrics {
    private final MeterRegistry registry;
    private final Tags serviceTags;
    private final Map<String, Channel> channels = new ConcurrentHashMap<>();

    /**
     * @param serviceTags the tags every meter carries, e.g. {@code service}
     */
    public DeliveryMetrics(MeterRegistry registry, Tags serviceTags) {
        this.registry = registry;
        this.serviceTags = serviceTags;
    }

    /** The counters of one channel. */
    Channel of(String channel) {
        Channel counters = channels.get(channel);
        return counters != null ? counters : channels.computeIfAbsent(channel, Channel::new);
    }

    /** One channel's counters. */
    final class Channel {
        final Counter received;
        final Counter duplicates;
        final Counter handled;
        final Counter failed;
        final Counter held;
        final Counter deadLettered;

        private Channel(String channel) {
            Tags tags = serviceTags.and("channel", channel);
            received = counter("sfstream.events.received", "events received from Salesforce", tags);
            duplicates = counter("sfstream.events.duplicates", "events received again (replay overlap) and skipped",
                    tags);
            handled = counter("sfstream.events.handled", "events handled successfully", tags);
            failed = counter("sfstream.events.failed", "handler attempts that threw", tags);
            held = counter("sfstream.events.held", "handler attempts that failed because a dependency was unavailable",
                    tags);
            deadLettered = counter("sfstream.events.dead_lettered", "events given up after every retry", tags);
        }

        private Counter counter(String name, String description, Tags tags) {
            return Counter.builder(name).description(description).tags(tags).register(registry);
        }
    }
}
