package dev.sfstream.streaming.internal;

import dev.sfstream.auth.Session;
import dev.sfstream.auth.SessionSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
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
 * request. The session is looked up on the session's own auth thread, so a login never blocks a CometD thread.
 * Tells the poll watch when a {@code /meta/connect} actually leaves.
 */
final class AuthorizingTransport extends JettyHttpClientTransport {
    private final SessionSource sessions;
    private final Executor authThread;
    private final Consumer<Session> onUse;
    private final PollWatch polls;

    AuthorizingTransport(Map<String, Object> options, HttpClient httpClient, SessionSource sessions,
            Executor authThread, Consumer<Session> onUse, PollWatch polls) {
        super(options, httpClient);
        this.sessions = sessions;
        this.authThread = authThread;
        this.onUse = onUse;
        this.polls = polls;
    }

    @Override
    public void send(TransportListener listener, List<Message.Mutable> messages) {
        if (messages.stream().anyMatch(message -> Channel.META_CONNECT.equals(message.getChannel()))) {
            polls.sent();
        }
        super.send(listener, messages);
    }

    @Override
    protected void customize(Request request, Promise<Request> promise) {
        try {
            authThread.execute(() -> {
                try {
                    Session session = sessions.current();
                    onUse.accept(session);
                    request.headers(headers -> headers.put(HttpHeader.AUTHORIZATION, "Bearer " + session.accessToken()));
                    promise.succeed(request);
                } catch (RuntimeException failure) {
                    promise.fail(failure);
                }
            });
        } catch (RejectedExecutionException stopped) {
            promise.fail(stopped);
        }
    }
}
