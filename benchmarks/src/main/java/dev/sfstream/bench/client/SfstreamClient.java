package dev.sfstream.bench.client;

import dev.sfstream.auth.SalesforceLogin;
import dev.sfstream.bench.emulator.BenchEvents;
import dev.sfstream.harness.EmulatorLogins;
import dev.sfstream.replay.ReplayStore;
import dev.sfstream.streaming.StreamingSession;
import dev.sfstream.streaming.StreamingSettings;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * sfstream's streaming session with its default settings (ordering, workers, retries, commit interval) and
 * the given replay store; the handler hands the event to the sink.
 */
public final class SfstreamClient implements BenchClient {
    private final String name;
    private final Supplier<ReplayStore> stores;
    private final StreamingSettings settings;
    private SalesforceLogin login;
    private StreamingSession session;
    private ReplayStore store;

    /**
     * @param name the configuration's name in results, e.g. {@code sfstream-redis}
     * @param stores opens the replay store for each start
     * @param settings the session settings (the defaults for the benchmark)
     */
    public SfstreamClient(String name, Supplier<ReplayStore> stores, StreamingSettings settings) {
        this.name = name;
        this.stores = stores;
        this.settings = settings;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void start(String baseUrl, EventSink sink, Duration timeout) throws Exception {
        login = EmulatorLogins.open(baseUrl);
        store = stores.get();
        session = StreamingSession.builder(login).settings(settings).replayStore(store).name(name).build();
        session.subscribe(BenchEvents.CHANNEL, event -> sink.onEvent(event.data()));
        session.start();
        if (!session.awaitConnected(timeout)) {
            throw new IllegalStateException(name + " did not connect within " + timeout + ": state "
                    + session.state() + " " + session.failure().map(Object::toString).orElse(""));
        }
    }

    /** The session, for its counters and watermark. */
    public StreamingSession session() {
        return session;
    }

    @Override
    public void close() {
        try {
            if (session != null) {
                session.stop();
            }
        } finally {
            if (store != null) {
                store.close();
            }
            if (login != null) {
                login.close();
            }
        }
    }
}
