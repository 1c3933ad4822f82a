package dev.sfstream.emulator.internal.bayeux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.internal.bayeux.WireClient.Reply;
import dev.sfstream.emulator.spi.EmulatorTimers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A large backlog leaves over several connect replies, each within the per-reply bounds, in order. */
class BoundedReplyWireTest {
    private static final String TOPIC = "/topic/InvoiceStatementUpdates";

    private StreamingServer server;
    private WireClient client;

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void aReplayOfFiveThousandEventsArrivesInFiveRepliesOfOneThousand() throws Exception {
        String clientId = subscribedToBacklog(eventsPerReply(1000), 5000);
        List<List<Long>> replies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            replies.add(client.connect(clientId, 4 + i).replayIds(TOPIC));
        }

        assertThat(replies).allSatisfy(ids -> assertThat(ids).hasSize(1000));
        assertThat(replies.stream().flatMap(List::stream).toList())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 5000).boxed().toList());
        assertThat(server.endpoint.heldConnectCount()).isZero();
    }

    @Test
    void liveEventsPublishedDuringTheBacklogQueueBehindIt() throws Exception {
        String clientId = subscribedToBacklog(eventsPerReply(1000), 2500);
        List<Long> first = client.connect(clientId, 4).replayIds(TOPIC);
        publish(10);
        List<Long> second = client.connect(clientId, 5).replayIds(TOPIC);
        List<Long> third = client.connect(clientId, 6).replayIds(TOPIC);
        List<Long> fourth = client.connect(clientId, 7).replayIds(TOPIC);

        assertThat(first).containsExactlyElementsOf(LongStream.rangeClosed(1, 1000).boxed().toList());
        assertThat(second).containsExactlyElementsOf(LongStream.rangeClosed(1001, 2000).boxed().toList());
        assertThat(third).containsExactlyElementsOf(LongStream.rangeClosed(2001, 2510).boxed().toList());
        assertThat(fourth).isEmpty();
    }

    @Test
    void aLargeBacklogIsQueuedTwoRepliesAtATimeAndArrivesWhole() throws Exception {
        String clientId = subscribedToBacklog(eventsPerReply(100), 5000);
        assertThat(server.endpoint.queuedMessages(clientId)).isLessThanOrEqualTo(200);
        List<Long> all = new ArrayList<>();
        int id = 4;
        while (all.size() < 5000) {
            List<Long> reply = client.connect(clientId, id++).replayIds(TOPIC);
            assertThat(reply).hasSize(100);
            assertThat(server.endpoint.queuedMessages(clientId)).isLessThanOrEqualTo(200);
            all.addAll(reply);
        }

        assertThat(all).containsExactlyElementsOf(LongStream.rangeClosed(1, 5000).boxed().toList());
    }

    @Test
    void eventsPublishedThroughoutALongReplayArriveAfterItOnceEachInOrder() throws Exception {
        String clientId = subscribedToBacklog(eventsPerReply(100), 1000);
        List<Long> all = new ArrayList<>();
        int id = 4;
        for (int round = 0; round < 12; round++) {
            publish(25);
            all.addAll(client.connect(clientId, id++).replayIds(TOPIC));
        }
        while (all.size() < 1300) {
            all.addAll(client.connect(clientId, id++).replayIds(TOPIC));
        }

        assertThat(all).containsExactlyElementsOf(LongStream.rangeClosed(1, 1300).boxed().toList());
        publish(1);
        assertThat(client.connect(clientId, id).replayIds(TOPIC)).containsExactly(1301L);
    }

    @Test
    void unsubscribingDuringAReplayEndsIt() throws Exception {
        String clientId = subscribedToBacklog(eventsPerReply(100), 1000);
        List<Long> all = new ArrayList<>(client.connect(clientId, 4).replayIds(TOPIC));
        client.post("/cometd/65.0/unsubscribe", "[{\"id\":5,\"channel\":\"/meta/unsubscribe\",\"clientId\":\""
                + clientId + "\",\"subscription\":\"" + TOPIC + "\"}]");
        int id = 6;
        List<Long> reply;
        while (!(reply = client.connect(clientId, id++).replayIds(TOPIC)).isEmpty()) {
            all.addAll(reply);
        }

        assertThat(all).hasSizeLessThanOrEqualTo(300)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, all.size()).boxed().toList());
    }

    @Test
    void theByteBoundSplitsRepliesToo() throws Exception {
        String clientId = subscribedToBacklog(StreamingOptions.defaults().withMaxBytesPerReply(10_000), 300);
        List<Long> all = new ArrayList<>();
        int replies = 0;
        while (all.size() < 300) {
            Reply reply = client.connect(clientId, 4 + replies++);
            assertThat(reply.body().length()).isLessThan(10_000 + 1_000);
            all.addAll(reply.replayIds(TOPIC));
        }

        assertThat(replies).isGreaterThan(1);
        assertThat(all).containsExactlyElementsOf(LongStream.rangeClosed(1, 300).boxed().toList());
    }

    private static StreamingOptions eventsPerReply(int max) {
        return StreamingOptions.defaults().withMaxEventsPerReply(max);
    }

    /** The client's id, subscribed with {@code -2} to {@code backlog} retained events. */
    private String subscribedToBacklog(StreamingOptions options, int backlog) throws Exception {
        server = new StreamingServer(EmulatorTimers.fast(), options);
        client = new WireClient(server);
        String clientId = client.handshakeAndConnect();
        publish(backlog);
        client.subscribe(clientId, 3, TOPIC, "-2");
        return clientId;
    }

    private void publish(int count) {
        for (int i = 0; i < count; i++) {
            server.endpoint.publish(TOPIC, Map.of("event", Map.of("type", "updated"), "sobject", Map.of("Id", "a" + i)));
        }
    }
}
