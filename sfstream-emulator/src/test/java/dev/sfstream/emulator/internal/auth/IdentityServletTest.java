package dev.sfstream.emulator.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.WireClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IdentityServletTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension();

    @Test
    void identityUrlFromTheTokenResponseDescribesTheUser() {
        WireClient wire = new WireClient(EMULATOR.baseUrl()).loginDefault();
        String path = "/id/00Dxx0000001gPLEAY/005xx000001SwiUAAS";

        HttpResponse<String> identity = wire.get(path);
        HttpResponse<String> userInfo = wire.get("/services/oauth2/userinfo");

        assertThat(wire.object(identity.body())).containsEntry("user_id", "005xx000001SwiUAAS")
                .containsEntry("organization_id", "00Dxx0000001gPLEAY").containsEntry("username", "integration@example.com")
                .containsEntry("id", EMULATOR.baseUrl() + path);
        assertThat(wire.object(userInfo.body())).containsEntry("preferred_username", "integration@example.com")
                .containsEntry("sub", EMULATOR.baseUrl() + path);
    }

    @Test
    void withoutAValidTokenTheAnswerIsBadOAuthToken() {
        HttpResponse<String> response = new WireClient(EMULATOR.baseUrl()).get("/services/oauth2/userinfo");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo("Bad_OAuth_Token");
    }
}
