package dev.sfstream.streaming.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** The streaming session's Micrometer counters (the pipeline counts events itself). */
final class SessionMetrics {
    final Counter handshakes;
    final Counter relogins;
    final Counter fallbacks;
    final Counter sessionRestarts;
    final Counter pollingPauses;

    SessionMetrics(MeterRegistry registry) {
        handshakes = counter(registry, "sfstream.handshakes", "successful Bayeux handshakes");
        relogins = counter(registry, "sfstream.relogins", "logins after Salesforce rejected the token");
        fallbacks = counter(registry, "sfstream.replay.fallbacks", "stored replay ids rejected and replaced by the fallback");
        sessionRestarts = counter(registry, "sfstream.session.restarts", "Bayeux sessions lost and re-established");
        pollingPauses = counter(registry, "sfstream.polling.pauses", "polls held back because the delivery queue was full");
    }

    private static Counter counter(MeterRegistry registry, String name, String description) {
        return Counter.builder(name).description(description).register(registry);
    }
}
