package dev.sfstream.emulator.internal.auth;

import java.util.LinkedHashMap;
import java.util.Map;

/** An OAuth error answer: HTTP 400 with {@code {"error": ..., "error_description": ...}}. */
final class OAuthError extends Exception {
    private final String error;

    OAuthError(String error, String description) {
        super(description);
        this.error = error;
    }

    static OAuthError authenticationFailure() {
        return new OAuthError("invalid_grant", "authentication failure");
    }

    static OAuthError invalidClientId() {
        return new OAuthError("invalid_client_id", "client identifier invalid");
    }

    static OAuthError invalidClient() {
        return new OAuthError("invalid_client", "invalid client credentials");
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", getMessage());
        return body;
    }
}
