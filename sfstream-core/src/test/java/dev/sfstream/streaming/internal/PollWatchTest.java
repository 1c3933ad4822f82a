package dev.sfstream.streaming.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.cometd.bayeux.Message;
import org.cometd.common.HashMapMessage;
import org.junit.jupiter.api.Test;

class PollWatchTest {
    @Test
    void theDeadlineIsTheServersTimeoutAdvicePlusTheNetworkDelayAndAMargin() {
        PollWatch watch = new PollWatch(Duration.ofSeconds(3));
        assertThat(watch.deadline()).isEqualTo(Duration.ofMillis(110_000 + 3_000 + 1_000));
        HashMapMessage reply = new HashMapMessage();
        reply.put(Message.ADVICE_FIELD, Map.of(Message.TIMEOUT_FIELD, 2_000L));
        watch.advised(reply);
        assertThat(watch.deadline()).isEqualTo(Duration.ofMillis(2_000 + 3_000 + 1_000));
    }

    @Test
    void onlyASentAndUnansweredPollCanBeOverdue() {
        PollWatch watch = new PollWatch(Duration.ofMillis(1));
        HashMapMessage reply = new HashMapMessage();
        reply.put(Message.ADVICE_FIELD, Map.of(Message.TIMEOUT_FIELD, -5L));
        watch.advised(reply);
        assertThat(watch.overdue()).as("nothing sent yet").isEmpty();
        watch.sent();
        watch.answered();
        assertThat(watch.overdue()).as("answered").isEmpty();
    }
}
