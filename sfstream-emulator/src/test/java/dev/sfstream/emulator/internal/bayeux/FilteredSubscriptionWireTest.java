package dev.sfstream.emulator.internal.bayeux;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfstream.emulator.internal.bayeux.WireClient.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Filtered PushTopic subscriptions: unknown query fields are refused, {@code &} means OR, quoted values. */
class FilteredSubscriptionWireTest extends ConnectedWireTestBase {
    private static final String TOPIC = "/topic/InvoiceStatementUpdates";

    @Test
    void aFilterNamingFieldsOutsideTheTopicQueryIsRefusedWithSalesforcesError() throws Exception {
        String subscription = TOPIC + "?Status__c=Open&Bogus__c=1&Amount=5";

        Reply reply = client.subscribe(clientId, 3, subscription, null);

        assertThat(reply.json()).isEqualTo(client.json("[{\"clientId\":\"" + clientId + "\",\"channel\":\"/meta/subscribe\","
                + "\"id\":\"3\",\"subscription\":\"" + subscription + "\",\"error\":\"400::Query fields {Amount, Bogus__c}"
                + " do not exist on the topic entity\",\"successful\":false}]"));
        assertThat(server.endpoint.subscriberCount(TOPIC)).isZero();
    }

    @Test
    void filterFieldsAreComparedIgnoringCase() throws Exception {
        Reply reply = client.subscribe(clientId, 3, TOPIC + "?status__c=Open", null);

        assertThat(reply.get(0).path("successful").asBoolean()).isTrue();
    }

    @Test
    void conditionsJoinedByAmpersandMatchWhenAnyOfThemIsTrue() throws Exception {
        String subscription = TOPIC + "?Status__c='Open'&Name='Acme Corp'";
        publish("a1", "Closed", "Acme Corp");
        publish("a2", "Open", "Other");
        publish("a3", "Closed", "Other");
        publish("a4", "Open", "Acme Corp");

        client.post("/cometd/65.0/subscribe", "[{\"id\":3,\"channel\":\"/meta/subscribe\",\"clientId\":\"" + clientId
                + "\",\"subscription\":\"" + subscription + "\",\"ext\":{\"replay\":{\"" + TOPIC + "\":-2}}}]");
        Reply replayed = client.connect(clientId, 4);
        publish("a5", "Closed", "Acme Corp");
        publish("a6", "Pending", "Else");
        Reply live = client.connect(clientId, 5);

        assertThat(recordIds(replayed, subscription)).containsExactly("a1", "a2", "a4");
        assertThat(recordIds(live, subscription)).containsExactly("a5");
    }

    @Test
    void channelsWithoutKnownQueryFieldsAcceptAnyFilterField() throws Exception {
        Reply reply = client.subscribe(clientId, 3, "/topic/Other?Anything=1", null);

        assertThat(reply.get(0).path("successful").asBoolean()).isTrue();
    }

    private void publish(String id, String status, String name) {
        server.endpoint.publish(TOPIC, Map.of("event", Map.of("type", "updated"),
                "sobject", Map.of("Id", id, "Status__c", status, "Name", name)));
    }

    private static List<String> recordIds(Reply reply, String channel) {
        List<String> ids = new ArrayList<>();
        for (JsonNode message : reply.json()) {
            if (channel.equals(message.path("channel").asText())) {
                ids.add(message.path("data").path("sobject").path("Id").asText());
            }
        }
        return ids;
    }
}
