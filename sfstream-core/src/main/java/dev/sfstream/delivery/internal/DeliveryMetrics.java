package dev.sfstream.delivery.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** The pipeline's Micrometer counters. */
public final class DeliveryMetrics {
    final Counter received;
    final Counter duplicates;
    final Counter handled;
    final Counter failed;
    final Counter deadLettered;

    public DeliveryMetrics(MeterRegistry registry) {
        received = Counter.builder("sfstream.events.received").description("events received from Salesforce")
                .register(registry);
        duplicates = Counter.builder("sfstream.events.duplicates")
                .description("events received again (replay overlap) and skipped").register(registry);
        handled = Counter.builder("sfstream.events.handled").description("events handled successfully")
                .register(registry);
        failed = Counter.builder("sfstream.events.failed").description("handler attempts that threw")
                .register(registry);
        deadLettered = Counter.builder("sfstream.events.dead_lettered")
                .description("events given up after every retry").register(registry);
    }
}
