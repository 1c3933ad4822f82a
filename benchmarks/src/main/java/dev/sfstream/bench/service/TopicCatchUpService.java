package dev.sfstream.bench.service;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.bench.emulator.BenchEvents;
import dev.sfstream.bench.probe.EventProbe;
import dev.sfstream.bench.probe.SentAt;
import dev.sfstream.container.Dependency;
import dev.sfstream.notification.Notification;

/** The benchmark PushTopic's subscriber: every event goes to the probe, nothing else is done. */
@ServiceName("bench-topic")
public class TopicCatchUpService {
    @Dependency
    EventProbe probe;

    @Subscribe(BenchEvents.CHANNEL)
    public void onEvent(Notification notification) {
        probe.onEvent(SentAt.micros(notification.data()));
    }
}
