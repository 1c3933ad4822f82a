package dev.sfstream.streaming.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicInteger;
import org.cometd.bayeux.Channel;
import org.cometd.bayeux.Message;
import org.cometd.bayeux.client.ClientSession;
import org.cometd.bayeux.client.ClientSessionChannel;
import org.cometd.client.BayeuxClient;

/**
 * One Bayeux session: a CometD client from its handshake until it is lost or closed. The recovery machine
 * never reuses a connection; it opens a new one, so nothing of a lost session (subscriptions, cookies,
 * client id, pending callbacks) can leak into the next.
 */
final class Connection {
    /** What a connection reports; called on CometD threads. */
    interface Events {
        /** A request is about to carry this session's token. */
        void sessionUsed(dev.sfstream.auth.Session session);

        void handshook(Connection connection);

        /** A poll succeeded; {@code healthy} once a poll after the first has been answered. */
        void connected(Connection connection, boolean healthy);

        /** The connection failed and is stopped; only a new connection continues. */
        void failed(Connection connection, BayeuxFailure failure);

        void serverDisconnected(Connection connection);

        void subscribeReplied(Connection connection, ChannelSubscription subscription, Message reply);

        void eventReceived(ChannelSubscription subscription, Message message);
    }

    private final SalesforceBayeuxClient client;
    private final Events events;
    private final AtomicInteger polls = new AtomicInteger();
    private final PollWatch pollWatch;
    /** The subscribed channels whose events skip CometD's per-message processing ({@link AuthorizingTransport}). */
    private final Map<String, Consumer<Message>> subscribed = new ConcurrentHashMap<>();

    Connection(String url, ConnectionResources resources, Events events, List<ClientSession.Extension> extensions) {
        this.events = events;
        this.pollWatch = new PollWatch(resources.maxNetworkDelay());
        AuthorizingTransport transport = new AuthorizingTransport(new java.util.HashMap<>(resources.transportOptions()),
                resources.httpClient(), resources.sessions(), resources.authThread(), events::sessionUsed, pollWatch,
                resources.receiveTogether(), new DirectEvents(), resources.cometdScheduler());
        this.client = new SalesforceBayeuxClient(url, resources.cometdScheduler(), transport,
                failure -> events.failed(this, failure));
        client.setBackOffStrategy(new ConnectBackOff(resources.backOff()));
        extensions.forEach(client::addExtension);
        client.getChannel(Channel.META_HANDSHAKE).addListener((ClientSessionChannel.MessageListener) (channel, reply) -> {
            pollWatch.advised(reply);
            if (reply.isSuccessful()) {
                events.handshook(this);
            }
        });
        client.getChannel(Channel.META_CONNECT).addListener((ClientSessionChannel.MessageListener) (channel, reply) -> {
            pollWatch.advised(reply);
            if (reply.isSuccessful()) {
                pollWatch.answered();
                events.connected(this, polls.incrementAndGet() >= 2);
            }
        });
        client.getChannel(Channel.META_DISCONNECT).addListener((ClientSessionChannel.MessageListener) (channel, reply) -> {
            if (reply.isSuccessful() && !client.isClosing()) {
                events.serverDisconnected(this);
            }
        });
    }

    /** Sends the handshake; the outcome arrives through {@link Events}. */
    void open() {
        client.handshake((ClientSession.MessageListener) null);
    }

    /** Whether this connection has subscribed {@code channel} (a reply may still be outstanding). */
    boolean carries(String channel) {
        return subscribed.containsKey(channel);
    }

    /** Subscribes a channel; events and the reply arrive through {@link Events}. */
    void subscribe(ChannelSubscription subscription) {
        ClientSessionChannel channel = client.getChannel(subscription.channel());
        // CometD offers each message to the channel's wildcard names too (/topic/*, /topic/**, /**), making
        // and dropping a channel object for each name that does not exist: kept here, they are made once.
        channel.getChannelId().getWildIds().forEach(client::getChannel);
        Consumer<Message> receiver = message -> events.eventReceived(subscription, message);
        subscribed.put(subscription.channel(), receiver);
        channel.subscribe(
                (from, message) -> receiver.accept(message),
                reply -> events.subscribeReplied(this, subscription, reply));
    }

    /**
     * Events of subscribed channels, straight from the reply. CometD gets those that arrive before the session is
     * connected (so its state follows the replies as before), and any message carrying advice.
     */
    private final class DirectEvents implements AuthorizingTransport.EventRoute {
        @Override
        public Consumer<Message> target(Message.Mutable message) {
            return message.get(Message.ADVICE_FIELD) == null && client.isConnected()
                    ? subscribed.get(message.getChannel()) : null;
        }
    }

    /** Sends {@code /meta/disconnect} and waits for it up to {@code timeout}, then drops whatever is left. */
    void disconnect(Duration timeout) {
        client.closing();
        if (!client.isDisconnected()) {
            client.disconnect();
            if (!client.waitFor(timeout.toMillis(), BayeuxClient.State.DISCONNECTED)) {
                client.abort();
                client.waitFor(timeout.toMillis(), BayeuxClient.State.DISCONNECTED);
            }
        }
    }

    /** Drops the connection at once, without telling the server. */
    void abort() {
        client.closing();
        client.abort();
    }

    /** Why this connection's poll counts as lost, if it went unanswered past its deadline. */
    java.util.Optional<String> overduePoll() {
        return pollWatch.overdue();
    }

    String clientId() {
        return client.getId();
    }
}
