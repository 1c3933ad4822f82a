package dev.sfstream.auth.internal;

import dev.sfstream.auth.AuthFlow;
import dev.sfstream.auth.LoginSettings;
import java.net.URI;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.eclipse.jetty.client.HttpClient;

/** Chooses and configures the {@link LoginFlow} that {@link LoginSettings#flow()} names. */
public final class LoginFlows {
    private static final String JWT_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private static final Consumer<String> IGNORE = token -> { };

    private LoginFlows() {
    }

    /**
     * The flow for these settings, sending its requests with {@code client}.
     *
     * @throws IllegalArgumentException when the JWT key file cannot be read
     */
    public static LoginFlow create(LoginSettings settings, HttpClient client, Clock clock) {
        AuthFlow flow = settings.flow();
        LoginHttp http = new LoginHttp(client, settings.timeout(), flow, settings.network());
        URI loginUrl = settings.effectiveLoginUrl();
        return switch (flow) {
            case SOAP -> new SoapLogin(loginUrl, settings.apiVersion(), http, settings.username(),
                    settings.password(), settings.securityToken(), clock);
            case PASSWORD -> new OAuthTokenLogin(flow, loginUrl, http, () -> form(
                    "grant_type", "password",
                    "client_id", settings.clientId(),
                    "client_secret", settings.clientSecret(),
                    "username", settings.username(),
                    "password", settings.password() + nullToEmpty(settings.securityToken())), clock, IGNORE);
            case JWT -> jwt(settings, http, loginUrl, clock);
            case CLIENT_CREDENTIALS -> new OAuthTokenLogin(flow, loginUrl, http, () -> form(
                    "grant_type", "client_credentials",
                    "client_id", settings.clientId(),
                    "client_secret", settings.clientSecret()), clock, IGNORE);
            case REFRESH_TOKEN -> refresh(settings, http, loginUrl, clock);
            case TOKEN -> new GivenTokenLogin(http, settings.accessToken(), settings.instanceUrl(), clock);
        };
    }

    private static LoginFlow refresh(LoginSettings settings, LoginHttp http, URI loginUrl, Clock clock) {
        AtomicReference<String> refreshToken = new AtomicReference<>(settings.refreshToken());
        return new OAuthTokenLogin(AuthFlow.REFRESH_TOKEN, loginUrl, http, () -> form(
                "grant_type", "refresh_token",
                "refresh_token", refreshToken.get(),
                "client_id", settings.clientId(),
                "client_secret", settings.clientSecret()), clock, refreshToken::set);
    }

    private static LoginFlow jwt(LoginSettings settings, LoginHttp http, URI loginUrl, Clock clock) {
        RSAPrivateKey key = PrivateKeys.load(settings.jwtKeyFile(), settings.jwtKeyPassword(), settings.jwtKeyAlias());
        JwtAssertion assertion = new JwtAssertion(key, settings.clientId(), settings.username(),
                settings.effectiveJwtAudience(), clock);
        return new OAuthTokenLogin(AuthFlow.JWT, loginUrl, http,
                () -> form("grant_type", JWT_GRANT, "assertion", assertion.next()), clock, IGNORE);
    }

    /** A form from name/value pairs, leaving out null values (e.g. an optional client secret). */
    private static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                form.put(pairs[i], pairs[i + 1]);
            }
        }
        return form;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
