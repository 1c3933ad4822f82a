package dev.sfstream.cli.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * Ctrl-C reaches a terminal's foreground job with SIGINT at its default disposition. A process started in the
     * background by a non-interactive shell (as a build may be) ignores SIGINT, its children inherit that, and a JVM
     * leaves an ignored SIGINT ignored, as POSIX asks. So the emulator is started through perl, which puts the
     * default back before it execs java (Debian's perl-base is essential); without perl, the test needs this JVM's
     * own SIGINT not to be ignored.
     */
    @Test
    void ctrlCStopsItWithStatusZero() throws Exception {
        boolean perl = onPath("perl");
        assumeTrue(perl || !sigintIgnored(), "SIGINT is ignored by this test's process and perl is not there to "
                + "restore it for the emulator, so Ctrl-C cannot reach it");
        Process emulator = start("0", perl);
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
        return start(port, false);
    }

    /** @param defaultSigint start through perl, which gives the emulator SIGINT's default disposition */
    private Process start(String port, boolean defaultSigint) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        if (defaultSigint) {
            command.addAll(List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die \"exec: $!\"", "--"));
        }
        command.addAll(List.of(java, "-cp", System.getProperty("java.class.path"), "dev.sfstream.cli.Main", "emulator",
                "--port", port));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Whether this JVM ignores SIGINT (bit 2 of {@code SigIgn} in {@code /proc/self/status}). */
    private static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("SigIgn:"))
                .anyMatch(line -> (Long.parseUnsignedLong(line.substring(7).trim(), 16) & 0x2) != 0);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
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
