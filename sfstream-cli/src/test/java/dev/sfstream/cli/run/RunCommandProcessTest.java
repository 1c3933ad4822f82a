package dev.sfstream.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.auth.AuthFlow;
import dev.sfstream.auth.LoginSettings;
import dev.sfstream.auth.SalesforceLogin;
import dev.sfstream.emulator.ConnectProxy;
import dev.sfstream.emulator.OrgFixture;
import dev.sfstream.rest.RestSettings;
import dev.sfstream.rest.SalesforceApi;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sfstream run} and {@code sfstream emulator} as two processes; the service is stopped with SIGTERM. */
class RunCommandProcessTest {
    private static final Pattern LISTENING = Pattern.compile("Salesforce emulator listening on (https?://\\S+)");

    @Test
    void runsAServiceFromAConfigFileAgainstTheStandaloneEmulatorAndStopsCleanlyOnSigterm(@TempDir Path dir)
            throws Exception {
        List<Process> processes = new ArrayList<>();
        try {
            Process emulator = sfstream(List.of("emulator", "--fast-timers"), null, Map.of());
            processes.add(emulator);
            String emulatorUrl = listeningUrl(emulator);
            Path config = dir.resolve("config.yaml");
            Files.writeString(config, """
                    SALESFORCE:
                      USERNAME: ${SF_USERNAME}
                      PASSWORD: ${SF_PASSWORD}
                      SECURITY_TOKEN: ${SF_TOKEN}
                      SANDBOX: False
                      LOGIN_URL: ${SF_LOGIN_URL}
                    """);
            Path log = dir.resolve("run.log");
            Process run = sfstream(List.of("run", "--config", config.toString(), "--classpath", testClasses(),
                    "--log-level", "info", "--log-format", "json", "--metrics-port", "0",
                    ProcessTestService.class.getName()), log, Map.of(
                    "SF_USERNAME", OrgFixture.DEFAULT_USERNAME, "SF_PASSWORD", OrgFixture.DEFAULT_PASSWORD,
                    "SF_TOKEN", OrgFixture.DEFAULT_SECURITY_TOKEN, "SF_LOGIN_URL", emulatorUrl));
            processes.add(run);
            await().atMost(Duration.ofSeconds(60)).until(() -> jsonText(log).contains("Running [process-test]")
                    && jsonText(log).contains("Subscribed to /topic/ProcessTestAccounts"));
            assertThat(jsonText(log)).contains("Logged in to Salesforce (AUTH soap)")
                    .contains("PushTopic ProcessTestAccounts created")
                    .contains("subscribing /topic/ProcessTestAccounts for handle; start position: new (-1)");

            try (SalesforceLogin login = otherUser(emulatorUrl);
                 SalesforceApi api = SalesforceApi.connect(login, RestSettings.defaults("37.0"))) {
                api.create("Account", Map.of("Name", "Handled by another process"));
            }
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    jsonText(log).contains("process-test handled Account Handled by another process"));
            String handled = jsonText(log).lines()
                    .filter(line -> line.contains("process-test handled Account")).findFirst().orElseThrow();
            assertThat(handled).as("a JSON line with the worker's MDC").startsWith("{")
                    .contains("\"service\":\"process-test\"").contains("\"entrypoint\":\"handle\"")
                    .contains("\"channel\":\"/topic/ProcessTestAccounts\"").containsPattern("\"replay_id\":\"\\d+\"")
                    .contains("\"call_id\":\"process-test.handle.");
            Matcher metrics = Pattern.compile("Serving /metrics and /health at (http://[0-9.:]+)")
                    .matcher(jsonText(log));
            assertThat(metrics.find()).isTrue();
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            assertThat(http.send(java.net.http.HttpRequest.newBuilder(URI.create(metrics.group(1) + "/health")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(http.send(java.net.http.HttpRequest.newBuilder(URI.create(metrics.group(1) + "/metrics")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body())
                    .contains("sfstream_events_handled_total{channel=\"/topic/ProcessTestAccounts\",service=\"process-test\"} 1.0");

            run.destroy();
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String output = jsonText(log);
            assertThat(run.exitValue()).as(output).isZero();
            assertThat(output).contains("Received SIGTERM: stopping gracefully")
                    .contains("Service process-test stopped").contains("Stopped");
        } finally {
            stopAll(processes);
        }
    }

    @Test
    void exitsNonZeroWhenAServiceFailsForGoodWhileRunning(@TempDir Path dir) throws Exception {
        List<Process> processes = new ArrayList<>();
        try {
            Process emulator = sfstream(List.of("emulator", "--fast-timers"), null, Map.of());
            processes.add(emulator);
            String emulatorUrl = listeningUrl(emulator);
            Path config = dir.resolve("config.yaml");
            Files.writeString(config, "SALESFORCE:\n  USERNAME: " + OrgFixture.DEFAULT_USERNAME + "\n  PASSWORD: "
                    + OrgFixture.DEFAULT_PASSWORD + "\n  SECURITY_TOKEN: " + OrgFixture.DEFAULT_SECURITY_TOKEN
                    + "\n  SANDBOX: False\n  LOGIN_URL: " + emulatorUrl + "\n");
            Path log = dir.resolve("run.log");
            Process run = sfstream(List.of("run", "--config", config.toString(), "--classpath", testClasses(),
                    ProcessTestService.class.getName()), log, Map.of());
            processes.add(run);
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.readString(log).contains("Running [process-test]"));

            control(emulatorUrl, "/__emulator__/faults", "{\"channel\":\"/meta/handshake\",\"error\":"
                    + "\"400::API version 37.0 is not supported\",\"times\":-1}");
            control(emulatorUrl, "/__emulator__/sessions/drop", "{}");

            assertThat(run.waitFor(60, TimeUnit.SECONDS)).as("sfstream run exits by itself").isTrue();
            String output = Files.readString(log);
            assertThat(run.exitValue()).as(output).isEqualTo(2);
            assertThat(output).contains("Service process-test failed and no longer handles events")
                    .contains("API version").contains("Service process-test stopped");
        } finally {
            stopAll(processes);
        }
    }

    /**
     * What {@code SFSTREAM_JAVA_OPTS} carries: the JVM's standard trust store and proxy properties, and no TLS or
     * proxy key in the config, against an HTTPS emulator behind a CONNECT proxy.
     */
    @Test
    void runsOverTlsThroughAProxyWithOnlyTheJvmsStandardProperties(@TempDir Path dir) throws Exception {
        List<Process> processes = new ArrayList<>();
        try (ConnectProxy proxy = ConnectProxy.open()) {
            Process emulator = sfstream(List.of(), List.of("emulator", "--fast-timers", "--tls"), null, Map.of());
            processes.add(emulator);
            BufferedReader out = new BufferedReader(new InputStreamReader(emulator.getInputStream(),
                    StandardCharsets.UTF_8));
            String emulatorUrl = listeningUrl(out.readLine());
            assertThat(emulatorUrl).startsWith("https://");
            assertThat(out.readLine()).startsWith("Pub/Sub API listening on ");
            assertThat(out.readLine()).startsWith("TLS certificate: ").endsWith(".pem");
            String trustStore = out.readLine().replaceFirst("^TLS trust store \\(PKCS12, password changeit\\): ", "");
            Path config = dir.resolve("config.yaml");
            Files.writeString(config, "SALESFORCE:\n  USERNAME: " + OrgFixture.DEFAULT_USERNAME + "\n  PASSWORD: "
                    + OrgFixture.DEFAULT_PASSWORD + "\n  SECURITY_TOKEN: " + OrgFixture.DEFAULT_SECURITY_TOKEN
                    + "\n  SANDBOX: False\n  LOGIN_URL: " + emulatorUrl + "\n");
            Path log = dir.resolve("run.log");
            Process run = sfstream(List.of("-Djavax.net.ssl.trustStore=" + trustStore,
                    "-Djavax.net.ssl.trustStorePassword=changeit", "-Dhttps.proxyHost=127.0.0.1",
                    "-Dhttps.proxyPort=" + proxy.port(), "-Dhttp.nonProxyHosts=nothing.example"),
                    List.of("run", "--config", config.toString(), "--classpath", testClasses(), "--log-level", "info",
                            ProcessTestService.class.getName()), log, Map.of());
            processes.add(run);
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.readString(log).contains("Running [process-test]")
                    && Files.readString(log).contains("Subscribed to /topic/ProcessTestAccounts"));
            assertThat(Files.readString(log)).contains("Logged in to Salesforce (AUTH soap) at " + emulatorUrl);
            assertThat(proxy.tunnels()).isNotEmpty().allMatch(target -> emulatorUrl.endsWith(target));
        } finally {
            stopAll(processes);
        }
    }

    /** The output of a {@code --log-format json} process, with JSON's escaped slashes as plain ones. */
    private static String jsonText(Path log) throws Exception {
        return Files.readString(log).replace("\\/", "/");
    }

    /** Asks every started process to stop (SIGTERM), and kills the ones still running after 30 s. */
    private static void stopAll(List<Process> processes) throws InterruptedException {
        for (Process process : processes) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static void control(String emulatorUrl, String path, String json) throws Exception {
        java.net.http.HttpResponse<String> reply = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(URI.create(emulatorUrl + path))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
    }

    private static Process sfstream(List<String> arguments, Path output, Map<String, String> environment)
            throws Exception {
        return sfstream(List.of(), arguments, output, environment);
    }

    /** The command line as the launcher starts it, {@code jvmOptions} standing for {@code SFSTREAM_JAVA_OPTS}. */
    private static Process sfstream(List<String> jvmOptions, List<String> arguments, Path output,
                                    Map<String, String> environment) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.sfstream.cli.Main"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        if (output == null) {
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        } else {
            builder.redirectErrorStream(true).redirectOutput(output.toFile());
        }
        return builder.start();
    }

    private static String listeningUrl(Process emulator) throws Exception {
        return listeningUrl(new BufferedReader(new InputStreamReader(emulator.getInputStream(),
                StandardCharsets.UTF_8)).readLine());
    }

    private static String listeningUrl(String line) {
        assertThat(line).as("first line of sfstream emulator").isNotNull();
        Matcher matcher = LISTENING.matcher(line);
        assertThat(matcher.find()).as(line).isTrue();
        return matcher.group(1);
    }

    private static SalesforceLogin otherUser(String emulatorUrl) {
        return new SalesforceLogin(LoginSettings.builder(AuthFlow.SOAP).username(OrgFixture.OTHER_USERNAME)
                .password(OrgFixture.DEFAULT_PASSWORD).securityToken(OrgFixture.OTHER_SECURITY_TOKEN)
                .loginUrl(URI.create(emulatorUrl)).build());
    }

    private static String testClasses() throws Exception {
        return new File(ProcessTestService.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getPath();
    }
}
