package dev.sfstream.auth;

import dev.sfstream.connection.EmulatorTrust;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.OrgFixture;
import java.net.URI;

/** Login settings for the emulator's default org, for tests of every package. */
public final class EmulatorLogins {
    private EmulatorLogins() {
    }

    /** SOAP login as the default user. */
    public static LoginSettings soap(Emulator emulator) {
        return LoginSettings.builder(AuthFlow.SOAP).loginUrl(URI.create(emulator.baseUrl()))
                .network(EmulatorTrust.network(emulator))
                .username(OrgFixture.DEFAULT_USERNAME).password(OrgFixture.DEFAULT_PASSWORD)
                .securityToken(OrgFixture.DEFAULT_SECURITY_TOKEN).build();
    }

    /** OAuth username-password login as the default user. */
    public static LoginSettings password(Emulator emulator) {
        return passwordBuilder(emulator).build();
    }

    /** OAuth username-password settings as the default user, to adjust. */
    public static LoginSettings.Builder passwordBuilder(Emulator emulator) {
        return LoginSettings.builder(AuthFlow.PASSWORD).loginUrl(URI.create(emulator.baseUrl()))
                .network(EmulatorTrust.network(emulator))
                .username(OrgFixture.DEFAULT_USERNAME).password(OrgFixture.DEFAULT_PASSWORD)
                .securityToken(OrgFixture.DEFAULT_SECURITY_TOKEN)
                .clientId(OrgFixture.CONSUMER_KEY).clientSecret(OrgFixture.CONSUMER_SECRET);
    }

    /** The number of OAuth token requests the emulator has received. */
    public static long tokenRequests(Emulator emulator) {
        return emulator.requests().stream().filter(r -> r.path().equals("/services/oauth2/token")).count();
    }
}
