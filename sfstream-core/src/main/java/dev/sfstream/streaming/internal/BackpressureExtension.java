package dev.sfstream.streaming.internal;

import dev.sfstream.streaming.spi.StreamContext;
import org.cometd.bayeux.Channel;
import org.cometd.bayeux.Message;
import org.cometd.bayeux.Promise;
import org.cometd.bayeux.client.ClientSession;

/**
 * Holds each outgoing {@code /meta/connect} while the delivery pipeline is full, without blocking any
 * thread, and lets it go as soon as there is room. If the server drops the session meanwhile, the next
 * poll gets {@code 403::Unknown client} and recovery resubscribes from the watermark.
 */
final class BackpressureExtension implements ClientSession.Extension {
    private final StreamContext pipeline;
    private final Runnable onPause;

    BackpressureExtension(StreamContext pipeline, Runnable onPause) {
        this.pipeline = pipeline;
        this.onPause = onPause;
    }

    @Override
    public void outgoing(ClientSession session, Message.Mutable message, Promise<Boolean> promise) {
        if (Channel.META_CONNECT.equals(message.getChannel()) && pipeline.isFull()) {
            onPause.run();
            pipeline.whenRoom(promise::succeed);
        } else {
            promise.succeed(true);
        }
    }
}
