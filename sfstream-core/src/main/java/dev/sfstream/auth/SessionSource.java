package dev.sfstream.auth;

import java.util.Optional;

import dev.sfstream.connection.NetworkSettings;

/**
 * Hands out the current session and renews it when Salesforce rejects it. Shared by the REST client
 * and the streaming session, so that one rejected token causes one login however many callers saw it.
 */
public interface SessionSource {
    /** The current session, logging in first if there is none yet. */
    Session current();

    /**
     * The current session when one is at hand, without logging in and without waiting for a login in progress;
     * empty otherwise (then call {@link #current()}, off any thread that must not block).
     */
    default Optional<Session> ifReady() {
        return Optional.empty();
    }

    /**
     * Renews a session that Salesforce rejected. When another caller already renewed it (the current
     * session is no longer {@code rejected}), returns the current one without logging in again.
     *
     * @throws LoginException when logging in fails
     */
    Session renew(Session rejected);

    /**
     * How clients that use these sessions reach Salesforce (TLS trust, proxy); the JVM's own settings unless
     * the source was configured otherwise.
     */
    default NetworkSettings network() {
        return NetworkSettings.jvmDefaults();
    }
}
