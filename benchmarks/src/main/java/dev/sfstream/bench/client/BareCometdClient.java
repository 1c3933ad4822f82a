package dev.sfstream.bench.client;

import dev.sfstream.auth.SalesforceLogin;
import dev.sfstream.auth.Session;
import dev.sfstream.bench.emulator.BenchEvents;
import dev.sfstream.harness.EmulatorLogins;
import java.time.Duration;

/**
 * The baseline in the benchmark JVM: a {@link BareSubscriber} on the benchmark PushTopic, logged in the way the
 * sfstream configuration it is compared with logs in. It uses the same transport settings as that configuration
 * (Jackson JSON, message size, 15 s network delay).
 */
public final class BareCometdClient implements BenchClient {
    private final Long replayFrom;
    private final int maxMessageSize;
    private BareSubscriber subscriber;
    private SalesforceLogin login;

    /**
     * @param replayFrom where to subscribe from (an event's replay id, {@code -1} or {@code -2}); null for new events
     *     without the replay extension
     * @param maxMessageSize the largest response accepted, in bytes (sfstream's default is 10 MiB)
     */
    public BareCometdClient(Long replayFrom, int maxMessageSize) {
        this.replayFrom = replayFrom;
        this.maxMessageSize = maxMessageSize;
    }

    @Override
    public String name() {
        return "bare-cometd";
    }

    @Override
    public void start(String baseUrl, EventSink sink, Duration timeout) throws Exception {
        login = EmulatorLogins.open(baseUrl);
        Session session = login.current();
        subscriber = BareSubscriber.subscribe(session.instanceUrl().toString(), session.accessToken(),
                BenchEvents.CHANNEL, replayFrom, maxMessageSize, sink, timeout);
    }

    @Override
    public void close() {
        try {
            if (subscriber != null) {
                subscriber.close();
            }
        } finally {
            if (login != null) {
                login.close();
            }
        }
    }
}
