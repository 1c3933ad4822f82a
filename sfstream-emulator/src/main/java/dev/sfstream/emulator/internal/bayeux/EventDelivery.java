package dev.sfstream.emulator.internal.bayeux;

import org.cometd.bayeux.Promise;
import org.cometd.bayeux.server.ServerSession;

/**
 * Hands events to subscribers' CometD queues as pre-serialised {@link EventMessage}s. Without per-session
 * {@code clientId}s one message is shared by every session subscribed with the same subscription string.
 */
final class EventDelivery {
    private final boolean clientIdOnDeliveries;

    EventDelivery(boolean clientIdOnDeliveries) {
        this.clientIdOnDeliveries = clientIdOnDeliveries;
    }

    /** Whether a message made for one session may be delivered to others on the same subscription. */
    boolean sharesMessages() {
        return !clientIdOnDeliveries;
    }

    /** The message carrying {@code dataJson} on {@code subscription} for {@code session}. */
    EventMessage message(String subscription, byte[] dataJson, ServerSession session) {
        return new EventMessage(subscription, dataJson, clientIdOnDeliveries ? session.getId() : null);
    }

    void deliver(ServerSession session, EventMessage message) {
        session.deliver(null, message, Promise.noop());
    }
}
