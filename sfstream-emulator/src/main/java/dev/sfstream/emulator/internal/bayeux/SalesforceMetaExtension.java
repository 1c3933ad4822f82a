package dev.sfstream.emulator.internal.bayeux;

import dev.sfstream.emulator.internal.faults.BayeuxError;
import dev.sfstream.emulator.internal.faults.FaultRegistry;
import dev.sfstream.emulator.internal.faults.FaultRule;
import dev.sfstream.emulator.spi.AccessTokens;
import dev.sfstream.emulator.spi.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cometd.bayeux.server.BayeuxContext;
import org.cometd.bayeux.server.BayeuxServer;
import org.cometd.bayeux.server.ServerMessage;
import org.cometd.bayeux.server.ServerSession;

/**
 * The Salesforce rules CometD does not know, applied to every incoming meta message and every outgoing
 * reply: token checks on each request, session fates (dropped, revoked, limit, server disconnect),
 * strict cookies, injected Bayeux errors, subscription checks, the handshake {@code ext}, and the daily
 * delivery allocation on outgoing events.
 */
final class SalesforceMetaExtension implements BayeuxServer.Extension {
    static final String AUTHORIZATION = "sfstream.authorization";
    static final String PRINCIPAL = "sfstream.principal";
    static final String AFFINITY = "sfstream.affinity";
    static final String ORIGINAL_SUBSCRIPTION = "sfstream.subscription";

    private final AccessTokens tokens;
    private final SubscriptionRules subscriptions;
    private final FaultRegistry faults;
    private final DeliveryAllowance allowance;
    private final StreamingOptions options;
    private final SessionControl sessions;
    private final long holdMillis;

    SalesforceMetaExtension(AccessTokens tokens, SubscriptionRules subscriptions, FaultRegistry faults,
                            DeliveryAllowance allowance, StreamingOptions options, SessionControl sessions,
                            long holdMillis) {
        this.holdMillis = holdMillis;
        this.tokens = tokens;
        this.subscriptions = subscriptions;
        this.faults = faults;
        this.allowance = allowance;
        this.options = options;
        this.sessions = sessions;
    }

    @Override
    public boolean rcvMeta(ServerSession session, ServerMessage.Mutable message) {
        ServerMessage.Mutable reply = message.getAssociated();
        if (reply == null) {
            return true;
        }
        String channel = message.getChannel();
        if ("/meta/handshake".equals(channel)) {
            if (message.get("supportedConnectionTypes") instanceof List<?> types && !types.contains("long-polling")) {
                Replies.fail(reply, "400::Invalid connection type " + types, Map.of(), null);
                return false;
            }
            return applyFault(null, message, reply);
        }
        if (session == null || !session.getId().equals(message.getClientId())) {
            return true;
        }
        SessionFate fate = SessionFate.of(session);
        if (fate == SessionFate.GONE || fate == SessionFate.DROPPED || lostAffinity(session, message)) {
            Replies.unknownClient(reply);
            sessions.remove(session);
            return false;
        }
        if (!stillAuthenticated(session, message) || fate == SessionFate.REVOKED) {
            Replies.authenticationInvalid(reply);
            SessionFate.GONE.mark(session);
            return false;
        }
        if (fate == SessionFate.DAILY_LIMIT && "/meta/connect".equals(channel)) {
            Replies.fail(reply, Replies.DAILY_LIMIT, Map.of(), null);
            SessionFate.GONE.mark(session);
            return false;
        }
        if (!applyFault(session, message, reply)) {
            return false;
        }
        if ("/meta/connect".equals(channel)) {
            Object type = message.get("connectionType");
            if (type != null && !"long-polling".equals(type)) {
                Replies.fail(reply, "400::Invalid connection type " + type, Map.of(), null);
                return false;
            }
        } else if ("/meta/subscribe".equals(channel) || "/meta/unsubscribe".equals(channel)) {
            return checkSubscription(session, message, reply);
        }
        return true;
    }

    @Override
    public boolean sendMeta(ServerSession to, ServerMessage.Mutable reply) {
        String channel = reply.getChannel();
        if ("/meta/handshake".equals(channel)) {
            Map<String, Object> ext = reply.getExt(true);
            ext.put("replay", Boolean.TRUE);
            ext.put("payload.format", Boolean.TRUE);
            if (reply.isSuccessful() && to != null) {
                // Salesforce sends the operating advice on the first connect reply, not on the handshake.
                reply.remove("advice");
                sessions.readvise(to);
                Object affinity = reply.getBayeuxContext() == null ? null
                        : reply.getBayeuxContext().getRequestAttribute(AFFINITY);
                if (affinity != null) {
                    to.setAttribute(AFFINITY, affinity);
                }
            }
            return true;
        }
        if ("/meta/connect".equals(channel) && to != null && reply.getAssociated() != null) {
            settleFate(to, reply);
        }
        if (SalesforceBayeuxServer.UNKNOWN_CLIENT.equals(reply.get("error"))) {
            // CometD advises reconnect none for a session it has just removed; Salesforce says handshake.
            SalesforceBayeuxServer.answerUnknownClient(reply);
        }
        Map<String, Object> advice = reply.getAdvice();
        if (advice != null && advice.containsKey("multiple-clients")) {
            advice.putIfAbsent("timeout", holdMillis);
        }
        echoClientId(reply);
        return true;
    }

