package dev.sfstream.emulator.internal.bayeux;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfstream.emulator.internal.bayeux.WireClient.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Test matrix rows 7 and 12: replay from -1, -2, a stored id, and the invalid-replay error. */
class ReplayWireTest extends ConnectedWireTestBase {
    private static final String TOPIC = "/topic/InvoiceStatementUpdates";

    @Test
    void minusTwoReplaysEveryRetainedEventOnTheNextConnect() throws Exception {
        publish(TOPIC, 3);

        client.subscribe(clientId, 3, TOPIC, "-2");
        Reply reply = client.connect(clientId, 4);

        assertThat(reply.replayIds(TOPIC)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aStoredIdReplaysOnlyTheEventsAfterIt() throws Exception {
        publish(TOPIC, 5);

        client.subscribe(clientId, 3, TOPIC, "3");
        Reply reply = client.connect(clientId, 4);

        assertThat(reply.replayIds(TOPIC)).containsExactly(4L, 5L);
    }

    @Test
    void minusOneAndNoExtDeliverOnlyNewEvents() throws Exception {
        publish(TOPIC, 2);

        client.subscribe(clientId, 3, TOPIC, "-1");
        publish(TOPIC, 1);
        Reply reply = client.connect(clientId, 4);

        assertThat(reply.replayIds(TOPIC)).containsExactly(3L);
    }

    @Test
    void numericStringsAreAcceptedAsReplayIds() throws Exception {
        publish(TOPIC, 2);

        client.subscribe(clientId, 3, TOPIC, "\"1\"");
        Reply reply = client.connect(clientId, 4);

        assertThat(reply.replayIds(TOPIC)).containsExactly(2L);
    }

    @Test
    void theReplayEntryIsFoundAmongOtherChannelsOfTheMap() throws Exception {
        publish(TOPIC, 2);

        client.post("/cometd/65.0/subscribe", "[{\"id\":3,\"channel\":\"/meta/subscribe\",\"clientId\":\"" + clientId
                + "\",\"subscription\":\"" + TOPIC + "\",\"ext\":{\"replay\":{\"/topic/Other\":-1,\"" + TOPIC
                + "\":-2}}}]");
        Reply reply = client.connect(clientId, 4);

        assertThat(reply.replayIds(TOPIC)).containsExactly(1L, 2L);
    }

    @Test
    void anUnknownIdGetsTheExactInvalidReplayError() throws Exception {
        publish(TOPIC, 2);

        Reply reply = client.subscribe(clientId, 3, TOPIC, "1234");

        assertThat(reply.json()).isEqualTo(client.json("[{\"clientId\":\"" + clientId + "\","
                + "\"channel\":\"/meta/subscribe\",\"id\":\"3\",\"subscription\":\"" + TOPIC + "\","
                + "\"error\":\"400::The replayId {1234} you provided was invalid.  Please provide a valid ID, -2 to"
                + " replay all events, or -1 to replay only new events.\",\"successful\":false}]"));
    }

    @Test
    void anIdOlderThanTheRetentionIsInvalidAndExpiredEventsAreNotReplayed() throws Exception {
        publish(TOPIC, 2);
        server.clock.advance(Duration.ofHours(23));
        publish(TOPIC, 1);
        server.clock.advance(Duration.ofHours(2));

        Reply invalid = client.subscribe(clientId, 3, TOPIC, "1");
        client.subscribe(clientId, 4, TOPIC, "-2");
        Reply replayed = client.connect(clientId, 5);

        assertThat(invalid.get(0).path("error").asText()).startsWith("400::The replayId {1} you provided was invalid.");
        assertThat(replayed.replayIds(TOPIC)).containsExactly(3L);
        assertThat(server.endpoint.retainedCount(TOPIC)).isEqualTo(1);
    }

    @Test
    void platformEventsAreRetainedFor72HoursWithLargeReplayIds() throws Exception {
        String channel = "/event/Low_Ink__e";
        long first = server.endpoint.publish(channel, Map.of("payload", Map.of("Printer_Model__c", "XZO-5")));
        server.clock.advance(Duration.ofHours(48));
        long second = server.endpoint.publish(channel, Map.of("payload", Map.of("Printer_Model__c", "XZO-6")));

        client.subscribe(clientId, 3, channel, Long.toString(first));
        Reply reply = client.connect(clientId, 4);

        assertThat(first).isGreaterThan(Integer.MAX_VALUE);
        assertThat(second).isGreaterThan(first);
        JsonNode event = reply.get(0);
        assertThat(event.path("channel").asText()).isEqualTo(channel);
        assertThat(event.path("data").path("event").path("replayId").asLong()).isEqualTo(second);
        assertThat(event.path("data").path("event").path("EventUuid").asText()).hasSize(36);
        assertThat(event.path("data").path("schema").asText()).hasSize(22);
        assertThat(event.path("data").path("payload").path("Printer_Model__c").asText()).isEqualTo("XZO-6");
    }

    @Test
    void replayingAgainDeliversTheSameEventsAgain() throws Exception {
        publish(TOPIC, 2);
        client.subscribe(clientId, 3, TOPIC, "-2");
        List<Long> first = client.connect(clientId, 4).replayIds(TOPIC);

        String second = client.handshake();
        client.connect(second, 5);
        client.subscribe(second, 6, TOPIC, "-2");
        List<Long> again = client.connect(second, 7).replayIds(TOPIC);

        assertThat(again).isEqualTo(first).containsExactly(1L, 2L);
    }

    @Test
    void aFilteredSubscriptionGetsOnlyMatchingRecordsOnItsOwnChannelString() throws Exception {
        String filtered = TOPIC + "?Status__c=Open";
        server.endpoint.publish(TOPIC, Map.of("sobject", Map.of("Id", "a1", "Status__c", "Closed")));
        server.endpoint.publish(TOPIC, Map.of("sobject", Map.of("Id", "a2", "Status__c", "Open")));

        Reply subscribed = client.post("/cometd/65.0/subscribe", "[{\"id\":3,\"channel\":\"/meta/subscribe\","
                + "\"clientId\":\"" + clientId + "\",\"subscription\":\"" + filtered + "\",\"ext\":{\"replay\":{\""
                + TOPIC + "\":-2}}}]");
        Reply reply = client.connect(clientId, 4);

        assertThat(subscribed.get(0).path("subscription").asText()).isEqualTo(filtered);
        assertThat(subscribed.get(0).path("successful").asBoolean()).isTrue();
        assertThat(reply.replayIds(filtered)).containsExactly(2L);
    }

    private void publish(String channel, int count) {
        for (int i = 0; i < count; i++) {
            server.endpoint.publish(channel, Map.of("event", Map.of("type", "updated"), "sobject", Map.of("Id", "a" + i)));
        }
    }
}
