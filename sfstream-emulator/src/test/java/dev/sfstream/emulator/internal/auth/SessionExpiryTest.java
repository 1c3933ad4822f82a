package dev.sfstream.emulator.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.OrgFixture;
import dev.sfstream.emulator.SessionPolicy;
import dev.sfstream.emulator.WireClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SessionExpiryTest {
    private static final String LIMITS = "/services/data/v37.0/limits/";
    private static final String INVALID_SESSION = "[{\"message\":\"Session expired or invalid\","
            + "\"errorCode\":\"INVALID_SESSION_ID\"}]";

    @RegisterExtension
    final EmulatorExtension idle = new EmulatorExtension(b -> b.sessionPolicy(SessionPolicy.idle(Duration.ofHours(2))));

    @RegisterExtension
    final EmulatorExtension absolute = new EmulatorExtension(b -> b.sessionPolicy(
            SessionPolicy.absolute(Duration.ofHours(1))));

    @RegisterExtension
    final EmulatorExtension unlimited = new EmulatorExtension();

    @Test
    void anIdleTokenExpiresAndUseRestartsTheIdleTimeout() {
        WireClient wire = new WireClient(idle.baseUrl()).loginDefault();

        advance(wire, 3600);
        HttpResponse<String> afterOneHour = wire.get(LIMITS);
        advance(wire, 3600);
        HttpResponse<String> oneHourAfterUse = wire.get(LIMITS);
        advance(wire, 7200);
        HttpResponse<String> twoIdleHours = wire.get(LIMITS);

        assertThat(afterOneHour.statusCode()).isEqualTo(200);
        assertThat(oneHourAfterUse.statusCode()).isEqualTo(200);
        assertThat(twoIdleHours.statusCode()).isEqualTo(401);
        assertThat(twoIdleHours.body()).isEqualTo(INVALID_SESSION);
        assertThat(wire.loginDefault().get(LIMITS).statusCode()).isEqualTo(200);
    }

    @Test
    void anAbsoluteLifetimeEndsEvenABusyToken() {
        WireClient wire = new WireClient(absolute.baseUrl()).loginDefault();

        advance(wire, 1800);
        HttpResponse<String> halfway = wire.get(LIMITS);
        advance(wire, 1800);
        HttpResponse<String> atTheEnd = wire.get(LIMITS);

        assertThat(halfway.statusCode()).isEqualTo(200);
        assertThat(atTheEnd.statusCode()).isEqualTo(401);
        assertThat(atTheEnd.body()).isEqualTo(INVALID_SESSION);
    }

    @Test
    void withoutAPolicyTokensOutliveAnyClockMove() {
        WireClient wire = new WireClient(unlimited.baseUrl()).loginDefault();

        advance(wire, 30L * 24 * 3600);

        assertThat(wire.get(LIMITS).statusCode()).isEqualTo(200);
    }

    @Test
    void soapLoginReportsTheSessionLimitAsSessionSecondsValid() {
        WireClient wire = new WireClient(absolute.baseUrl());
        String envelope = "<?xml version=\"1.0\" encoding=\"utf-8\"?><env:Envelope"
                + " xmlns:env=\"http://schemas.xmlsoap.org/soap/envelope/\"><env:Body>"
                + "<n1:login xmlns:n1=\"urn:partner.soap.sforce.com\"><n1:username>" + OrgFixture.DEFAULT_USERNAME
                + "</n1:username><n1:password>" + OrgFixture.DEFAULT_PASSWORD + OrgFixture.DEFAULT_SECURITY_TOKEN
                + "</n1:password></n1:login></env:Body></env:Envelope>";

        HttpResponse<String> response = wire.send("POST", "/services/Soap/u/37.0", envelope,
                "Content-Type", "text/xml; charset=UTF-8", "SOAPAction", "login");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<sessionSecondsValid>3600</sessionSecondsValid>");
    }

    private static void advance(WireClient wire, long seconds) {
        assertThat(wire.send("POST", "/__emulator__/clock/advance?seconds=" + seconds, null).statusCode())
                .isEqualTo(200);
    }
}
