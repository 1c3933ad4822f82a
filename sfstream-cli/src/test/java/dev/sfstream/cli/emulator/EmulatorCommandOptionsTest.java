package dev.sfstream.cli.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sfstream.emulator.Emulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The token options of {@code sfstream emulator}: parsed, applied to a real emulator, and printed. */
class EmulatorCommandOptionsTest {
    private static final String CLIENT = "&client_id=sfstream-consumer-key&client_secret=sfstream-consumer-secret";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void rotatingRefreshTokensAndAnIdleSessionTimeoutReachTheEmulator() throws Exception {
        EmulatorCommand command = parse("--rotate-refresh-tokens", "--session-timeout", "60");

        try (Emulator emulator = command.configure().start()) {
            JsonNode refreshed = token(emulator, "grant_type=refresh_token&refresh_token=sfstream-refresh-token" + CLIENT);
            assertThat(refreshed.path("refresh_token").asText()).isNotEmpty().isNotEqualTo("sfstream-refresh-token");

            String accessToken = token(emulator, "grant_type=password&username=integration%40example.com"
                    + "&password=passwordTOKEN" + CLIENT).path("access_token").asText();
            assertThat(limits(emulator, accessToken).statusCode()).isEqualTo(200);
            emulator.advanceClock(Duration.ofSeconds(61));
            assertThat(limits(emulator, accessToken).statusCode()).isEqualTo(401);

            assertThat(settings(command, emulator)).contains("Refresh token rotation: on", "Session timeout: 60 s idle");
        }
    }

    @Test
    void withoutTheOptionsTokensNeitherRotateNorExpire() throws Exception {
        EmulatorCommand command = parse();

        try (Emulator emulator = command.configure().start()) {
            JsonNode refreshed = token(emulator, "grant_type=refresh_token&refresh_token=sfstream-refresh-token" + CLIENT);
            assertThat(refreshed.has("refresh_token")).isFalse();
            emulator.advanceClock(Duration.ofDays(1));
            assertThat(limits(emulator, refreshed.path("access_token").asText()).statusCode()).isEqualTo(200);

            assertThat(settings(command, emulator))
                    .contains("Refresh token rotation: off", "Session timeout: none (tokens live until revoked)");
        }
    }

    @Test
    void aSessionTimeoutThatIsNotPositiveIsRefusedNamingTheOption() {
        EmulatorCommand command = parse("--session-timeout", "0");

        assertThatThrownBy(command::configure).isInstanceOf(CommandLine.ParameterException.class)
                .hasMessage("--session-timeout must be a positive number of seconds, got 0");
    }

