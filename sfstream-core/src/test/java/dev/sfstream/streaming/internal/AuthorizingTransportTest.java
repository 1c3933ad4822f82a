package dev.sfstream.streaming.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cometd.bayeux.Channel;
import org.cometd.bayeux.Message;
import org.cometd.common.HashMapMessage;
import org.junit.jupiter.api.Test;

/** A reply's successful poll answer is taken before its events, so the next poll leaves while they are read. */
class AuthorizingTransportTest {
    @Test
    void aSuccessfulPollAnswerMovesToTheFrontAndTheEventsKeepTheirOrder() {
        Message.Mutable first = event(1);
        Message.Mutable second = event(2);
        Message.Mutable poll = poll(true);

        assertThat(AuthorizingTransport.successfulPollFirst(List.of(first, second, poll)))
                .containsExactly(poll, first, second);
    }

    @Test
    void aFailedPollAnswerStaysBehindTheEvents() {
        List<Message.Mutable> reply = List.of(event(1), event(2), poll(false));

        assertThat(AuthorizingTransport.successfulPollFirst(reply)).isSameAs(reply);
    }

    @Test
    void aReplyWithoutAPollAnswerIsLeftAsItIs() {
        List<Message.Mutable> reply = List.of(event(1), event(2));

        assertThat(AuthorizingTransport.successfulPollFirst(reply)).isSameAs(reply);
    }

    private static Message.Mutable event(long replayId) {
        HashMapMessage message = new HashMapMessage();
        message.setChannel("/topic/Accounts");
        message.setData(java.util.Map.of("event", java.util.Map.of("replayId", replayId)));
        return message;
    }

    private static Message.Mutable poll(boolean successful) {
        HashMapMessage message = new HashMapMessage();
        message.setChannel(Channel.META_CONNECT);
        message.setSuccessful(successful);
        return message;
    }
}
