package dev.sfstream.bench.service;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.bench.probe.EventProbe;
import dev.sfstream.bench.probe.SentAt;
import dev.sfstream.container.Dependency;
import dev.sfstream.notification.Notification;

/**
 * The benchmark platform event's subscriber, on whichever transport {@code SALESFORCE.TRANSPORT} names: every
 * event goes to the probe.
 */
@ServiceName("bench-event")
public class PlatformEventService {
    /** The platform event the benchmark publishes. */
    public static final String EVENT = "Bench_Event__e";
    /** Its channel. */
    public static final String CHANNEL = "/event/" + EVENT;

    @Dependency
    EventProbe probe;

    @Subscribe(CHANNEL)
    public void onEvent(Notification notification) {
        probe.onEvent(SentAt.micros(notification.data()));
    }
}
