package dev.sfstream.emulator.internal.bayeux;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cometd.bayeux.server.ServerMessage;
import org.cometd.server.ServerMessageImpl;

/** Builds Salesforce's unsuccessful replies on CometD reply messages. */
final class Replies {
    static final String AUTHENTICATION_INVALID = "401::Authentication invalid";
    static final String DAILY_LIMIT = "403::Organization total events daily limit exceeded";

    private Replies() {
    }

    /** Makes {@code reply} unsuccessful with {@code error}, replacing any advice with {@code advice}. */
    static void fail(ServerMessage.Mutable reply, String error, Map<String, Object> advice, String failureReason) {
        reply.setSuccessful(false);
        reply.put("error", error);
        reply.remove("advice");
        if (advice != null && !advice.isEmpty()) {
            reply.getAdvice(true).putAll(advice);
        }
        if (failureReason != null) {
            setFailureReason(reply, failureReason);
        }
        if (reply instanceof ServerMessageImpl impl) {
            impl.setHandled(true);
        }
    }

    /** {@code 401::Authentication invalid} with advice {@code {reconnect: none, interval: 0}}. */
    static void authenticationInvalid(ServerMessage.Mutable reply) {
        Map<String, Object> advice = new LinkedHashMap<>();
        advice.put("reconnect", "none");
        advice.put("interval", 0L);
        fail(reply, AUTHENTICATION_INVALID, advice, null);
    }

    static void unknownClient(ServerMessage.Mutable reply) {
        SalesforceBayeuxServer.answerUnknownClient(reply);
        if (reply instanceof ServerMessageImpl impl) {
            impl.setHandled(true);
        }
    }

    static void setFailureReason(ServerMessage.Mutable reply, String failureReason) {
        Map<String, Object> ext = reply.getExt(true);
        Map<String, Object> sfdc = new LinkedHashMap<>();
        if (ext.get("sfdc") instanceof Map<?, ?> existing) {
            existing.forEach((k, v) -> sfdc.put(String.valueOf(k), v));
        }
        sfdc.put("failureReason", failureReason);
        ext.put("sfdc", sfdc);
    }
}
