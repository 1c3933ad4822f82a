package dev.sfstream.config.internal;

import dev.sfstream.auth.LoginSettings;
import dev.sfstream.config.ConfigurationException;
import dev.sfstream.config.SalesforceSettings;
import java.net.URI;
import java.nio.file.Path;

/** Turns the checked {@code SALESFORCE} section into the settings of its login flow. */
public final class LoginMapping {
    private LoginMapping() {
    }

    /**
     * The login settings of the {@code SALESFORCE} section.
     *
     * @throws ConfigurationException when the login flow rejects a value
     */
    public static LoginSettings of(SalesforceSettings settings) {
        try {
            return LoginSettings.builder(settings.auth())
                    .username(settings.username())
                    .password(settings.password())
                    .securityToken(settings.securityToken())
                    .sandbox(settings.sandbox())
                    .apiVersion(settings.apiVersion())
                    .loginUrl(uri(settings.loginUrl(), "LOGIN_URL"))
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .jwtKeyFile(settings.jwtKeyFile() == null ? null : Path.of(settings.jwtKeyFile()))
                    .jwtKeyPassword(settings.jwtKeyPassword())
                    .jwtKeyAlias(settings.jwtKeyAlias())
                    .refreshToken(settings.refreshToken())
                    .accessToken(settings.accessToken())
                    .instanceUrl(uri(settings.instanceUrl(), "INSTANCE_URL"))
                    .network(settings.network())
                    .build();
        } catch (IllegalArgumentException rejected) {
            throw new ConfigurationException(rejected.getMessage(), rejected);
        }
    }

    private static URI uri(String value, String key) {
        if (value == null) {
            return null;
        }
        try {
            URI uri = URI.create(value.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("no scheme or host");
            }
            return uri;
        } catch (IllegalArgumentException bad) {
            throw new ConfigurationException("`SALESFORCE." + key + "` must be a URL such as https://host, got '"
                    + value + "'");
        }
    }
}
