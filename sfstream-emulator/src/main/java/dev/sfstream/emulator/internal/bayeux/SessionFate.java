package dev.sfstream.emulator.internal.bayeux;

import org.cometd.bayeux.server.ServerSession;

/**
 * What the emulator decided about a session that must end; kept as a session attribute so that the
 * session's held or next {@code /meta/connect} is answered accordingly. A session without a fate is live.
 */
enum SessionFate {
    /** Forgotten by {@code sessions/drop}: answered {@code 403::Unknown client}. */
    DROPPED,
    /** Its token was revoked: the next connect reply is {@code 401::Authentication invalid}. */
    REVOKED,
    /** The daily delivery allocation ran out: the next connect reply carries the limit error. */
    DAILY_LIMIT,
    /** A server-initiated {@code /meta/disconnect} is queued for it. */
    DISCONNECT_PENDING,
    /** The client was told; any further request is answered {@code 403::Unknown client}. */
    GONE;

    private static final String ATTRIBUTE = "sfstream.fate";

    static SessionFate of(ServerSession session) {
        return session == null ? null : (SessionFate) session.getAttribute(ATTRIBUTE);
    }

    static boolean isLive(ServerSession session) {
        return !session.isLocalSession() && of(session) == null;
    }

    void mark(ServerSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }
}
