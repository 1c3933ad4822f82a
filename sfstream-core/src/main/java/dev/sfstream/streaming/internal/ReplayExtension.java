package dev.sfstream.streaming.internal;

import dev.sfstream.replay.SessionReplay.Start;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.cometd.bayeux.Channel;
import org.cometd.bayeux.Message;
import org.cometd.bayeux.client.ClientSession;

/**
 * Salesforce's replay extension: announces replay on the handshake and, on every subscribe, sends
 * {@code ext.replay = {channel: start}} with the position computed at the moment the message leaves.
 */
final class ReplayExtension implements ClientSession.Extension {
    private final ToLongFunction<String> startOf;

    /** @param startOf the start position of a subscription (the channel as subscribed) */
    ReplayExtension(ToLongFunction<String> startOf) {
        this.startOf = startOf;
    }

    @Override
    public boolean sendMeta(ClientSession session, Message.Mutable message) {
        if (Channel.META_HANDSHAKE.equals(message.getChannel())) {
            message.getExt(true).put("replay", Boolean.TRUE);
        } else if (Channel.META_SUBSCRIBE.equals(message.getChannel())
                && message.get(Message.SUBSCRIPTION_FIELD) instanceof String subscription) {
            long start = startOf.applyAsLong(subscription);
            message.getExt(true).put("replay", Map.of(ChannelSubscription.withoutFilter(subscription), start));
        }
        return true;
    }

    /** A start as CometD's replay id: the position to resume after, else {@code -2} (all) or {@code -1} (new). */
    static long replayIdOf(Start start) {
        return start.position().isPresent() ? start.position().getAsLong() : start.preset().replayId();
    }
}
