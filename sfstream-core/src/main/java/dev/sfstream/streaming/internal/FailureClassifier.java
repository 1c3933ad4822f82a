package dev.sfstream.streaming.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cometd.bayeux.Channel;
import org.cometd.bayeux.Message;

/**
 * Classifies an unsuccessful Bayeux reply, or a failure the CometD client made up for a message that
 * never got a reply, into a {@link FailureKind}, following the error catalogue of Salesforce's
 * Streaming API. Salesforce puts the real cause of a handshake denial or a 503 in
 * {@code ext.sfdc.failureReason}, so that is read first.
 */
final class FailureClassifier {
    private static final Pattern REPLAY_ID = Pattern.compile("^400::The replayId \\{(-?\\d+)}");

    private FailureClassifier() {
    }

    static BayeuxFailure classify(Message message) {
        String metaChannel = message.getChannel();
        String text = failureReason(message);
        if (text == null) {
            text = message.get(Message.ERROR_FIELD) instanceof String error ? error : null;
        }
        if (text == null) {
            return transportFailure(message, metaChannel);
        }
        return new BayeuxFailure(kindOf(text, metaChannel), metaChannel, text, rejectedReplayId(text));
    }

    static FailureKind kindOf(String error, String metaChannel) {
        if (error.startsWith("404::message_deleted")) {
            return FailureKind.WITHDRAWN;
        }
        if (error.startsWith("401::")) {
            return FailureKind.AUTHENTICATION;
        }
        if (error.startsWith("503::")) {
            return FailureKind.OVERLOAD;
        }
        if (error.startsWith("400::The replayId")) {
            return FailureKind.INVALID_REPLAY_ID;
        }
        if (error.startsWith("403::Unknown client") || error.startsWith("403::Client has not completed handshake")
                || error.startsWith("400::Authenticated user id does not match")
                || error.contains("has established a session, but no")) {
            return FailureKind.SESSION_LOST;
        }
        if (error.startsWith("403::") && error.contains("maximum channel limit")) {
            return FailureKind.SUBSCRIPTION_REJECTED;
        }
        if (error.startsWith("403::Organization") || error.startsWith("403::Subscription limit exceeded")
                || error.startsWith("403::To protect all customers")) {
            return FailureKind.OVERLOAD;
        }
        if (error.startsWith("400::API version") || error.startsWith("400::Unsupported API version")
                || error.startsWith("400::Invalid connection type")) {
            return FailureKind.CONFIGURATION;
        }
        if (Channel.META_SUBSCRIBE.equals(metaChannel)) {
            return FailureKind.SUBSCRIPTION_REJECTED;
        }
        return FailureKind.TRANSPORT;
    }

    private static BayeuxFailure transportFailure(Message message, String metaChannel) {
        String description = "no reply";
        Integer httpStatus = null;
        if (message.get("failure") instanceof Map<?, ?> failure) {
            if (failure.get("httpCode") instanceof Number code) {
                httpStatus = code.intValue();
                description = "HTTP " + httpStatus;
            }
            if (failure.get("exception") instanceof Throwable cause) {
                description = (httpStatus == null ? "" : description + ", ") + cause;
            }
        }
        FailureKind kind = FailureKind.TRANSPORT;
        if (httpStatus != null && httpStatus == 401) {
            kind = FailureKind.AUTHENTICATION;
        } else if (httpStatus != null && (httpStatus == 400 || httpStatus == 404)
                && Channel.META_HANDSHAKE.equals(metaChannel)) {
            // Salesforce answers an unsupported or missing API version with HTTP 400 on the handshake.
            kind = FailureKind.CONFIGURATION;
            description += " to the handshake: check API_VERSION and the instance URL";
        }
        return new BayeuxFailure(kind, metaChannel, description, null);
    }

    private static String failureReason(Message message) {
        Map<String, Object> ext = message.getExt();
        if (ext != null && ext.get("sfdc") instanceof Map<?, ?> sfdc && sfdc.get("failureReason") instanceof String reason) {
            return reason;
        }
        return null;
    }

    private static Long rejectedReplayId(String error) {
        Matcher matcher = REPLAY_ID.matcher(error);
        return matcher.find() ? Long.valueOf(matcher.group(1)) : null;
    }
}
