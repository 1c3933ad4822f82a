package dev.sfstream.streaming.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/** The streaming session's Micrometer counters (the pipeline counts events itself). */
final class SessionMetrics {
    final Counter handshakes;
    final Counter relogins;
    final Counter fallbacks;
    final Counter sessionRestarts;
    final Counter pollingPauses;

    SessionMetrics(MeterRegistry registry, Tags tags) {
        handshakes = counter(registry, tags, "sfstream.handshakes", "successful Bayeux handshakes");
        relogins = counter(registry, tags, "sfstream.relogins", "logins after Salesforce rejected the token");
        fallbacks = counter(registry, tags, "sfstream.replay.fallbacks", "stored replay ids rejected and replaced by the fallback");
        sessionRestarts = counter(registry, tags, "sfstream.session.restarts", "Bayeux sessions lost and re-established");
        pollingPauses = counter(registry, tags, "sfstream.polling.pauses", "polls held back because the delivery queue was full");
    }

    private static Counter counter(MeterRegistry registry, Tags tags, String name, String description) {
        return Counter.builder(name).description(description).tags(tags).register(registry);
    }
}
