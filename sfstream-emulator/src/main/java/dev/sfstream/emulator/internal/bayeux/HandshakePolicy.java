package dev.sfstream.emulator.internal.bayeux;

import dev.sfstream.emulator.spi.AccessTokens;
import dev.sfstream.emulator.spi.Principal;
import java.util.Optional;
import org.cometd.bayeux.Promise;
import org.cometd.bayeux.server.BayeuxContext;
import org.cometd.bayeux.server.BayeuxServer;
import org.cometd.bayeux.server.SecurityPolicy;
import org.cometd.bayeux.server.ServerChannel;
import org.cometd.bayeux.server.ServerMessage;
import org.cometd.bayeux.server.ServerSession;

/**
 * Who may handshake (a valid token, below the concurrent-client limit; the reason for a denial goes to
 * {@code ext.sfdc.failureReason}) and who may publish (nobody over Bayeux: events come from the org). Channel creation and
 * subscription checks happen in {@link SalesforceMetaExtension}.
 */
final class HandshakePolicy implements SecurityPolicy {
    static final String REQUIRES_AUTHENTICATION = "401::Request requires authentication";
    static final String CONCURRENT_LIMIT = "403::Organization concurrent user limit exceeded";

    private final AccessTokens tokens;
    private final StreamingOptions options;
    private final SessionControl sessions;

    HandshakePolicy(AccessTokens tokens, StreamingOptions options, SessionControl sessions) {
        this.tokens = tokens;
        this.options = options;
        this.sessions = sessions;
    }

    @Override
    public void canHandshake(BayeuxServer server, ServerSession session, ServerMessage message,
                             Promise<Boolean> promise) {
        BayeuxContext context = message.getBayeuxContext();
        String header = context == null ? null : context.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            deny(message, REQUIRES_AUTHENTICATION, promise);
            return;
        }
        Optional<Principal> principal = tokens.authenticate(header);
        if (principal.isEmpty()) {
            deny(message, Replies.AUTHENTICATION_INVALID, promise);
            return;
        }
        int limit = options.concurrentClientLimit();
        if (limit > 0 && sessions.liveCount() >= limit) {
            deny(message, CONCURRENT_LIMIT, promise);
            return;
        }
        session.setAttribute(SalesforceMetaExtension.AUTHORIZATION, header);
        session.setAttribute(SalesforceMetaExtension.PRINCIPAL, principal.get());
        promise.succeed(true);
    }

    @Override
    public void canCreate(BayeuxServer server, ServerSession session, String channelId, ServerMessage message,
                          Promise<Boolean> promise) {
        promise.succeed(true);
    }

    @Override
    public void canSubscribe(BayeuxServer server, ServerSession session, ServerChannel channel, ServerMessage message,
                             Promise<Boolean> promise) {
        promise.succeed(true);
    }

    @Override
    public void canPublish(BayeuxServer server, ServerSession session, ServerChannel channel, ServerMessage message,
                           Promise<Boolean> promise) {
        promise.succeed(session != null && session.isLocalSession());
    }

    private static void deny(ServerMessage message, String failureReason, Promise<Boolean> promise) {
        ServerMessage.Mutable reply = message.getAssociated();
        if (reply != null) {
            Replies.setFailureReason(reply, failureReason);
        }
        promise.succeed(false);
    }
}
