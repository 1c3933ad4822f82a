package dev.sfstream.emulator.internal.bayeux;

import java.util.Map;
import org.cometd.bayeux.server.ServerMessage;
import org.cometd.server.BayeuxServerImpl;
import org.cometd.server.ServerSessionImpl;

/**
 * The CometD server with Salesforce's wording for the errors CometD itself produces, and sessions whose replies
 * carry a bounded number of events.
 */
final class SalesforceBayeuxServer extends BayeuxServerImpl {
    static final String UNKNOWN_CLIENT = "403::Unknown client";

    private static final Map<String, String> SALESFORCE_WORDING = Map.of(
            "403::handshake_denied", "403::Handshake denied",
            "403::subscription_missing", "400::Channel name not specified",
            "403::subscription_invalid", "400::Channel subscriptions must start with a leading '/'",
            "400::channel_missing", "400::Channel name not specified");

    private final int maxEventsPerReply;
    private final long maxBytesPerReply;

    SalesforceBayeuxServer(int maxEventsPerReply, long maxBytesPerReply) {
        this.maxEventsPerReply = maxEventsPerReply;
        this.maxBytesPerReply = maxBytesPerReply;
    }

    @Override
    public ServerSessionImpl newServerSession() {
        return new BoundedReplySession(this, maxEventsPerReply, maxBytesPerReply);
    }

    @Override
    protected void unknownSession(ServerMessage.Mutable reply) {
        answerUnknownClient(reply);
    }

    @Override
    protected void error(ServerMessage.Mutable reply, String error) {
        super.error(reply, SALESFORCE_WORDING.getOrDefault(error, error));
    }

    /** {@code 403::Unknown client} with advice {@code {interval: 0, reconnect: handshake}}. */
    static void answerUnknownClient(ServerMessage.Mutable reply) {
        if (reply == null) {
            return;
        }
        reply.setSuccessful(false);
        reply.put("error", UNKNOWN_CLIENT);
        reply.remove("clientId");
        Map<String, Object> advice = reply.getAdvice(true);
        advice.clear();
        advice.put("interval", 0L);
        advice.put("reconnect", "handshake");
    }
}
