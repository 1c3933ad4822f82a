package dev.sfstream.bench.client;

import dev.sfstream.auth.SalesforceLogin;
import dev.sfstream.auth.Session;
import dev.sfstream.bench.emulator.BenchEvents;
import dev.sfstream.harness.EmulatorLogins;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.cometd.bayeux.Channel;
import org.cometd.bayeux.Message;
import org.cometd.bayeux.Promise;
import org.cometd.bayeux.client.ClientSession;
import org.cometd.client.BayeuxClient;
import org.cometd.client.http.jetty.JettyHttpClientTransport;
import org.cometd.client.transport.ClientTransport;
import org.cometd.common.JacksonJSONContextClient;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The baseline: the stock CometD 8 client that receives and discards, with only what Salesforce requires
 * (a bearer token on every request and the replay extension). No recovery, no ordering, no commits. It uses
 * the same transport settings as the sfstream configuration it is compared with (Jackson JSON, message size, 15 s
 * network delay).
 */
public final class BareCometdClient implements BenchClient {
    private static final long MAX_NETWORK_DELAY_MILLIS = 15_000;

    private final Long replayFrom;
    private final int maxMessageSize;
    private HttpClient http;
    private BayeuxClient bayeux;
    private SalesforceLogin login;

    /**
     * @param replayFrom where to subscribe from (an event's replay id, {@code -1} or {@code -2}); null for new events
     *     without the replay extension
     * @param maxMessageSize the largest response accepted, in bytes (sfstream's default is 10 MiB)
     */
    public BareCometdClient(Long replayFrom, int maxMessageSize) {
        this.replayFrom = replayFrom;
        this.maxMessageSize = maxMessageSize;
    }

    @Override
    public String name() {
        return "bare-cometd";
    }

    @Override
    public void start(String baseUrl, EventSink sink, Duration timeout) throws Exception {
        login = EmulatorLogins.open(baseUrl);
        Session session = login.current();
        http = new HttpClient();
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("bare-http");
        threads.setDaemon(true);
        http.setExecutor(threads);
        http.setHttpCookieStore(new HttpCookieStore.Empty());
        http.start();
        Map<String, Object> options = new HashMap<>(Map.of(ClientTransport.MAX_MESSAGE_SIZE_OPTION, maxMessageSize,
                ClientTransport.MAX_NETWORK_DELAY_OPTION, MAX_NETWORK_DELAY_MILLIS,
                ClientTransport.JSON_CONTEXT_OPTION, new JacksonJSONContextClient()));
        String bearer = "Bearer " + session.accessToken();
        bayeux = new BayeuxClient(session.instanceUrl() + "/cometd/37.0", new JettyHttpClientTransport(options, http) {
            @Override
            protected void customize(Request request, Promise<Request> promise) {
                request.headers(headers -> headers.put(HttpHeader.AUTHORIZATION, bearer));
                promise.succeed(request);
            }
        });
        if (replayFrom != null) {
            bayeux.addExtension(new ReplayFrom(replayFrom));
        }
        CompletableFuture<Boolean> subscribed = new CompletableFuture<>();
        bayeux.handshake(handshake -> {
            if (!handshake.isSuccessful()) {
                subscribed.completeExceptionally(new IllegalStateException("handshake refused: " + handshake));
                return;
            }
            bayeux.getChannel(BenchEvents.CHANNEL).subscribe((channel, message) -> sink.onEvent(message.getDataAsMap()),
                    reply -> {
                        if (reply.isSuccessful()) {
                            subscribed.complete(true);
                        } else {
                            subscribed.completeExceptionally(new IllegalStateException("subscribe refused: " + reply));
                        }
                    });
        });
        subscribed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        try {
            if (bayeux != null) {
                bayeux.disconnect(2000);
            }
            if (http != null) {
                http.stop();
            }
        } catch (Exception e) {
            throw new IllegalStateException("the bare CometD client did not stop cleanly", e);
        } finally {
            if (login != null) {
                login.close();
            }
        }
    }

    /** Salesforce's replay extension: asks for every subscription to start after {@code replayId}. */
    private record ReplayFrom(long replayId) implements ClientSession.Extension {
        @Override
        public boolean sendMeta(ClientSession session, Message.Mutable message) {
            if (Channel.META_HANDSHAKE.equals(message.getChannel())) {
                message.getExt(true).put("replay", true);
            } else if (Channel.META_SUBSCRIBE.equals(message.getChannel())) {
                message.getExt(true).put("replay", Map.of(BenchEvents.CHANNEL, replayId));
            }
            return true;
        }
    }
}
