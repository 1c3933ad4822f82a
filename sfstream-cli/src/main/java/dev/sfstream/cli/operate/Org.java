package dev.sfstream.cli.operate;

import dev.sfstream.auth.SessionSource;
import dev.sfstream.config.SalesforceSettings;
import dev.sfstream.container.internal.SalesforceConnection;
import dev.sfstream.rest.SalesforceApi;

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

    @Override
    public void close() {
        connection.close();
    }
}
