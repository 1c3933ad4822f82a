package dev.sfstream.cli.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs {@code sfstream emulator} as a separate process, stops it with SIGTERM or SIGINT, and starts it again. */
class EmulatorCommandProcessTest {
    private static final Pattern LISTENING = Pattern.compile("Salesforce emulator listening on (http://127\\.0\\.0\\.1:(\\d+))");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsPrintsItsAddressStopsOnSigtermAndRestartsOnTheSamePort() throws Exception {
        Process first = start("0");
        String url;
        String port;
        try {
            Matcher listening = readListeningLine(first);
            url = listening.group(1);
            port = listening.group(2);
            assertThat(get(url + "/services/data/").statusCode()).isEqualTo(200);
        } finally {
            stop(first);
        }

        Process second = start(port);
        try {
            Matcher listening = readListeningLine(second);
            assertThat(listening.group(1)).isEqualTo(url);
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(url + "/services/oauth2/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=sfstream-consumer-key"
                            + "&client_secret=sfstream-consumer-secret&username=integration%40example.com"
                            + "&password=passwordTOKEN")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
        } finally {
            stop(second);
        }
    }

    @Test
    void ctrlCStopsItWithStatusZero() throws Exception {
        Process emulator = start("0");
        try {
            readListeningLine(emulator);
            Process interrupt = new ProcessBuilder("kill", "-INT", Long.toString(emulator.pid())).start();
            assertThat(interrupt.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(emulator.waitFor(30, TimeUnit.SECONDS)).as("the emulator process exits on SIGINT").isTrue();
            assertThat(emulator.exitValue()).isZero();
        } finally {
            emulator.destroyForcibly();
        }
    }

    private Process start(String port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "dev.sfstream.cli.Main", "emulator", "--port", port))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static Matcher readListeningLine(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("first line of sfstream emulator").isNotNull();
        Matcher matcher = LISTENING.matcher(line);
        assertThat(matcher.matches()).as(line).isTrue();
        return matcher;
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        boolean exited = process.waitFor(30, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        assertThat(exited).as("the emulator process exits on SIGTERM").isTrue();
        assertThat(process.exitValue()).as("exit status after SIGTERM").isZero();
    }
}
