package dev.sfstream.cli.tail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.cli.operate.OperatorCli;
import dev.sfstream.cli.operate.OperatorCli.Result;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code sfstream tail} and {@code sfstream publish} against the emulator, and their errors. */
class TailCommandTest {
    private static final List<String> TAIL = List.of("tail");

    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();
    @TempDir
    Path dir;

    @Test
    void tailsWhatPublishPublishesAsJsonLinesAndStopsAfterCount() throws Exception {
        OperatorCli cli = OperatorCli.forEmulator(emulators.emulator(), dir, Map.of());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> tail = CompletableFuture.supplyAsync(() ->
                cli.run(out, err, List.of("tail", "/event/Ops__e"), "--json", "--count", "2"));
        await().atMost(Duration.ofSeconds(30)).until(() -> err.toString().contains("Tailing /event/Ops__e"));

        Result published = cli.run(List.of("publish", "Ops__e"), "--json", "{\"Amount__c\": 5}");
        assertThat(published.status()).as(published.err()).isZero();
        Matcher replayId = Pattern.compile("Published Ops__e: replay id (\\d+), id \\S+").matcher(published.out());
        assertThat(replayId.find()).as(published.out()).isTrue();
        assertThat(cli.run(List.of("publish", "Ops__e"), "--json", "{\"Amount__c\": 6}").status()).isZero();

        assertThat(tail.get(30, TimeUnit.SECONDS)).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("{\"channel\":\"/event/Ops__e\",\"replayId\":" + replayId.group(1) + ",")
                .contains("\"Amount__c\":5");
        assertThat(lines.get(1)).contains("\"Amount__c\":6");
    }

    @Test
    void replaysEveryRetainedEventOrThoseAfterAnId() {
        Emulator emulator = emulators.emulator();
        emulator.createRecord("PushTopic", Map.of("Name", "OpsTail", "Query", "SELECT Id, Name FROM Account",
                "ApiVersion", "37.0"));
        for (String name : List.of("A1", "A2", "A3")) {
            emulator.createRecord("Account", Map.of("Name", name));
        }
        OperatorCli cli = OperatorCli.forEmulator(emulator, dir, Map.of());
        Result all = cli.run(List.of("tail", "/topic/OpsTail"), "--replay", "all", "--count", "3");
        assertThat(all.status()).as(all.err()).isZero();
        List<String> lines = all.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches("\\d+ /topic/OpsTail created \\{.*\"Name\":\"A1\".*}");
        assertThat(lines.get(2)).contains("\"Name\":\"A3\"");

        String first = lines.get(0).split(" ")[0];
        Result after = cli.run(List.of("tail", "/topic/OpsTail"), "--replay", first, "--count", "2");
        assertThat(after.status()).as(after.err()).isZero();
        assertThat(after.out().lines().toList()).hasSize(2).allMatch(line -> !line.contains("\"A1\""));
        assertThat(after.out()).contains("\"Name\":\"A2\"").contains("\"Name\":\"A3\"");
    }

    @Test
    void anUnknownChannelOrBadOptionIsOneLineAndStatusOne() {
        OperatorCli cli = OperatorCli.forEmulator(emulators.emulator(), dir, Map.of());
        Result unknown = cli.run(List.of("tail", "/topic/NoSuchTopic"), "--count", "1");
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("sfstream tail: Salesforce refused /topic/NoSuchTopic: ")
                .contains("does not exist").hasLineCount(1);

        // the CLI carries sfstream-pubsub, whose transport refuses a PushTopic (the message naming the module when it
        // is missing: TransportProviderTest in sfstream-core)
        Result pubsub = cli.run(List.of("tail", "/topic/OpsTail"), "--transport", "pubsub");
        assertThat(pubsub.status()).isEqualTo(1);
        assertThat(pubsub.err()).startsWith("sfstream tail: the pubsub transport cannot carry /topic/OpsTail: ")
                .hasLineCount(1);
        assertThat(cli.run(List.of("tail", "/event/Ops__e"), "--transport", "smoke").err())
                .contains("--transport smoke is not one of cometd, pubsub");
        assertThat(cli.run(List.of("tail", "/event/Ops__e"), "--replay", "soon").err())
                .contains("--replay soon is not new, all or a positive replay id");
        assertThat(cli.run(List.of("tail", "Ops__e")).err()).contains("Ops__e is not a channel name");

        Result notAnEvent = cli.run(List.of("publish", "Account"), "--json", "{}");
        assertThat(notAnEvent.status()).isEqualTo(1);
        assertThat(notAnEvent.err()).contains("Account is not a platform event name");
        assertThat(cli.run(List.of("publish", "Ops__e"), "--json", "[1]").err())
                .contains("--json is not a JSON object");
    }
}
