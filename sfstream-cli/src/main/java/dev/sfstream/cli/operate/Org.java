package dev.sfstream.cli.operate;

import dev.sfstream.auth.SessionSource;
import dev.sfstream.config.SalesforceSettings;
import dev.sfstream.rest.RestSettings;
import dev.sfstream.auth.SalesforceLogin;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.rest.SalesforceApi;
import dev.sfstream.replay.ReplayDefault;
import dev.sfstream.streaming.StreamingSession;
import dev.sfstream.streaming.StreamingSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The org of a configuration, logged in as a service would be (same {@code AUTH}, TLS and proxy keys): its REST
 * client and the login a streaming session shares.
 */
public final class Org implements AutoCloseable {
    private final SalesforceSettings settings;
    private final SalesforceLogin login;
    private final SalesforceApi api;

    private Org(SalesforceSettings settings, SalesforceLogin login, SalesforceApi api) {
        this.settings = settings;
        this.login = login;
        this.api = api;
    }

    /** Logs in; a refused login throws naming the flow and Salesforce's error, never a secret. */
    public static Org login(SalesforceSettings settings) {
        SalesforceLogin login = new SalesforceLogin(settings.loginSettings());
        try {
            login.current();
            return new Org(settings, login, SalesforceApi.connect(login, RestSettings.defaults(settings.apiVersion())));
        } catch (RuntimeException refused) {
            login.close();
            throw refused;
        }
    }

    /** The REST client. */
    public SalesforceApi api() {
        return api;
    }

    /** The login, shared with a streaming session. */
    public SessionSource sessions() {
        return login;
    }

    /**
     * A streaming session of this login that keeps nothing: one worker (events in order), no retries, positions in
     * memory, starting at {@code replayDefault} or after the replay id stored in {@code positions}.
     *
     * @throws IllegalArgumentException naming the module when the transport is not on the class path
     */
    public StreamingSession listen(String name, String transport, ReplayDefault replayDefault,
                                   InMemoryReplayStore positions) {
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
        try {
            api.close();
        } finally {
            login.close();
        }
    }
}
