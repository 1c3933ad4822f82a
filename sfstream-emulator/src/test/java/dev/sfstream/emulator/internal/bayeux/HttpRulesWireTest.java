package dev.sfstream.emulator.internal.bayeux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.internal.bayeux.WireClient.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What Salesforce checks before Bayeux: paths, versions, body size and shape; and bad Bayeux input. */
class HttpRulesWireTest extends WireTestBase {
    private static final String HANDSHAKE = "[{\"id\":1,\"channel\":\"/meta/handshake\",\"version\":\"1.0\","
            + "\"supportedConnectionTypes\":[\"long-polling\"]}]";

    @ParameterizedTest
    @ValueSource(strings = {"/cometd/65.0", "/cometd/65.0/", "/cometd/65.0/handshake", "/cometd/37.0/meta/handshake"})
    void everyPathUnderTheVersionReachesTheSameHandler(String path) throws Exception {
        Reply reply = client.post(path, HANDSHAKE);

        assertThat(reply.get(0).path("successful").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/cometd", "/cometd/", "/cometd/handshake"})
    void aMissingVersionIsAnHttp400(String path) throws Exception {
        Reply reply = client.post(path, HANDSHAKE);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json()).isEqualTo(client.json("[{\"channel\":\"/meta/handshake\",\"error\":\"400::API version"
                + " in the URI is mandatory. URI format: '/cometd/65.0'\",\"successful\":false}]"));
    }

    @Test
    void anOldVersionIsAnHttp400() throws Exception {
        Reply reply = client.post("/cometd/36.0", HANDSHAKE);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json()).isEqualTo(client.json("[{\"channel\":\"/meta/handshake\",\"error\":\"400::Unsupported"
                + " API version. Only API versions '37.0' and later are supported. URI format: '/cometd/65.0'\","
                + "\"successful\":false}]"));
    }

