package dev.sfstream.streaming.internal;

import dev.sfstream.failure.BackOff;
import dev.sfstream.auth.SessionSource;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.eclipse.jetty.client.HttpClient;

/**
 * What every {@link Connection} of one streaming session shares: one started HTTP client, CometD's
 * scheduler, the auth thread, the transport options, the network delay added to poll deadlines, and how a
 * reply's events are delivered together.
 */
record ConnectionResources(HttpClient httpClient, ScheduledExecutorService cometdScheduler, Executor authThread,
        SessionSource sessions, Map<String, Object> transportOptions,
        BackOff backOff, Duration maxNetworkDelay, Consumer<Runnable> receiveTogether) {
}
