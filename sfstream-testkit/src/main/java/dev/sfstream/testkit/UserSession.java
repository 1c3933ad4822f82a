package dev.sfstream.testkit;

import dev.sfstream.auth.AuthFlow;
import dev.sfstream.auth.LoginSettings;
import dev.sfstream.auth.SalesforceLogin;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorUser;
import dev.sfstream.rest.RestSettings;
import dev.sfstream.rest.SalesforceApi;
import java.net.URI;

/**
 * A REST client logged in to an emulator as one of its users, for causing changes the way another system
 * (or person) would: changes made as another user than the service's pass {@code excludeCurrentUser}.
 *
 * @param api the REST client
 * @param login its session source
 */
public record UserSession(SalesforceApi api, SalesforceLogin login) implements AutoCloseable {
    /** Logs in as the emulator's second user ({@code other@example.com}), not the one services use. */
    public static UserSession otherUser(Emulator emulator) {
        return as(emulator, emulator.fixture().users().get(1));
    }

    /** Logs in as the emulator's default user, the one services under test use. */
    public static UserSession serviceUser(Emulator emulator) {
        return as(emulator, emulator.fixture().users().get(0));
    }

    /** Logs in (SOAP, API 37.0) as a user of the emulator's org. */
    public static UserSession as(Emulator emulator, EmulatorUser user) {
        SalesforceLogin login = new SalesforceLogin(LoginSettings.builder(AuthFlow.SOAP)
                .username(user.username()).password(user.password()).securityToken(user.securityToken())
                .loginUrl(URI.create(emulator.baseUrl())).build());
        return new UserSession(SalesforceApi.connect(login, RestSettings.defaults(LoginSettings.DEFAULT_API_VERSION)),
                login);
    }

    @Override
    public void close() {
        try {
            api.close();
        } finally {
            login.close();
        }
    }
}
