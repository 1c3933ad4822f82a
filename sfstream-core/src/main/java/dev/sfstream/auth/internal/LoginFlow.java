package dev.sfstream.auth.internal;

import dev.sfstream.auth.LoginException;
import dev.sfstream.auth.Session;

/** One way of obtaining a session from Salesforce. */
public interface LoginFlow {
    /**
     * Logs in and returns the new session.
     *
     * @throws LoginException naming the flow and Salesforce's error code and description
     */
    Session login();
}
