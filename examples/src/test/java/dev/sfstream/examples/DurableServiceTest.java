package dev.sfstream.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.auth.AuthFlow;
import dev.sfstream.auth.SalesforceLogin;
import dev.sfstream.config.ConfigLoader;
import dev.sfstream.config.SalesforceSettings;
import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.OrgFixture;
import dev.sfstream.redis.RedisReplayStore;
import dev.sfstream.testkit.ServiceUnderTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class DurableServiceTest {
    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();

    @Test
    void theDocumentedKeysTurnOnRedisReplayAndLogInWithJwt(@TempDir Path dir) throws Exception {
        Emulator emulator = emulators.emulator();
        byte[] pkcs8 = emulator.jwtSigningKey().orElseThrow().getEncoded();
        Path key = Files.writeString(dir.resolve("jwt-key.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pkcs8)
                + "\n-----END PRIVATE KEY-----\n");
        Path config = Path.of(DurableService.class.getResource("/durable-config.yaml").toURI());
        SalesforceSettings settings = SfstreamConfig.of(new ConfigLoader(Map.of(
                "SALESFORCE_USERNAME", OrgFixture.DEFAULT_USERNAME, "SALESFORCE_CLIENT_ID", OrgFixture.CONSUMER_KEY,
                "SALESFORCE_JWT_KEY_FILE", key.toString(), "SALESFORCE_LOGIN_URL", emulator.baseUrl()))
                .load(config)).salesforce();
        assertThat(settings.replayEnabled()).isTrue();
        assertThat(settings.replayRedisUri()).isEqualTo("redis://localhost:6379/11");
        assertThat(settings.replayTtlSeconds()).isEqualTo(3600);
        assertThat(settings.auth()).isEqualTo(AuthFlow.JWT);
        assertThat(settings.apiVersion()).isEqualTo("64.0");
        try (SalesforceLogin login = new SalesforceLogin(settings.loginSettings())) {
            assertThat(login.current().userId()).isEqualTo(OrgFixture.defaults().users().get(0).userId());
        }
    }

    @Test
    void changesMadeWhileStoppedAreHandledAfterARestart() {
        Emulator emulator = emulators.emulator();
        String prefix = "sfstream:test:" + UUID.randomUUID() + ":replay_id:";
        try (RedisReplayStore store = RedisReplayStore.open("redis://127.0.0.1:6379/11", prefix,
                Duration.ofSeconds(3600))) {
            try (ServiceUnderTest service = start(emulator, store)) {
                emulator.createRecord("Account", Map.of("Name", "Before"));
                await().atMost(Duration.ofSeconds(10)).until(() -> store.load("/topic/Account").isPresent());
            }
            long committed = store.load("/topic/Account").orElseThrow();
            emulator.createRecord("Account", Map.of("Name", "While stopped"));
            try (ServiceUnderTest restarted = start(emulator, store)) {
                // The missed change is replayed as soon as the channel is subscribed, which can be
                // before start() returns, so look at the calls made so far rather than a new waiter.
                await().atMost(Duration.ofSeconds(10)).until(() -> !restarted.calls("handleAccountChanges").isEmpty());
                var call = restarted.calls("handleAccountChanges").get(0);
                assertThat(call.notification().sobject()).containsEntry("Name", "While stopped");
                assertThat(call.notification().replayId().orElseThrow()).isGreaterThan(committed);
            }
        }
    }

    private static ServiceUnderTest start(Emulator emulator, RedisReplayStore store) {
        return ServiceUnderTest.builder(DurableService.class, emulator)
                .salesforce("PUSHTOPIC_REPLAY_ENABLED", true)
                .salesforce("PUSHTOPIC_REPLAY_REDIS_URI", "redis://127.0.0.1:6379/11")
                .salesforce("USERNAME", OrgFixture.DEFAULT_USERNAME)
                .replayStore(store).start();
    }
}
