package dev.sfstream.streaming.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cometd.bayeux.Channel;
import org.cometd.bayeux.Message;
import org.cometd.common.HashMapMessage;
import org.junit.jupiter.api.Test;

/** Replies to requests outstanding together are taken as one, each channel's events in replay order. */
class OverlappingRepliesTest {
    private static final String ACCOUNTS = "/topic/Accounts";
    private static final String CHANGES = "/data/ChangeEvents";

    private final OverlappingReplies replies = new OverlappingReplies();

    @Test
    void theOnlyOutstandingReplyIsTakenAtOnce() {
        replies.sent();
        List<Message.Mutable> reply = List.of(poll(), event(ACCOUNTS, 5), event(ACCOUNTS, 6));

        assertThat(replies.answered(reply)).isSameAs(reply);
        assertThat(replies.hold()).isZero();
    }

    @Test
    void aReplyWithoutEventsIsTakenEvenWhileAnotherRequestIsOutstanding() {
        replies.sent();
        replies.sent();
        List<Message.Mutable> reply = List.of(subscribed());

        assertThat(replies.answered(reply)).isSameAs(reply);
    }

    @Test
    void aLaterBatchReadFirstWaitsForTheEarlierOneAndBothAreTakenInReplayOrder() {
        replies.sent();
        replies.sent();
        Message.Mutable poll = poll();
        Message.Mutable subscribed = subscribed();

        assertThat(replies.answered(List.of(poll, event(ACCOUNTS, 285), event(CHANGES, 12), event(ACCOUNTS, 286))))
                .isEmpty();
        assertThat(replies.hold()).isPositive();
        List<Message.Mutable> taken = replies.answered(List.of(event(ACCOUNTS, 1), event(ACCOUNTS, 2), subscribed,
                event(CHANGES, 11)));

        assertThat(taken).hasSize(8);
        assertThat(taken.get(0)).isSameAs(poll);
        assertThat(taken.get(6)).isSameAs(subscribed);
        assertThat(replayIds(taken, ACCOUNTS)).containsExactly(1L, 2L, 285L, 286L);
        assertThat(replayIds(taken, CHANGES)).containsExactly(11L, 12L);
        assertThat(replies.hold()).isZero();
    }

    @Test
    void aFailedRequestReleasesTheHoldWhenItWasTheLastOutstanding() {
        replies.sent();
        replies.sent();
        replies.answered(List.of(event(ACCOUNTS, 3)));

        assertThat(replayIds(replies.failed(), ACCOUNTS)).containsExactly(3L);
        assertThat(replies.failed()).isEmpty();
    }

    @Test
    void theDeadlineReleasesItsOwnHoldOnly() {
        replies.sent();
        replies.sent();
        replies.answered(List.of(event(ACCOUNTS, 3)));
        long first = replies.hold();
        replies.answered(List.of(event(ACCOUNTS, 4)));
        replies.sent();
        replies.sent();
        replies.answered(List.of(event(ACCOUNTS, 7)));

        assertThat(replies.release(first)).isEmpty();
        assertThat(replayIds(replies.release(replies.hold()), ACCOUNTS)).containsExactly(7L);
    }

    @Test
    void eventsWithoutAReplayIdKeepTheirPlaces() {
        Message.Mutable generic = message("/u/Broadcasts", Map.of("payload", "hello"));
        List<Message.Mutable> ordered = OverlappingReplies.inReplayOrder(
                List.of(event(ACCOUNTS, 9), generic, event(ACCOUNTS, 8)));

        assertThat(ordered.get(1)).isSameAs(generic);
        assertThat(replayIds(ordered, ACCOUNTS)).containsExactly(8L, 9L);
    }

    private static List<Long> replayIds(List<Message.Mutable> messages, String channel) {
        return messages.stream().filter(message -> channel.equals(message.getChannel()))
                .map(message -> ((Number) ((Map<?, ?>) message.getDataAsMap().get("event")).get("replayId"))
                        .longValue())
                .toList();
    }

    private static Message.Mutable event(String channel, long replayId) {
        return message(channel, Map.of("event", Map.of("replayId", replayId)));
    }

    private static Message.Mutable message(String channel, Map<String, Object> data) {
        HashMapMessage message = new HashMapMessage();
        message.setChannel(channel);
        message.setData(data);
        return message;
    }

    private static Message.Mutable poll() {
        HashMapMessage message = new HashMapMessage();
        message.setChannel(Channel.META_CONNECT);
        message.setSuccessful(true);
        return message;
    }

    private static Message.Mutable subscribed() {
        HashMapMessage message = new HashMapMessage();
        message.setChannel(Channel.META_SUBSCRIBE);
        message.setSuccessful(true);
        return message;
    }
}