    @Test
    void managedSubscriptionsAreDeclaredOnTheEmulator() throws Exception {
        EmulatorCommand command = parse("--managed-subscription", "Order_Sub=/event/Order__e:earliest",
                "--managed-subscription", "Accounts=/data/AccountChangeEvent");

        try (Emulator emulator = command.configure().start()) {
            JsonNode list = mapper.readTree(http.send(HttpRequest.newBuilder(
                    URI.create(emulator.baseUrl() + "/__emulator__/pubsub/managed-subscriptions")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(list).hasSize(2);
            assertThat(list.get(0).path("developerName").asText()).isEqualTo("Order_Sub");
            assertThat(list.get(0).path("topicName").asText()).isEqualTo("/event/Order__e");
            assertThat(list.get(0).path("defaultReplay").asText()).isEqualTo("EARLIEST");
            assertThat(list.get(1).path("defaultReplay").asText()).isEqualTo("LATEST");
        }
    }

    @Test
    void aManagedSubscriptionWithoutATopicIsRefusedNamingTheOption() {
        EmulatorCommand command = parse("--managed-subscription", "Order_Sub");

        assertThatThrownBy(command::configure).isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageStartingWith("--managed-subscription Order_Sub: expected NAME=TOPIC");
    }

    @Test
    void platformEventsAreDeclaredWithTheirFieldsInOrder() throws Exception {
        EmulatorCommand command = parse("--platform-event", "Order__e=Amount__c:number, Note__c:TEXT,Paid__c:CHECKBOX",
                "--platform-event", "Ping__e");

        try (Emulator emulator = command.configure().start()) {
            String accessToken = token(emulator, "grant_type=password&username=integration%40example.com"
                    + "&password=passwordTOKEN" + CLIENT).path("access_token").asText();
            JsonNode fields = describe(emulator, accessToken, "Order__e").path("fields");
            assertThat(fields.findValuesAsText("name")).containsSubsequence("Amount__c", "Note__c", "Paid__c");
            assertThat(typeOf(fields, "Amount__c")).isEqualTo("double");
            assertThat(typeOf(fields, "Note__c")).isEqualTo("string");
            assertThat(typeOf(fields, "Paid__c")).isEqualTo("boolean");
            assertThat(describe(emulator, accessToken, "Ping__e").path("name").asText()).isEqualTo("Ping__e");
            assertThat(settings(command, emulator)).contains("Platform events: Order__e, Ping__e");
        }
    }

    @Test
    void theHelpDescribesPlatformEvents() {
        assertThat(new CommandLine(new EmulatorCommand()).getUsageMessage())
                .contains("--platform-event=NAME__e=Field__c:TYPE,...").contains("Declare a platform event");
    }

    @Test
    void badPlatformEventsAreOneLineNamingTheOptionAndTheValue() {
        assertThat(execute("--platform-event", "Order=Amount__c:NUMBER")).isEqualTo(new Execution(2,
                "--platform-event Order=Amount__c:NUMBER: the event name must be an API name ending in __e, such as "
                + "Order__e, got 'Order' (expected NAME__e=Field__c:TYPE,...)\n"));
        assertThat(execute("--platform-event", "Order__e=Amount__c:MONEY").err()).isEqualTo(
                "--platform-event Order__e=Amount__c:MONEY: field Amount__c has type 'MONEY'; a type is one of TEXT, "
                + "LONG_TEXT_AREA, NUMBER, CHECKBOX, DATE, DATETIME (expected NAME__e=Field__c:TYPE,...)\n");
        assertThat(execute("--platform-event", "Order__e=Amount__c").err())
                .startsWith("--platform-event Order__e=Amount__c: each field is Field__c:TYPE, got 'Amount__c'");
        assertThat(execute("--platform-event", "Order__e=Amount:NUMBER").err())
                .startsWith("--platform-event Order__e=Amount:NUMBER: a field name must be an API name ending in __c");
        assertThat(execute("--platform-event", "Order__e=A__c:TEXT,A__c:NUMBER").err())
                .startsWith("--platform-event Order__e=A__c:TEXT,A__c:NUMBER: field A__c is declared twice");
        assertThat(execute("--platform-event", "Order__e=").err())
                .startsWith("--platform-event Order__e=: each field is Field__c:TYPE, got ''");
        assertThat(execute("--platform-event", "Ping__e", "--platform-event", "Ping__e=A__c:TEXT").err())
                .isEqualTo("--platform-event Ping__e=A__c:TEXT: event Ping__e is declared twice\n");
    }

    @Test
    void aMissingJwtCertificateIsOneLineNamingTheOptionAndTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("missing.pem");

        assertThat(execute("--jwt-certificate", missing.toString()))
                .isEqualTo(new Execution(2, "--jwt-certificate " + missing + ": no such file\n"));
    }

    @Test
    void aJwtCertificateThatIsNotACertificateIsOneLineNamingTheOptionAndTheFile(@TempDir Path dir)
            throws Exception {
        Path notACertificate = Files.writeString(dir.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n");

        Execution execution = execute("--jwt-certificate", notACertificate.toString());

        assertThat(execution.status()).isEqualTo(2);
        assertThat(execution.err()).startsWith("--jwt-certificate " + notACertificate
                + " is not a PEM or DER X.509 certificate: ").doesNotContain("Exception\n", "\tat ");
        assertThat(execution.err().lines()).hasSize(1);
    }

    /** The exit status and the standard error of a command run in this JVM. */
    private record Execution(int status, String err) {
    }

    private static Execution execute(String... args) {
        StringWriter err = new StringWriter();
        int status = new CommandLine(new EmulatorCommand()).setErr(new PrintWriter(err, true)).execute(args);
        return new Execution(status, err.toString().replace(System.lineSeparator(), "\n"));
    }

    private static EmulatorCommand parse(String... args) {
        EmulatorCommand command = new EmulatorCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    private JsonNode token(Emulator emulator, String form) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl()
                        + "/services/oauth2/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return mapper.readTree(response.body());
    }

    private HttpResponse<String> limits(Emulator emulator, String accessToken) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/services/data/v65.0/limits/"))
                .header("Authorization", "Bearer " + accessToken).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode describe(Emulator emulator, String accessToken, String type) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl()
                        + "/services/data/v65.0/sobjects/" + type + "/describe")).header("Authorization", "Bearer "
                        + accessToken).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return mapper.readTree(response.body());
    }

    private static String typeOf(JsonNode fields, String name) {
        for (JsonNode field : fields) {
            if (field.path("name").asText().equals(name)) {
                return field.path("type").asText();
            }
        }
        return null;
    }

    private static String settings(EmulatorCommand command, Emulator emulator) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        command.printSettings(new PrintStream(bytes, true, StandardCharsets.UTF_8), emulator);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
