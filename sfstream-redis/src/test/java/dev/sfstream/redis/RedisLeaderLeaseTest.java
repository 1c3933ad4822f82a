package dev.sfstream.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class RedisLeaderLeaseTest {
    private final String service = "test-" + UUID.randomUUID();

    @Test
    void oneHolderAtATimeAndReleaseHandsOver() {
        try (RedisLeaderLease first = RedisLeaderLease.open(RedisReplayStoreTest.URI, service, Duration.ofSeconds(5));
             RedisLeaderLease second = RedisLeaderLease.open(RedisReplayStoreTest.URI, service, Duration.ofSeconds(5))) {
            assertThat(first.tryAcquire()).isTrue();
            assertThat(second.tryAcquire()).isFalse();
            assertThat(first.renew()).isTrue();
            assertThat(second.renew()).isFalse();
            first.release();
            assertThat(second.tryAcquire()).isTrue();
        }
    }

    @Test
    void aStandbyTakesOverWhenTheLeaderStopsRenewing() {
        AtomicBoolean firstLeads = new AtomicBoolean();
        AtomicBoolean secondLeads = new AtomicBoolean();
        RedisLeaderLease first = RedisLeaderLease.open(RedisReplayStoreTest.URI, service, Duration.ofMillis(600));
        try (RedisLeaderLease second = RedisLeaderLease.open(RedisReplayStoreTest.URI, service, Duration.ofMillis(600))) {
            first.keep(() -> firstLeads.set(true), () -> firstLeads.set(false));
            await().atMost(Duration.ofSeconds(5)).untilTrue(firstLeads);
            second.keep(() -> secondLeads.set(true), () -> secondLeads.set(false));
            await().during(Duration.ofMillis(900)).atMost(Duration.ofSeconds(2)).untilFalse(secondLeads);
            first.close();
            await().atMost(Duration.ofSeconds(5)).untilTrue(secondLeads);
        }
    }
}
