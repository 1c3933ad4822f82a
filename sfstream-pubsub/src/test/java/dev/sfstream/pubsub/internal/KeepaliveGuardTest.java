package dev.sfstream.pubsub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeepaliveGuardTest {
    private final KeepaliveGuard guard = new KeepaliveGuard("/event/Order__e");

    @Test
    void aKeepaliveIsAppliedOnlyWhenTheNextResponseIsAKeepaliveToo() {
        assertThat(guard.keepalive(10)).isEmpty();
        assertThat(guard.keepalive(12)).hasValue(10);
        assertThat(guard.keepalive(12)).hasValue(12);
    }

    @Test
    void anEventBetweenTwoKeepalivesCancelsTheFirst() {
        assertThat(guard.keepalive(10)).isEmpty();
        guard.event(7);
        assertThat(guard.keepalive(10)).isEmpty();
        assertThat(guard.keepalive(10)).hasValue(10);
    }

    @Test
    void theLowerOfTwoKeepalivesIsApplied() {
        guard.keepalive(20);
        assertThat(guard.keepalive(15)).hasValue(15);
    }
}
