package dev.sfstream.streaming.internal;

import dev.sfstream.auth.Session;
import dev.sfstream.auth.SessionSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.cometd.bayeux.Channel;
import org.cometd.bayeux.Message;
import org.cometd.bayeux.Promise;
import org.cometd.client.transport.TransportListener;
import org.cometd.client.http.jetty.JettyHttpClientTransport;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.http.HttpHeader;

/**
 * The long-polling transport with {@code Authorization: Bearer} taken from the current session on every
 * request. When no session is at hand it is looked up on the session's own auth thread, so a login never blocks a
 * CometD thread. Tells the poll watch when a {@code /meta/connect} actually leaves, and delivers the events of each
 * reply together.
 *
 * <p>A reply's successful {@code /meta/connect} answer is taken before its events, so the next poll leaves while
 * those events are being read and the server prepares its next reply meanwhile (during a catch-up the two overlap
 * instead of taking turns). Replies are then taken one at a time, in the order they arrive, so that events are still
 * delivered in the server's order. A full pipeline still holds the next poll back: it is asked before the poll
 * leaves, so at most one more reply than before can arrive after the pipeline filled up. Replies to requests that
 * were outstanding together are put back in each channel's replay order first ({@link OverlappingReplies}).
 */
final class AuthorizingTransport extends JettyHttpClientTransport {
    private final SessionSource sessions;
    private final Executor authThread;
    private final Consumer<Session> onUse;
    private final PollWatch polls;
    private final Consumer<Runnable> receiveTogether;
    private final EventRoute events;
    private final ScheduledExecutorService scheduler;
    /** Guards the order in which replies are taken, and {@link #overlapping}. */
    private final Object replyOrder = new Object();
    private final OverlappingReplies overlapping = new OverlappingReplies();

    AuthorizingTransport(Map<String, Object> options, HttpClient httpClient, SessionSource sessions,
            Executor authThread, Consumer<Session> onUse, PollWatch polls, Consumer<Runnable> receiveTogether,
            EventRoute events, ScheduledExecutorService scheduler) {
        super(options, httpClient);
        this.sessions = sessions;
        this.authThread = authThread;
        this.onUse = onUse;
        this.polls = polls;
        this.receiveTogether = receiveTogether;
        this.events = events;
        this.scheduler = scheduler;
    }

    @Override
    public void send(TransportListener listener, List<Message.Mutable> messages) {
        if (messages.stream().anyMatch(message -> Channel.META_CONNECT.equals(message.getChannel()))) {
            polls.sent();
        }
        overlapping.sent();
        super.send(new ReplyTogether(listener), messages);
    }

    @Override
    protected void customize(Request request, Promise<Request> promise) {
        Session ready = sessions.ifReady().orElse(null);
        if (ready != null) {
            authorize(request, promise, ready);
            return;
        }
        try {
            authThread.execute(() -> {
                try {
                    authorize(request, promise, sessions.current());
                } catch (RuntimeException failure) {
                    promise.fail(failure);
                }
            });
        } catch (RejectedExecutionException stopped) {
            promise.fail(stopped);
        }
    }

    private void authorize(Request request, Promise<Request> promise, Session session) {
        onUse.accept(session);
        request.headers(headers -> headers.put(HttpHeader.AUTHORIZATION, "Bearer " + session.accessToken()));
        promise.succeed(request);
    }

    /** Takes an event message straight to its subscription. */
    interface EventRoute {
        /** Where {@code message} goes straight to, or null when CometD must process it. */
        Consumer<Message> target(Message.Mutable message);
    }

    /** The reply with its successful {@code /meta/connect} answer moved to the front (the events keep their order). */
    static List<Message.Mutable> successfulPollFirst(List<Message.Mutable> messages) {
        for (int index = messages.size() - 1; index > 0; index--) {
            Message.Mutable message = messages.get(index);
            if (Channel.META_CONNECT.equals(message.getChannel())) {
                if (!message.isSuccessful()) {
                    return messages;
                }
                List<Message.Mutable> reordered = new ArrayList<>(messages.size());
                reordered.add(message);
                for (int other = 0; other < messages.size(); other++) {
                    if (other != index) {
                        reordered.add(messages.get(other));
                    }
                }
                return reordered;
            }
        }
        return messages;
    }

    /** Processes a reply's messages so that the events among them are delivered together. */
    private final class ReplyTogether implements TransportListener {
        private final TransportListener bayeux;

        ReplyTogether(TransportListener bayeux) {
            this.bayeux = bayeux;
        }

        @Override
        public void onSending(List<? extends Message> messages) {
            bayeux.onSending(messages);
        }

        @Override
        public void onMessages(List<Message.Mutable> messages) {
            List<Message.Mutable> pollFirst = successfulPollFirst(messages);
            synchronized (replyOrder) {
                boolean wasHolding = overlapping.hold() != 0;
                takeTogether(overlapping.answered(pollFirst));
                long hold = overlapping.hold();
                if (!wasHolding && hold != 0) {
                    releaseLater(hold);
                }
            }
        }

        /** Releases the hold after its deadline; this reply's listener takes it (CometD has one for all requests). */
        private void releaseLater(long hold) {
            try {
                scheduler.schedule(() -> {
                    synchronized (replyOrder) {
                        takeTogether(overlapping.release(hold));
                    }
                }, OverlappingReplies.HOLD_AT_MOST.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopped) {
                // The session is stopping; whatever is held was never delivered, so the next session replays it.
            }
        }

        private void takeTogether(List<Message.Mutable> messages) {
            if (!messages.isEmpty()) {
                receiveTogether.accept(() -> take(messages));
            }
        }

        /**
         * Delivers the reply in order: events of subscribed channels straight to their subscriptions, everything
         * else through CometD, whose per-message extension chain, promises and listener walk an event would only
         * pass through.
         */
        private void take(List<Message.Mutable> messages) {
            int forCometd = 0;
            for (int index = 0; index < messages.size(); index++) {
                Message.Mutable message = messages.get(index);
                Consumer<Message> target = events.target(message);
                if (target == null) {
                    continue;
                }
                if (forCometd < index) {
                    bayeux.onMessages(messages.subList(forCometd, index));
                }
                target.accept(message);
                forCometd = index + 1;
            }
            if (forCometd < messages.size()) {
                bayeux.onMessages(forCometd == 0 ? messages : messages.subList(forCometd, messages.size()));
            }
        }

        @Override
        public void onFailure(Throwable failure, List<? extends Message> messages) {
            synchronized (replyOrder) {
                takeTogether(overlapping.failed());
            }
            bayeux.onFailure(failure, messages);
        }

        @Override
        public void onTimeout(List<? extends Message> messages, Promise<Long> promise) {
            bayeux.onTimeout(messages, promise);
        }
    }
}
