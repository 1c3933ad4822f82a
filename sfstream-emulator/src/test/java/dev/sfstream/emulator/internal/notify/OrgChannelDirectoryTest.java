package dev.sfstream.emulator.internal.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.WireClient;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Filtered subscriptions on a real PushTopic: only fields of its SELECT list may be named. Raw Bayeux over
 * HTTP, because the stock CometD client refuses channel names with a {@code ?filter}.
 */
class OrgChannelDirectoryTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension();

    private static WireClient wire;

    @BeforeAll
    static void declareTopic() throws Exception {
        wire = new WireClient(EMULATOR.baseUrl()).loginDefault();
        assertThat(wire.post("/services/data/v37.0/sobjects/PushTopic/", "{\"Name\": \"FilteredContacts\", \"Query\":"
                + " \"SELECT Id, Name, Email FROM Contact WHERE Department = 'Sales'\", \"ApiVersion\": \"37.0\"}")
                .statusCode()).isEqualTo(201);
    }

    @Test
    void aFilterFieldOutsideTheSelectListIsRefusedWithTheExactError() {
        Map<?, ?> reply = subscribe("/topic/FilteredContacts?Bogus__c=1");

        assertThat(reply.get("successful")).isEqualTo(false);
        assertThat(reply.get("error")).isEqualTo("400::Query fields {Bogus__c} do not exist on the topic entity");
    }

    @Test
    void aFieldOnlyInTheWhereClauseIsNotFilterable() {
        Map<?, ?> reply = subscribe("/topic/FilteredContacts?Department=Sales");

        assertThat(reply.get("error")).isEqualTo("400::Query fields {Department} do not exist on the topic entity");
    }

    @Test
    void selectedFieldsMayBeFilteredOnIgnoringCase() {
        Map<?, ?> reply = subscribe("/topic/FilteredContacts?email='a@example.com'&NAME=Bob");

        assertThat(reply.get("successful")).as(String.valueOf(reply)).isEqualTo(true);
    }

    private static Map<?, ?> subscribe(String subscription) {
        String handshake = wire.post("/cometd/37.0/handshake", "[{\"channel\":\"/meta/handshake\",\"version\":\"1.0\","
                + "\"supportedConnectionTypes\":[\"long-polling\"]}]").body();
        String clientId = (String) ((Map<?, ?>) wire.array(handshake).get(0)).get("clientId");
        String reply = wire.post("/cometd/37.0/subscribe", "[{\"channel\":\"/meta/subscribe\",\"clientId\":\""
                + clientId + "\",\"subscription\":\"" + subscription + "\"}]").body();
        return (Map<?, ?>) wire.array(reply).get(0);
    }
}
