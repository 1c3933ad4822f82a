package dev.sfstream.streaming.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.cometd.bayeux.Message;
import org.cometd.common.HashMapMessage;
import org.junit.jupiter.api.Test;

class FailureClassifierTest {
    private static Message reply(String channel, String error, String failureReason) {
        HashMapMessage message = new HashMapMessage();
        message.setChannel(channel);
        message.setSuccessful(false);
        if (error != null) {
            message.put(Message.ERROR_FIELD, error);
        }
        if (failureReason != null) {
            message.put(Message.EXT_FIELD, Map.of("sfdc", Map.of("failureReason", failureReason)));
        }
        return message;
    }

    private static FailureKind kind(String channel, String error, String failureReason) {
        return FailureClassifier.classify(reply(channel, error, failureReason)).kind();
    }

    @Test
    void classifiesTheSalesforceErrorCatalogue() {
        assertThat(kind("/meta/connect", "403::Unknown client", null)).isEqualTo(FailureKind.SESSION_LOST);
        assertThat(kind("/meta/subscribe", "403::Client has not completed handshake", null))
                .isEqualTo(FailureKind.SESSION_LOST);
        assertThat(kind("/meta/connect", "401::Authentication invalid", null)).isEqualTo(FailureKind.AUTHENTICATION);
        assertThat(kind("/meta/handshake", "403::Handshake denied", "401::Authentication invalid"))
                .isEqualTo(FailureKind.AUTHENTICATION);
        assertThat(kind("/meta/handshake", "403::Handshake denied", "401::Request requires authentication"))
                .isEqualTo(FailureKind.AUTHENTICATION);
        assertThat(kind("/meta/handshake", "403::Handshake denied", "403::Organization concurrent user limit exceeded"))
                .isEqualTo(FailureKind.OVERLOAD);
        assertThat(kind("/meta/connect", "401::Authentication invalid",
                "503::Server is too busy.  Please try your request again later.")).isEqualTo(FailureKind.OVERLOAD);
        assertThat(kind("/meta/connect", "403::Organization total events daily limit exceeded", null))
                .isEqualTo(FailureKind.OVERLOAD);
        assertThat(kind("/meta/subscribe", "403::Subscription limit exceeded for this topic", null))
                .isEqualTo(FailureKind.OVERLOAD);
        assertThat(kind("/meta/handshake", "403::Handshake denied", "403::To protect all customers from excessive "
                + "use and Denial of Service attacks, we limit the number of simultaneous connections per server."))
                .isEqualTo(FailureKind.OVERLOAD);
        assertThat(kind("/meta/handshake", "400::API version in the URI is mandatory. URI format: '/cometd/65.0'", null))
                .isEqualTo(FailureKind.CONFIGURATION);
        assertThat(kind("/meta/handshake", "400::Unsupported API version. Only API versions '37.0' and later are "
                + "supported. URI format: '/cometd/66.0'", null)).isEqualTo(FailureKind.CONFIGURATION);
        assertThat(kind("/meta/subscribe", "400::The channel you requested to subscribe to does not exist {/topic/X}",
                null)).isEqualTo(FailureKind.SUBSCRIPTION_REJECTED);
        assertThat(kind("/meta/subscribe", "403::Restricted channel", null))
                .isEqualTo(FailureKind.SUBSCRIPTION_REJECTED);
        assertThat(kind("/meta/subscribe", "404::Unknown channel", null)).isEqualTo(FailureKind.SUBSCRIPTION_REJECTED);
        assertThat(kind("/meta/subscribe",
                "403::Unable to create channel dynamically, maximum channel limit has been exceeded", null))
                .isEqualTo(FailureKind.SUBSCRIPTION_REJECTED);
        assertThat(kind("/meta/connect", "402::something new", null)).isEqualTo(FailureKind.TRANSPORT);
    }

    @Test
    void readsTheRejectedReplayId() {
        BayeuxFailure failure = FailureClassifier.classify(reply("/meta/subscribe", "400::The replayId {1234} you "
                + "provided was invalid.  Please provide a valid ID, -2 to replay all events, or -1 to replay only new "
                + "events.", null));
        assertThat(failure.kind()).isEqualTo(FailureKind.INVALID_REPLAY_ID);
        assertThat(failure.rejectedReplayId()).isEqualTo(1234L);
    }

    @Test
    void transportFailuresUseTheHttpStatus() {
        HashMapMessage failed = new HashMapMessage();
        failed.setChannel("/meta/connect");
        failed.put("failure", Map.of("httpCode", 502, "exception", new IOException("bad gateway")));
        assertThat(FailureClassifier.classify(failed)).satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FailureKind.TRANSPORT);
            assertThat(f.error()).contains("HTTP 502");
        });
        HashMapMessage unauthorized = new HashMapMessage();
        unauthorized.setChannel("/meta/connect");
        unauthorized.put("failure", Map.of("httpCode", 401));
        assertThat(FailureClassifier.classify(unauthorized).kind()).isEqualTo(FailureKind.AUTHENTICATION);
        HashMapMessage badVersion = new HashMapMessage();
        badVersion.setChannel("/meta/handshake");
        badVersion.put("failure", Map.of("httpCode", 400));
        assertThat(FailureClassifier.classify(badVersion).kind()).isEqualTo(FailureKind.CONFIGURATION);
    }
}