    /** Salesforce echoes the clientId on meta replies, except on {@code 403::Unknown client}. */
    private static void echoClientId(ServerMessage.Mutable reply) {
        ServerMessage request = reply.getAssociated();
        if (reply.getClientId() == null && request != null && request.getClientId() != null
                && !SalesforceBayeuxServer.UNKNOWN_CLIENT.equals(reply.get("error"))) {
            reply.setClientId(request.getClientId());
        }
    }

    @Override
    public boolean send(ServerSession from, ServerSession to, ServerMessage.Mutable message) {
        if (to == null || message.isMeta()) {
            return true;
        }
        if (!allowance.tryConsume()) {
            if (SessionFate.isLive(to)) {
                SessionFate.DAILY_LIMIT.mark(to);
                sessions.wake(to);
            }
            return false;
        }
        return true;
    }

    private void settleFate(ServerSession session, ServerMessage.Mutable reply) {
        SessionFate fate = SessionFate.of(session);
        if (fate == null) {
            return;
        }
        switch (fate) {
            case DROPPED -> Replies.unknownClient(reply);
            case REVOKED -> {
                Replies.authenticationInvalid(reply);
                SessionFate.GONE.mark(session);
            }
            case DAILY_LIMIT -> {
                Replies.fail(reply, Replies.DAILY_LIMIT, Map.of(), null);
                SessionFate.GONE.mark(session);
            }
            case DISCONNECT_PENDING -> {
                reply.remove("advice");
                Map<String, Object> advice = reply.getAdvice(true);
                advice.put("reconnect", "handshake");
                advice.put("interval", 0L);
                SessionFate.GONE.mark(session);
            }
            case GONE -> {
                // Already told; a reply to a connect that raced with the verdict stays as CometD made it.
            }
        }
    }

    private boolean stillAuthenticated(ServerSession session, ServerMessage message) {
        BayeuxContext context = message.getBayeuxContext();
        String header = context == null ? null : context.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return false;
        }
        Optional<Principal> principal = tokens.authenticate(header);
        if (principal.isEmpty()) {
            return false;
        }
        session.setAttribute(AUTHORIZATION, header);
        session.setAttribute(PRINCIPAL, principal.get());
        return true;
    }

    private boolean lostAffinity(ServerSession session, ServerMessage message) {
        if (!options.strictCookies()) {
            return false;
        }
        Object expected = session.getAttribute(AFFINITY);
        BayeuxContext context = message.getBayeuxContext();
        String sent = context == null ? null : context.getCookie(AffinityCookies.SFDC_STREAM);
        return expected == null || !expected.equals(sent);
    }

    /** Applies an injected Bayeux-level fault; false when the message was answered by it. */
    private boolean applyFault(ServerSession session, ServerMessage.Mutable message, ServerMessage.Mutable reply) {
        if (faults.isEmpty()) {
            return true;
        }
        String channel = message.getChannel();
        String subscription = message.get("subscription") instanceof String s ? SubscriptionFilter.channelOf(s) : null;
        Optional<FaultRule> taken = faults.take(rule -> rule.isBayeuxLevel() && rule.channel() != null
                && (rule.channel().equals(channel)
                || ("/meta/subscribe".equals(channel) && rule.channel().equals(subscription))));
        if (taken.isEmpty()) {
            return true;
        }
        FaultRule rule = taken.get();
        if (rule.delayMillis() > 0) {
            sessions.pause(rule.delayMillis());
        }
        if (rule.serverDisconnect()) {
            if (session != null) {
                sessions.disconnect(session);
            }
            return true;
        }
        BayeuxError error = rule.bayeuxError();
        Replies.fail(reply, error.error(), error.advice(), error.failureReason());
        if (session != null && error.endsSession()) {
            SessionFate.GONE.mark(session);
        }
        return false;
    }

    private boolean checkSubscription(ServerSession session, ServerMessage.Mutable message, ServerMessage.Mutable reply) {
        Object field = message.get("subscription");
        List<?> requested = field instanceof List<?> list ? list : field == null ? List.of() : List.of(field);
        boolean subscribe = "/meta/subscribe".equals(message.getChannel());
        if (requested.isEmpty()) {
            Replies.fail(reply, "400::Channel name not specified", Map.of(), null);
            return false;
        }
        for (Object each : requested) {
            if (!(each instanceof String subscriptionName) || subscriptionName.isEmpty()) {
                Replies.fail(reply, "400::Channel name not specified", Map.of(), null);
                return false;
            }
            if (!subscribe) {
                continue;
            }
            Principal principal = (Principal) session.getAttribute(PRINCIPAL);
            Optional<String> error = subscriptions.check(subscriptionName, principal,
                    ReplayPosition.of(message.getExt(), SubscriptionFilter.channelOf(subscriptionName)));
            if (error.isPresent()) {
                Replies.fail(reply, error.get(), Map.of(), null);
                return false;
            }
        }
        if (field instanceof String single && single.indexOf('?') >= 0) {
            message.put(ORIGINAL_SUBSCRIPTION, single);
            message.put("subscription", SubscriptionFilter.channelOf(single));
        }
        return true;
    }
}
