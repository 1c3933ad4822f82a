package dev.sfstream.emulator.internal.bayeux;

import java.util.List;
import org.cometd.bayeux.Promise;
import org.cometd.bayeux.server.ServerMessage;
import org.cometd.bayeux.server.ServerSession;
import org.cometd.server.BayeuxServerImpl;
import org.cometd.server.ServerSessionImpl;

/** Ends, wakes and counts the CometD sessions of the emulator. */
final class SessionControl {
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
