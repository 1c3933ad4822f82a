package dev.sfstream.streaming.internal;

import org.cometd.bayeux.Channel;
import org.cometd.bayeux.Message;
import org.cometd.bayeux.client.ClientSession;

/**
 * Puts the configured {@code BAYEUX_VERSION} and {@code BAYEUX_MINIMUM_VERSION} into the handshake as
 * {@code version} and {@code minimumVersion}, as the original client sent them.
 */
final class HandshakeVersionExtension implements ClientSession.Extension {
    private final String version;
    private final String minimumVersion;

    HandshakeVersionExtension(String version, String minimumVersion) {
        this.version = version;
        this.minimumVersion = minimumVersion;
    }

    @Override
    public boolean sendMeta(ClientSession session, Message.Mutable message) {
        if (Channel.META_HANDSHAKE.equals(message.getChannel())) {
            message.put(Message.VERSION_FIELD, version);
            message.put(Message.MIN_VERSION_FIELD, minimumVersion);
        }
        return true;
    }
}
