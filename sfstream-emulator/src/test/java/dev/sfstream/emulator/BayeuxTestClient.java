package dev.sfstream.emulator;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.cometd.bayeux.Message;
import org.cometd.bayeux.client.ClientSession;
import org.cometd.client.BayeuxClient;
import org.cometd.client.http.jetty.JettyHttpClientTransport;
import org.cometd.client.transport.ClientTransport;
import org.cometd.common.JacksonJSONContextClient;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;

/** The stock CometD Java client, set up as Salesforce clients do (bearer token, replay extension). */
public final class BayeuxTestClient implements AutoCloseable {
    private final HttpClient http = new HttpClient();
    private final BayeuxClient client;
    private final Map<String, Long> replay = new ConcurrentHashMap<>();
    private final Map<String, List<Map<String, Object>>> events = new ConcurrentHashMap<>();

    public BayeuxTestClient(String baseUrl, String token) {
        try {
            http.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> options = new java.util.HashMap<>();
        options.put(ClientTransport.JSON_CONTEXT_OPTION, new JacksonJSONContextClient());
        JettyHttpClientTransport transport = new JettyHttpClientTransport(options, http) {
            @Override
            protected void customize(Request request) {
                super.customize(request);
                request.headers(headers -> headers.put("Authorization", "Bearer " + token));
            }
        };
        client = new BayeuxClient(baseUrl + "/cometd/37.0", transport);
        client.addExtension(new ClientSession.Extension() {
            @Override
            public boolean sendMeta(ClientSession session, Message.Mutable message) {
                if (Message.Mutable.class.isInstance(message) && "/meta/subscribe".equals(message.getChannel())) {
                    Object subscription = message.get(Message.SUBSCRIPTION_FIELD);
                    Long id = replay.get(String.valueOf(subscription));
                    if (id != null) {
                        message.getExt(true).put("replay", Map.of(String.valueOf(subscription), id));
                    }
                }
                return true;
            }
        });
    }

    /** Handshakes and waits until connected. */
    public BayeuxTestClient handshake() {
        client.handshake(Duration.ofSeconds(10).toMillis());
        if (!client.waitFor(Duration.ofSeconds(10).toMillis(), BayeuxClient.State.CONNECTED)) {
            throw new IllegalStateException("the CometD client did not reach CONNECTED within 10 s");
        }
        return this;
    }

    /** Subscribes with {@code ext.replay} and returns the subscribe reply. */
    public Message subscribe(String channel, long replayId) throws Exception {
        replay.put(channel, replayId);
        List<Map<String, Object>> received = events.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>());
        CompletableFuture<Message> reply = new CompletableFuture<>();
        client.getChannel(channel).subscribe((c, message) -> received.add(message.getDataAsMap()), reply::complete);
        return reply.get(10, TimeUnit.SECONDS);
    }

    /** The {@code data} of every event received on the channel so far. */
    public List<Map<String, Object>> events(String channel) {
        return List.copyOf(events.getOrDefault(channel, List.of()));
    }

    @Override
    public void close() throws Exception {
        client.disconnect(2000);
        http.stop();
    }
}