    @Test
    void aBodyOver32768BytesIsAnHttp413() throws Exception {
        String padding = "x".repeat(32_800);

        Reply reply = client.post("/cometd/65.0", "[{\"channel\":\"/meta/handshake\",\"padding\":\"" + padding + "\"}]");

        assertThat(reply.status()).isEqualTo(413);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"channel\":\"/meta/handshake\",\"version\":\"1.0\"}", "not json", "[]", "[1,2]", "null"})
    void bodiesThatAreNotArraysOfMessagesAreAnHttp400(String body) throws Exception {
        Reply reply = client.post("/cometd/65.0", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.get(0).path("successful").asBoolean(true)).isFalse();
        assertThat(client.handshake()).isNotEmpty();
    }

    @Test
    void otherMessagesBatchedWithAHandshakeAreIgnored() throws Exception {
        Reply reply = client.post("/cometd/65.0", "[{\"id\":1,\"channel\":\"/meta/handshake\",\"version\":\"1.0\","
                + "\"supportedConnectionTypes\":[\"long-polling\"]},{\"id\":2,\"channel\":\"/meta/connect\","
                + "\"connectionType\":\"long-polling\"}]");

        assertThat(reply.json()).hasSize(1);
        assertThat(reply.get(0).path("channel").asText()).isEqualTo("/meta/handshake");
    }

    @Test
    void anUnknownChannelGetsTheDirectoryError() throws Exception {
        String clientId = client.handshake();

        Reply reply = client.subscribe(clientId, 2, "/topic/AccountUpdates", null);

        assertThat(reply.json()).isEqualTo(client.json("[{\"clientId\":\"" + clientId + "\",\"channel\":"
                + "\"/meta/subscribe\",\"id\":\"2\",\"subscription\":\"/topic/AccountUpdates\",\"error\":\"400::The"
                + " channel you requested to subscribe to does not exist {/topic/AccountUpdates}\",\"successful\":false}]"));
    }

    @Test
    void subscribesAreAnsweredInOrderInOneResponse() throws Exception {
        String clientId = client.handshake();

        Reply reply = client.post("/cometd/65.0", "[{\"id\":2,\"channel\":\"/meta/subscribe\",\"clientId\":\"" + clientId
                + "\",\"subscription\":\"/topic/InvoiceStatementUpdates\"},{\"id\":3,\"channel\":\"/meta/subscribe\","
                + "\"clientId\":\"" + clientId + "\",\"subscription\":\"/topic/Missing\"},{\"id\":4,\"channel\":"
                + "\"/meta/subscribe\",\"clientId\":\"" + clientId + "\",\"subscription\":\"/u/Broadcast\"}]");

        assertThat(reply.json()).hasSize(3);
        assertThat(reply.get(0).path("successful").asBoolean()).isTrue();
        assertThat(reply.get(1).path("successful").asBoolean()).isFalse();
        assertThat(reply.get(2).path("id").asText()).isEqualTo("4");
        assertThat(reply.get(2).path("successful").asBoolean()).isTrue();
    }

    @Test
    void badSubscriptionsAndUnknownFieldsGetBayeuxErrorsNotCrashes() throws Exception {
        String clientId = client.handshake();

        Reply empty = client.post("/cometd/65.0", "[{\"id\":2,\"channel\":\"/meta/subscribe\",\"clientId\":\""
                + clientId + "\",\"subscription\":\"\",\"whatever\":{\"x\":[1]}}]");
        Reply relative = client.subscribe(clientId, 3, "topic/X", null);
        Reply missing = client.post("/cometd/65.0", "[{\"id\":4,\"channel\":\"/meta/subscribe\",\"clientId\":\""
                + clientId + "\"}]");
        Reply wrongType = client.post("/cometd/65.0", "[{\"id\":5,\"channel\":\"/meta/subscribe\",\"clientId\":\""
                + clientId + "\",\"subscription\":42,\"ext\":{\"replay\":\"yes\"}}]");
        Reply publish = client.post("/cometd/65.0", "[{\"id\":6,\"channel\":\"/topic/InvoiceStatementUpdates\","
                + "\"clientId\":\"" + clientId + "\",\"data\":{}}]");
        Reply badReplay = client.subscribe(clientId, 7, "/topic/InvoiceStatementUpdates", "\"abc\"");

        assertThat(empty.get(0).path("error").asText()).isEqualTo("400::Channel name not specified");
        assertThat(relative.get(0).path("error").asText())
                .isEqualTo("400::Channel subscriptions must start with a leading '/'");
        assertThat(missing.get(0).path("error").asText()).isEqualTo("400::Channel name not specified");
        assertThat(wrongType.get(0).path("successful").asBoolean()).isFalse();
        assertThat(publish.get(0).path("successful").asBoolean()).isFalse();
        assertThat(badReplay.get(0).path("error").asText()).startsWith("400::The replayId {abc} you provided");
        assertThat(client.connect(clientId, 8).get(0).path("successful").asBoolean()).isTrue();
    }

    @Test
    void aWrongConnectionTypeIsRefused() throws Exception {
        String clientId = client.handshake();

        Reply reply = client.post("/cometd/65.0", "[{\"id\":2,\"channel\":\"/meta/connect\",\"clientId\":\""
                + clientId + "\",\"connectionType\":\"callback-polling\"}]");

        assertThat(reply.get(0).path("error").asText()).isEqualTo("400::Invalid connection type callback-polling");
    }

    @Test
    void aHandshakeWithoutLongPollingIsRefused() throws Exception {
        Reply reply = client.post("/cometd/65.0", "[{\"id\":1,\"channel\":\"/meta/handshake\",\"version\":\"1.0\","
                + "\"supportedConnectionTypes\":[\"websocket\"]}]");

        assertThat(reply.get(0).path("error").asText()).isEqualTo("400::Invalid connection type [websocket]");
        assertThat(reply.get(0).path("successful").asBoolean()).isFalse();
    }
}
