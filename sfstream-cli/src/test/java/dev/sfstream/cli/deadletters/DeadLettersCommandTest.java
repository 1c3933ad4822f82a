package dev.sfstream.cli.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.cli.operate.OperatorCli;
import dev.sfstream.cli.operate.OperatorCli.Result;
import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.ServiceContainer;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

/**
 * {@code sfstream dead-letters list | retry | purge} on the list {@code sfstream:dead_letters} of a real Redis
 * (127.0.0.1:6379, db 11), filled by a service that dead-letters for real.
 */
class DeadLettersCommandTest {
    private static final String LIST = "sfstream:dead_letters";
    private static final Map<String, Object> REDIS = Map.of("PUSHTOPIC_REPLAY_REDIS_URI", "redis://127.0.0.1:6379/11");
    private static final List<String> RETRY = List.of("dead-letters", "retry");

    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();
    private final Jedis jedis = new Jedis("127.0.0.1", 6379);
    @TempDir
    Path dir;

    @BeforeEach
    void emptyList() {
        jedis.select(11);
        jedis.del(LIST);
    }

    @AfterEach
    void deleteList() {
        jedis.del(LIST);
        jedis.close();
    }

    @Test
    void listsRetriesAndPurgesDeadLetters() {
        Emulator org = emulators.emulator();
        deadLetterTwoOrders(org);
        OperatorCli cli = OperatorCli.forEmulator(org, dir, REDIS);

        Result listed = cli.run(List.of("dead-letters", "list"));
        assertThat(listed.status()).as(listed.err()).isZero();
        assertThat(listed.out().lines().toList()).hasSize(3).first().asString()
                .matches("0  \\S+Z  /event/Retry__e  replayId=\\d+  attempts=1  java.lang.IllegalStateException: "
                        + "not allowed yet: [12]");
        assertThat(listed.out()).contains("2 dead letters in sfstream:dead_letters at redis://127.0.0.1:6379/11");
        assertThat(cli.run(List.of("dead-letters", "list"), "--json").out().lines().toList()).hasSize(2)
                .allMatch(line -> line.startsWith("{") && line.contains("\"channel\":\"/event/Retry__e\""));

        Result stillFailing = cli.run(RETRY, "--service", RetryTestService.class.getName());
        assertThat(stillFailing.status()).isEqualTo(1);
        assertThat(stillFailing.out()).contains("failed  /event/Retry__e replayId=")
                .contains("java.lang.IllegalStateException: not allowed yet: 1; kept")
                .contains("0 of 2 dead letters handled and removed");
        assertThat(stillFailing.err()).contains("2 dead letters failed again and stay in sfstream:dead_letters");
        assertThat(jedis.llen(LIST)).isEqualTo(2);

        org.createRecord("Account", Map.of("Name", "retry-allowed"));
        jedis.rpush(LIST, "{\"channel\":\"/event/Unhandled__e\",\"replayId\":9,\"attempts\":4,\"failure\":\"x\","
                + "\"failedAt\":\"2026-01-01T00:00:00Z\",\"data\":{\"payload\":{}}}");
        Result retried = cli.run(RETRY, "--service", RetryTestService.class.getName(), "--timeout", "3");
        assertThat(retried.status()).isEqualTo(1);
        assertThat(retried.out()).containsPattern("handled /event/Retry__e replayId=\\d+: removed")
                .contains("failed  /event/Unhandled__e replayId=9: not handled within 3 s")
                .contains("2 of 3 dead letters handled and removed");
        assertThat(org.records("Retried__c")).extracting(record -> String.valueOf(record.get("Order__c")))
                .as("the handlers used the configured org").containsExactlyInAnyOrder("1", "2");
        assertThat(jedis.lrange(LIST, 0, -1)).singleElement().asString().contains("/event/Unhandled__e");

        Result purged = cli.run(List.of("dead-letters", "purge"));
        assertThat(purged.status()).as(purged.err()).isZero();
        assertThat(purged.out()).isEqualTo("Purged 1 dead letter from sfstream:dead_letters" + System.lineSeparator());
        assertThat(jedis.exists(LIST)).isFalse();
    }

    @Test
    void errorsNameTheProblem() {
        OperatorCli withoutRedis = OperatorCli.forEmulator(emulators.emulator(), dir, Map.of());
        assertThat(withoutRedis.run(List.of("dead-letters", "list")).err()).contains("`SALESFORCE` configuration "
                + "does not contain mandatory `PUSHTOPIC_REPLAY_REDIS_URI` key");
        OperatorCli cli = OperatorCli.forEmulator(emulators.emulator(), dir, REDIS);
        Result unknownClass = cli.run(RETRY, "--service", "com.acme.NoSuchService");
        assertThat(unknownClass.status()).isEqualTo(1);
        assertThat(unknownClass.err()).contains("service class com.acme.NoSuchService is not on the class path");
        assertThat(cli.run(RETRY, "--service", RetryTestService.class.getName()).out())
                .isEqualTo("No dead letters in sfstream:dead_letters" + System.lineSeparator());
        assertThat(OperatorCli.raw("dead-letters", "retry", "--config", cli.config().toString()).err())
                .contains("Missing required option: '--service=CLASS'");
    }

    /** Runs the service with dead letters in Redis and no retries, and publishes two orders it refuses. */
    private static void deadLetterTwoOrders(Emulator org) {
        Map<String, Object> section = org.salesforceConfig();
        section.putAll(Map.of("DEAD_LETTER", "redis", "HANDLER_RETRIES", 0));
        section.putAll(REDIS);
        ServiceContainer service = ServiceContainer.builder(RetryTestService.class)
                .config(SfstreamConfig.of(Map.of("SALESFORCE", section))).build();
        service.start();
        try (Jedis redis = new Jedis("127.0.0.1", 6379)) {
            redis.select(11);
            org.streaming().publish("/event/Retry__e", Map.of("payload", Map.of("Order__c", 1)));
            org.streaming().publish("/event/Retry__e", Map.of("payload", Map.of("Order__c", 2)));
            await().atMost(Duration.ofSeconds(20)).until(() -> redis.llen(LIST) == 2);
        } finally {
            service.stop();
        }
    }
}
