package dev.sfstream.cli.operate;

import dev.sfstream.auth.SessionSource;
import dev.sfstream.config.SalesforceSettings;
import dev.sfstream.container.internal.SalesforceConnection;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.rest.SalesforceApi;
import dev.sfstream.streaming.ReplayDefault;
import dev.sfstream.streaming.StreamingSession;
import dev.sfstream.streaming.StreamingSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The org of a configuration, logged in as a service would be (same {@code AUTH}, TLS and proxy keys): its REST
 * client and the login a streaming session shares. The one place the CLI reaches into the container's login
 * wiring; replace it with a public factory when the core offers one.
 */
public final class Org implements AutoCloseable {
    private final SalesforceConnection connection;

    private Org(SalesforceConnection connection) {
        this.connection = connection;
    }

    /** Logs in; a refused login throws naming the flow and Salesforce's error, never a secret. */
    public static Org login(SalesforceSettings settings) {
        return new Org(SalesforceConnection.open(settings));
    }

    /** The REST client. */
    public SalesforceApi api() {
        return connection.api();
    }

    /** The login, shared with a streaming session. */
    public SessionSource sessions() {
        return connection.login();
    }

    /**
     * A streaming session of this login that keeps nothing: one worker (events in order), no retries, positions in
     * memory, starting at {@code replayDefault} or after the replay id stored in {@code positions}.
     *
     * @throws IllegalArgumentException naming the module when the transport is not on the class path
     */
    public StreamingSession listen(String name, String transport, ReplayDefault replayDefault,
                                   InMemoryReplayStore positions) {
        SalesforceSettings settings = connection.settings();
        return StreamingSession.builder(sessions()).name(name).transport(transport).replayStore(positions)
                .meterRegistry(new SimpleMeterRegistry())
                .settings(StreamingSettings.defaults().withApiVersion(settings.apiVersion())
                        .withBayeuxVersions(settings.bayeuxVersion(), settings.bayeuxMinimumVersion())
                        .withReplayEnabled(true).withReplayDefault(replayDefault).withMaxWorkers(1)
                        .withHandlerRetries(0))
                .build();
    }

    @Override
    public void close() {
        connection.close();
    }
}
