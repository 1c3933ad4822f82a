package dev.sfstream.emulator.internal.bayeux;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.cometd.bayeux.Promise;
import org.cometd.bayeux.server.ServerMessage;
import org.cometd.bayeux.server.ServerSession;
import org.cometd.server.BayeuxServerImpl;
import org.cometd.server.ServerSessionImpl;

/** Ends, wakes and counts the CometD sessions of the emulator. */
final class SessionControl {
    /** Session attribute present while the session's {@code /meta/connect} is held. */
    static final String HELD = "sfstream.held";
    private static final long RELEASE_WAIT_MILLIS = 1000;

    private final BayeuxServerImpl bayeux;

    SessionControl(BayeuxServerImpl bayeux) {
        this.bayeux = bayeux;
    }

    /** The sessions no verdict has ended. */
    List<ServerSession> live() {
        return bayeux.getSessions().stream().filter(SessionFate::isLive).toList();
    }

    int liveCount() {
        return (int) bayeux.getSessions().stream().filter(SessionFate::isLive).count();
    }

    void remove(ServerSession session) {
        bayeux.removeSession(session);
    }

    /** Answers the session's held connect now, if there is one. */
    void wake(ServerSession session) {
        if (session instanceof ServerSessionImpl impl) {
            impl.flush();
        }
    }

    /**
     * Answers the held connect of a client (if any) and waits briefly until it is written, so that a newer
     * connect replaces it the Salesforce way (the old one succeeds with no events) rather than CometD's
     * (an HTTP error for the old one).
     */
    void releaseHeldConnect(String clientId) {
        ServerSession session = bayeux.getSession(clientId);
        if (session != null && session.getAttribute(HELD) instanceof CompletableFuture<?> resumed) {
            wake(session);
            try {
                resumed.get(RELEASE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // The newer connect proceeds anyway; CometD then ends the old one itself.
            }
        }
    }

    /** Records that the session's connect is held; {@link #resumed} completes the returned future. */
    static void suspended(ServerSession session) {
        session.setAttribute(HELD, new CompletableFuture<Void>());
    }

    static void resumed(ServerSession session) {
        if (session.removeAttribute(HELD) instanceof CompletableFuture<?> future) {
            future.complete(null);
        }
    }

    /** Makes CometD send its advice again on the session's next connect reply. */
    void readvise(ServerSession session) {
        if (session instanceof ServerSessionImpl impl) {
            impl.reAdvise();
        }
    }

    /** Forgets every session; a held connect is answered {@code 403::Unknown client}. */
    int dropAll() {
        List<ServerSession> sessions = live();
        for (ServerSession session : sessions) {
            SessionFate.DROPPED.mark(session);
            remove(session);
        }
        return sessions.size();
    }

    /** Marks the session revoked and answers its held connect with {@code 401::Authentication invalid}. */
    void revoke(ServerSession session) {
        SessionFate.REVOKED.mark(session);
        wake(session);
    }

    /**
     * Queues a server-initiated {@code /meta/disconnect} for the session and ends its held connect; the
     * connect reply advises a new handshake, and later requests get {@code 403::Unknown client}.
     */
    void disconnect(ServerSession session) {
        ServerMessage.Mutable message = bayeux.newMessage();
        message.setChannel("/meta/disconnect");
        message.setSuccessful(true);
        message.setClientId(session.getId());
        SessionFate.DISCONNECT_PENDING.mark(session);
        session.deliver(null, message, Promise.noop());
        wake(session);
    }

    int disconnectAll() {
        List<ServerSession> sessions = live();
        sessions.forEach(this::disconnect);
        return sessions.size();
    }

    void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
