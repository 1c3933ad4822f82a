package dev.sfstream.emulator.internal.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.RecordedRequest;
import dev.sfstream.emulator.WireClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ControlServletTest {
    @RegisterExtension
    final EmulatorExtension emulator = new EmulatorExtension();

    @Test
    void revokingTokensInvalidatesEveryTokenUntilTheNextLogin() {
        WireClient wire = new WireClient(emulator.baseUrl()).loginDefault();
        assertThat(wire.get("/services/data/v37.0/limits/").statusCode()).isEqualTo(200);

        HttpResponse<String> revoke = wire.send("POST", "/__emulator__/tokens/revoke", null);

        assertThat(revoke.statusCode()).isEqualTo(200);
        HttpResponse<String> rejected = wire.get("/services/data/v37.0/limits/");
        assertThat(rejected.statusCode()).isEqualTo(401);
        assertThat(rejected.body()).isEqualTo("[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]");
        assertThat(wire.loginDefault().get("/services/data/v37.0/limits/").statusCode()).isEqualTo(200);
    }

    @Test
    void revokedTokensAreRefusedByTheStreamingApiToo() {
        WireClient wire = new WireClient(emulator.baseUrl()).loginDefault();
        String handshake = "[{\"channel\":\"/meta/handshake\",\"version\":\"1.0\","
                + "\"supportedConnectionTypes\":[\"long-polling\"],\"id\":\"1\"}]";
        assertThat(wire.send("POST", "/cometd/37.0", handshake, "Content-Type", "application/json").body())
                .contains("\"successful\":true");

        emulator.emulator().revokeAllTokens();
        HttpResponse<String> denied = wire.send("POST", "/cometd/37.0", handshake, "Content-Type", "application/json");

        assertThat(denied.body()).contains("\"error\":\"403::Handshake denied\"")
                .contains("\"failureReason\":\"401::Authentication invalid\"");
    }

    @Test
    void oauthRevokeInvalidatesOneToken() {
        WireClient first = new WireClient(emulator.baseUrl()).loginDefault();
        WireClient second = new WireClient(emulator.baseUrl()).loginDefault();

        HttpResponse<String> revoked = first.form("/services/oauth2/revoke", Map.of("token", first.token()));

        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(first.get("/services/data/v37.0/limits/").statusCode()).isEqualTo(401);
        assertThat(second.get("/services/data/v37.0/limits/").statusCode()).isEqualTo(200);
    }

    @Test
    void clockAdvancesByTheGivenSecondsAndRefusesBadInput() {
        WireClient wire = new WireClient(emulator.baseUrl());
        Instant before = emulator.emulator().clock().now();

        HttpResponse<String> advanced = wire.send("POST", "/__emulator__/clock/advance?seconds=90000", null);
        HttpResponse<String> bad = wire.send("POST", "/__emulator__/clock/advance?seconds=soon", null);

        assertThat(advanced.statusCode()).isEqualTo(200);
        assertThat(Duration.between(before, emulator.emulator().clock().now())).isGreaterThanOrEqualTo(Duration.ofSeconds(90000));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("'seconds'").contains("soon");
    }

    @Test
    void requestLogRecordsMethodPathHeadersAndBodyInProcessAndOverHttp() {
        WireClient wire = new WireClient(emulator.baseUrl()).loginDefault();
        wire.send("POST", "/services/data/v37.0/sobjects/Account/", "{\"Name\": \"Logged\"}",
                "Content-Type", "application/json", "Sforce-Call-Options", "client=probe");

        List<RecordedRequest> requests = emulator.emulator().requests();
        RecordedRequest create = requests.get(requests.size() - 1);
        assertThat(create.method()).isEqualTo("POST");
        assertThat(create.path()).isEqualTo("/services/data/v37.0/sobjects/Account/");
        assertThat(create.header("Sforce-Call-Options")).hasValue("client=probe");
        assertThat(create.body()).isEqualTo("{\"Name\": \"Logged\"}");
        assertThat(requests.get(0).path()).isEqualTo("/services/oauth2/token");
        assertThat(requests.get(0).body()).contains("password=***").contains("client_secret=***")
                .doesNotContain("passwordTOKEN").contains("username=integration%40example.com");

        HttpResponse<String> log = wire.get("/__emulator__/requests");
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.body()).contains("\"path\":\"/services/data/v37.0/sobjects/Account/\"")
                .contains("\"body\":\"{\\\"Name\\\": \\\"Logged\\\"}\"");
    }

    @Test
    void timersAreReported() {
        HttpResponse<String> timers = new WireClient(emulator.baseUrl()).get("/__emulator__/timers");

        assertThat(timers.body()).isEqualTo("{\"holdTimeoutMillis\":2000,\"reconnectWindowMillis\":3000,"
                + "\"authRevalidationMillis\":100}");
    }

    @Test
    void unknownPathsAnswerNotFoundAndHugeBodiesAreRefused() {
        WireClient wire = new WireClient(emulator.baseUrl()).loginDefault();

        HttpResponse<String> unknown = wire.get("/services/nothing");
        HttpResponse<String> huge = wire.post("/services/data/v37.0/sobjects/Account/", "{\"Name\": \""
                + "x".repeat(9 * 1024 * 1024) + "\"}");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("[{\"message\":\"The requested resource does not exist\",\"errorCode\":\"NOT_FOUND\"}]");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(wire.get("/services/data/v37.0/limits/").statusCode()).isEqualTo(200);
    }
}
