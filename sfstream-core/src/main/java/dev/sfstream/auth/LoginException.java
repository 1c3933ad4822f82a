package dev.sfstream.auth;

import dev.sfstream.failure.SfstreamException;

/**
 * Logging in to Salesforce failed. The message names the flow and Salesforce's error code and
 * description; it never contains a password, secret, key or token.
 */
public class LoginException extends SfstreamException {
    private final String flow;
    private final String errorCode;

    public LoginException(String flow, String errorCode, String message, Throwable cause) {
        super(message, cause);
        this.flow = flow;
        this.errorCode = errorCode;
    }

    /** The login flow that failed, e.g. {@code password} or {@code jwt}. */
    public String flow() {
        return flow;
    }

    /** Salesforce's error code, e.g. {@code invalid_grant} or {@code INVALID_LOGIN}; null for transport errors. */
    public String errorCode() {
        return errorCode;
    }
}
