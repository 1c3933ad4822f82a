package dev.sfstream.harness;

import dev.sfstream.auth.AuthFlow;
import dev.sfstream.auth.LoginSettings;
import dev.sfstream.auth.SalesforceLogin;
import dev.sfstream.emulator.OrgFixture;
import java.net.URI;

/** Logins to an emulator's default org with the OAuth password flow, the way a configured service logs in. */
public final class EmulatorLogins {
    private EmulatorLogins() {
    }

    /** The settings a service would read from its config to log in to the emulator at {@code baseUrl}. */
    public static LoginSettings settings(String baseUrl) {
        return LoginSettings.builder(AuthFlow.PASSWORD)
                .username(OrgFixture.DEFAULT_USERNAME)
                .password(OrgFixture.DEFAULT_PASSWORD)
                .securityToken(OrgFixture.DEFAULT_SECURITY_TOKEN)
                .clientId(OrgFixture.CONSUMER_KEY)
                .clientSecret(OrgFixture.CONSUMER_SECRET)
                .loginUrl(URI.create(baseUrl))
                .build();
    }

    /** A login source with its own HTTP client; close it after the session that uses it. */
    public static SalesforceLogin open(String baseUrl) {
        return new SalesforceLogin(settings(baseUrl));
    }
}
