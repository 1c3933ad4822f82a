package dev.sfstream.emulator.internal.bayeux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.cometd.bayeux.Channel;
import org.cometd.bayeux.Message;
import org.cometd.bayeux.client.ClientSession;
import org.cometd.bayeux.client.ClientSessionChannel;
import org.cometd.client.BayeuxClient;
import org.cometd.client.http.jetty.JettyHttpClientTransport;
import org.cometd.client.transport.ClientTransport;
import org.cometd.common.JacksonJSONContextClient;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stock CometD Java client against the endpoint: handshake, replay, live events, recovery. */
class CometdClientConversationTest {
    private static final String TOPIC = "/topic/InvoiceStatementUpdates";

    private StreamingServer server;
    private HttpClient http;
    private final List<BayeuxClient> clients = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = StreamingServer.start();
        http = new HttpClient();
        http.start();
    }

    @AfterEach
    void stop() throws Exception {
        for (BayeuxClient client : clients) {
            client.disconnect(1000);
        }
        http.stop();
        server.close();
    }

    @Test
    void replaysAllRetainedEventsThenReceivesLiveOnes() throws Exception {
        publish(3);
        ReplayIds replay = new ReplayIds(-2);
        List<Long> received = new CopyOnWriteArrayList<>();
        BayeuxClient client = connectedClient(replay);

        client.getChannel(TOPIC).subscribe((channel, message) -> received.add(replayIdOf(message)));
        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 3);
        publish(2);

        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 5);
        assertThat(received).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void aLargeReplayArrivesOverSeveralConnectsWithLiveEventsBehindIt() throws Exception {
        publish(20_000);
        List<Long> received = new CopyOnWriteArrayList<>();
        AtomicInteger connectReplies = new AtomicInteger();
        BayeuxClient client = connectedClient(new ReplayIds(-2));
        client.getChannel(Channel.META_CONNECT).addListener((ClientSessionChannel.MessageListener) (channel, message) -> {
            if (message.isSuccessful()) {
                connectReplies.incrementAndGet();
            }
        });

        client.getChannel(TOPIC).subscribe((channel, message) -> received.add(replayIdOf(message)));
        await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= 1000);
        publish(500);

        await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= 20_500);
        // The client's default maxMessageSize (1 MiB) would refuse the whole backlog in one reply.
        assertThat(received).containsExactlyElementsOf(LongStream.rangeClosed(1, 20_500).boxed().toList());
        assertThat(connectReplies.get()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void aSpecificReplayIdResumesAfterIt() throws Exception {
        publish(5);
        ReplayIds replay = new ReplayIds(3);
        List<Long> received = new CopyOnWriteArrayList<>();
        BayeuxClient client = connectedClient(replay);

        client.getChannel(TOPIC).subscribe((channel, message) -> received.add(replayIdOf(message)));

        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 2);
        assertThat(received).containsExactly(4L, 5L);
    }

    @Test
    void recoversFromDroppedSessionsAndCatchesUpFromTheLastReplayId() throws Exception {
        ReplayIds replay = new ReplayIds(-1);
        List<Long> received = new CopyOnWriteArrayList<>();
        AtomicInteger handshakes = new AtomicInteger();
        BayeuxClient client = newClient(replay);
        ClientSessionChannel.MessageListener onEvent = (channel, message) -> received.add(replayIdOf(message));
        // The CometD idiom (and EMP-Connector's): subscribe again after every successful handshake.
        client.getChannel(Channel.META_HANDSHAKE).addListener((ClientSessionChannel.MessageListener) (channel, message) -> {
            if (message.isSuccessful()) {
                handshakes.incrementAndGet();
                client.getChannel(TOPIC).subscribe(onEvent);
            }
        });
        client.handshake();
        assertThat(client.waitFor(5000, BayeuxClient.State.CONNECTED)).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> server.endpoint.subscriberCount(TOPIC) == 1);
        publish(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 1);

        server.endpoint.dropSessions();
        publish(2);

        await().atMost(Duration.ofSeconds(10)).until(() -> handshakes.get() >= 2 && received.size() == 3);
        assertThat(received).containsExactly(1L, 2L, 3L);
    }

    private BayeuxClient connectedClient(ReplayIds replay) {
        BayeuxClient client = newClient(replay);
        client.handshake(Map.of("ext", Map.of("replay", true)));
        assertThat(client.waitFor(5000, BayeuxClient.State.CONNECTED)).isTrue();
        return client;
    }

    private BayeuxClient newClient(ReplayIds replay) {
        Map<String, Object> options = new HashMap<>();
        options.put(ClientTransport.JSON_CONTEXT_OPTION, new JacksonJSONContextClient());
        JettyHttpClientTransport transport = new JettyHttpClientTransport(options, http) {
            @Override
            protected void customize(Request request) {
                request.headers(headers -> headers.put("Authorization", "Bearer " + TestOrg.TOKEN));
            }
        };
        BayeuxClient client = new BayeuxClient(server.uri("/cometd/65.0").toString(), transport);
        client.addExtension(replay);
        clients.add(client);
        return client;
    }

    private void publish(int count) {
        for (int i = 0; i < count; i++) {
            server.endpoint.publish(TOPIC, Map.of("event", Map.of("type", "updated"), "sobject", Map.of("Id", "a" + i)));
        }
    }

    @SuppressWarnings("unchecked")
    private static long replayIdOf(Message message) {
        Map<String, Object> event = (Map<String, Object>) message.getDataAsMap().get("event");
        return ((Number) event.get("replayId")).longValue();
    }

    /** A client-side replay extension like EMP-Connector's: remembers the last id per channel. */
    private static final class ReplayIds implements ClientSession.Extension {
        private final Map<String, Long> lastSeen = new ConcurrentHashMap<>();
        private final long initial;

        ReplayIds(long initial) {
            this.initial = initial;
        }

        @Override
        public boolean rcv(ClientSession session, Message.Mutable message) {
            Object event = message.getDataAsMap() == null ? null : message.getDataAsMap().get("event");
            if (event instanceof Map<?, ?> map && map.get("replayId") instanceof Number id) {
                lastSeen.put(message.getChannel(), id.longValue());
            }
            return true;
        }

        @Override
        public boolean sendMeta(ClientSession session, Message.Mutable message) {
            if (Channel.META_SUBSCRIBE.equals(message.getChannel())) {
                String subscription = (String) message.get(Message.SUBSCRIPTION_FIELD);
                message.getExt(true).put("replay", Map.of(subscription, lastSeen.getOrDefault(subscription, initial)));
            }
            return true;
        }
    }
}
