package dev.sfstream.bench.client;

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
 * The stock CometD 8 client subscribed to one channel with only what Salesforce requires (a bearer token on every
 * request and the replay extension), handing each event's {@code data} to a sink: no recovery, no ordering, no
 * commits. Jackson JSON, the given message size, 15 s network delay. It needs a token, not a login, so that a
 * fresh JVM running it loads nothing of sfstream.
 */
public final class BareSubscriber implements AutoCloseable {
    private static final long MAX_NETWORK_DELAY_MILLIS = 15_000;

    private final HttpClient http;
    private final BayeuxClient bayeux;

    private BareSubscriber(HttpClient http, BayeuxClient bayeux) {
        this.http = http;
        this.bayeux = bayeux;
    }

    /**
     * Handshakes and subscribes; returns once the subscription was confirmed.
     *
     * @param replayFrom where to subscribe from (an event's replay id, {@code -1} or {@code -2}); null for new
     *     events without the replay extension
     * @param maxMessageSize the largest response accepted, in bytes
     */
    public static BareSubscriber subscribe(String instanceUrl, String accessToken, String channel, Long replayFrom,
                                           int maxMessageSize, EventSink sink, Duration timeout) throws Exception {
        HttpClient http = new HttpClient();
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("bare-http");
        threads.setDaemon(true);
        http.setExecutor(threads);
        http.setHttpCookieStore(new HttpCookieStore.Empty());
        http.start();
        Map<String, Object> options = new HashMap<>(Map.of(ClientTransport.MAX_MESSAGE_SIZE_OPTION, maxMessageSize,
                ClientTransport.MAX_NETWORK_DELAY_OPTION, MAX_NETWORK_DELAY_MILLIS,
                ClientTransport.JSON_CONTEXT_OPTION, new JacksonJSONContextClient()));
        String bearer = "Bearer " + accessToken;
        BayeuxClient bayeux = new BayeuxClient(instanceUrl + "/cometd/37.0", new JettyHttpClientTransport(options, http) {
            @Override
            protected void customize(Request request, Promise<Request> promise) {
                request.headers(headers -> headers.put(HttpHeader.AUTHORIZATION, bearer));
                promise.succeed(request);
            }
        });
        if (replayFrom != null) {
            bayeux.addExtension(new ReplayFrom(channel, replayFrom));
        }
        BareSubscriber subscriber = new BareSubscriber(http, bayeux);
        CompletableFuture<Boolean> subscribed = new CompletableFuture<>();
        bayeux.handshake(handshake -> {
            if (!handshake.isSuccessful()) {
                subscribed.completeExceptionally(new IllegalStateException("handshake refused: " + handshake));
                return;
            }
            bayeux.getChannel(channel).subscribe((c, message) -> sink.onEvent(message.getDataAsMap()), reply -> {
                if (reply.isSuccessful()) {
                    subscribed.complete(true);
                } else {
                    subscribed.completeExceptionally(new IllegalStateException("subscribe refused: " + reply));
                }
            });
        });
        try {
            subscribed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception failed) {
            subscriber.close();
            throw failed;
        }
        return subscriber;
    }

    @Override
    public void close() {
        try {
            bayeux.disconnect(2000);
            http.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the bare CometD client did not stop cleanly", e);
        }
    }

    /** Salesforce's replay extension: asks for the subscription to start after {@code replayId}. */
    private record ReplayFrom(String channel, long replayId) implements ClientSession.Extension {
        @Override
        public boolean sendMeta(ClientSession session, Message.Mutable message) {
            if (Channel.META_HANDSHAKE.equals(message.getChannel())) {
                message.getExt(true).put("replay", true);
            } else if (Channel.META_SUBSCRIBE.equals(message.getChannel())) {
                message.getExt(true).put("replay", Map.of(channel, replayId));
            }
            return true;
        }
    }
}
