package dev.sfstream.emulator.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.OrgFixture;
import dev.sfstream.emulator.WireClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RefreshTokenRotationTest {
    private static final String EXPIRED = "{\"error\":\"invalid_grant\",\"error_description\":\"expired access/refresh"
            + " token\"}";

    @RegisterExtension
    final EmulatorExtension rotating = new EmulatorExtension(b -> b.rotateRefreshTokens(true));

    @RegisterExtension
    final EmulatorExtension plain = new EmulatorExtension();

    @Test
    void withRotationEachRefreshReturnsANewRefreshTokenAndRetiresTheOldOne() {
        WireClient wire = new WireClient(rotating.baseUrl());

        HttpResponse<String> first = refresh(wire, OrgFixture.DEFAULT_REFRESH_TOKEN);
        String next = (String) wire.object(first.body()).get("refresh_token");
        HttpResponse<String> reused = refresh(wire, OrgFixture.DEFAULT_REFRESH_TOKEN);
        HttpResponse<String> second = refresh(wire, next);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(wire.object(first.body())).containsKeys("access_token", "instance_url", "id", "token_type",
                "issued_at", "signature");
        assertThat(next).isNotBlank().isNotEqualTo(OrgFixture.DEFAULT_REFRESH_TOKEN);
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(reused.body()).isEqualTo(EXPIRED);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(wire.object(second.body()).get("refresh_token")).isNotEqualTo(next);
        assertThat(refresh(wire, next).body()).isEqualTo(EXPIRED);
    }

    @Test
    void withRotationTheNewAccessTokenWorks() {
        WireClient wire = new WireClient(rotating.baseUrl());
        String token = (String) wire.object(refresh(wire, OrgFixture.DEFAULT_REFRESH_TOKEN).body()).get("access_token");

        HttpResponse<String> limits = wire.send(wire.authorized("/services/data/v37.0/limits/")
                .header("Authorization", "Bearer " + token).GET().build());

        assertThat(limits.statusCode()).isEqualTo(200);
    }

    @Test
    void withoutRotationTheSameRefreshTokenKeepsWorkingAndNoneIsReturned() {
        WireClient wire = new WireClient(plain.baseUrl());

        HttpResponse<String> first = refresh(wire, OrgFixture.DEFAULT_REFRESH_TOKEN);
        HttpResponse<String> again = refresh(wire, OrgFixture.DEFAULT_REFRESH_TOKEN);

        assertThat(plain.emulator().fixture().connectedApp().rotateRefreshTokens()).isFalse();
        assertThat(wire.object(first.body())).doesNotContainKey("refresh_token");
        assertThat(again.statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> refresh(WireClient wire, String refreshToken) {
        return wire.form("/services/oauth2/token", Map.of("grant_type", "refresh_token",
                "client_id", OrgFixture.CONSUMER_KEY, "client_secret", OrgFixture.CONSUMER_SECRET,
                "refresh_token", refreshToken));
    }
}
