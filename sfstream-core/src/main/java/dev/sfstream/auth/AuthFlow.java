package dev.sfstream.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How sfstream logs in to Salesforce; the config key {@code SALESFORCE.AUTH} names one by {@link #configName()}. */
public enum AuthFlow {
    /** SOAP {@code login()} with username, password and security token (the original's only flow; not from API 65.0). */
    SOAP("soap"),
    /** OAuth 2.0 username-password flow with a connected app. */
    PASSWORD("password"),
    /** OAuth 2.0 JWT bearer flow: an RS256 assertion signed with the connected app's private key. */
    JWT("jwt"),
    /** OAuth 2.0 client credentials flow (My Domain only). */
    CLIENT_CREDENTIALS("client_credentials"),
    /** OAuth 2.0 refresh token flow. */
    REFRESH_TOKEN("refresh_token"),
    /** A given access token with its instance URL; it cannot be renewed. */
    TOKEN("token");

    private final String configName;

    AuthFlow(String configName) {
        this.configName = configName;
    }

    /** The value of {@code SALESFORCE.AUTH} that selects this flow, e.g. {@code client_credentials}. */
    public String configName() {
        return configName;
    }

    /**
     * The flow a {@code SALESFORCE.AUTH} value names (case-insensitive).
     *
     * @throws IllegalArgumentException naming the value and the accepted ones when it names no flow
     */
    public static AuthFlow fromConfigName(String value) {
        String wanted = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        for (AuthFlow flow : values()) {
            if (flow.configName.equals(wanted)) {
                return flow;
            }
        }
        throw new IllegalArgumentException("SALESFORCE.AUTH '" + value + "' is not a login flow; use one of "
                + Arrays.stream(values()).map(AuthFlow::configName).collect(Collectors.joining(", ")));
    }
}
