package dev.sfstream.emulator.internal.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.BayeuxTestClient;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.WireClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cometd.bayeux.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@SuppressWarnings("unchecked")
class StreamingEventsTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension();

    private final WireClient wire = new WireClient(EMULATOR.baseUrl()).loginDefault();

    @Test
    void platformEventPublishedThroughRestReachesItsChannel() throws Exception {
        try (BayeuxTestClient bayeux = new BayeuxTestClient(EMULATOR.baseUrl(), wire.token()).handshake()) {
            assertThat(bayeux.subscribe("/event/Low_Ink__e", -1).isSuccessful()).isTrue();

            HttpResponse<String> published = wire.post("/services/data/v52.0/sobjects/Low_Ink__e/",
                    "{\"Printer_Model__c\": \"XZO-5\", \"Ink_Percentage__c\": 0.2}");

            assertThat(published.statusCode()).isEqualTo(201);
            assertThat(published.body()).matches("\\{\"id\":\"e00[0-9A-Za-z]{15}\",\"success\":true,\"errors\":\\[]}");
            await().atMost(Duration.ofSeconds(10)).until(() -> bayeux.events("/event/Low_Ink__e").size() == 1);
            Map<String, Object> data = bayeux.events("/event/Low_Ink__e").get(0);
            assertThat((String) data.get("schema")).hasSize(22);
            Map<String, Object> payload = (Map<String, Object>) data.get("payload");
            assertThat(payload.get("Printer_Model__c")).isEqualTo("XZO-5");
            assertThat(((Number) payload.get("Ink_Percentage__c")).doubleValue()).isEqualTo(0.2);
            assertThat(payload.get("CreatedById")).isEqualTo("005xx000001SwiUAAS");
            assertThat((String) payload.get("CreatedDate")).endsWith("Z");
            Map<String, Object> event = (Map<String, Object>) data.get("event");
            assertThat((String) event.get("EventUuid")).matches("[0-9a-f-]{36}");
            assertThat(event.get("replayId")).isInstanceOf(Number.class);
        }
    }

    @Test
    void changeDataCaptureCarriesTheHeaderAndTheCallOptionsClient() throws Exception {
        try (BayeuxTestClient bayeux = new BayeuxTestClient(EMULATOR.baseUrl(), wire.token()).handshake()) {
            assertThat(bayeux.subscribe("/data/ChangeEvents", -1).isSuccessful()).isTrue();
            assertThat(bayeux.subscribe("/data/AccountChangeEvent", -1).isSuccessful()).isTrue();

            HttpResponse<String> created = wire.send("POST", "/services/data/v60.0/sobjects/Account/",
                    "{\"Name\": \"Acme\"}", "Content-Type", "application/json",
                    "Sforce-Call-Options", "client=sfstream-test");
            String id = (String) wire.object(created.body()).get("id");
            wire.patch("/services/data/v60.0/sobjects/Account/" + id, "{\"Industry\": \"Energy\"}");

            await().atMost(Duration.ofSeconds(10)).until(() -> bayeux.events("/data/AccountChangeEvent").size() == 2
                    && bayeux.events("/data/ChangeEvents").size() == 2);
            Map<String, Object> createPayload = (Map<String, Object>) bayeux.events("/data/AccountChangeEvent").get(0).get("payload");
            Map<String, Object> header = (Map<String, Object>) createPayload.get("ChangeEventHeader");
            assertThat(header.get("entityName")).isEqualTo("Account");
            assertThat(header.get("recordIds")).isEqualTo(List.of(id));
            assertThat(header.get("changeType")).isEqualTo("CREATE");
            assertThat(header.get("changeOrigin")).isEqualTo("com/salesforce/api/rest/60.0;client=sfstream-test");
            assertThat(header.get("commitUser")).isEqualTo("005xx000001SwiUAAS");
            assertThat(header.get("sequenceNumber")).isEqualTo(1);
            assertThat(header.get("changedFields")).isEqualTo(List.of());
            assertThat(header).containsKeys("transactionKey", "commitTimestamp", "commitNumber");
            assertThat(createPayload.get("Name")).isEqualTo("Acme");
            assertThat((String) createPayload.get("CreatedDate")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
            Map<String, Object> updatePayload = (Map<String, Object>) bayeux.events("/data/ChangeEvents").get(1).get("payload");
            Map<String, Object> updateHeader = (Map<String, Object>) updatePayload.get("ChangeEventHeader");
            assertThat(updateHeader.get("changeType")).isEqualTo("UPDATE");
            assertThat(updateHeader.get("changeOrigin")).isEqualTo("com/salesforce/api/rest/60.0");
            assertThat((List<Object>) updateHeader.get("changedFields")).contains("Industry", "LastModifiedDate");
            assertThat(updatePayload.keySet()).doesNotContain("Name");
            assertThat(updatePayload.get("Industry")).isEqualTo("Energy");
        }
    }

    @Test
    void genericStreamingPushesToTheStreamingChannel() throws Exception {
        HttpResponse<String> channel = wire.post("/services/data/v37.0/sobjects/StreamingChannel/",
                "{\"Name\": \"/u/Broadcast\", \"Description\": \"all\"}");
        String id = (String) wire.object(channel.body()).get("id");
        assertThat(id).startsWith("0M6");
        try (BayeuxTestClient bayeux = new BayeuxTestClient(EMULATOR.baseUrl(), wire.token()).handshake()) {
            assertThat(bayeux.subscribe("/u/Broadcast", -1).isSuccessful()).isTrue();
            Message missing = bayeux.subscribe("/u/Nobody", -1);
            assertThat(missing.isSuccessful()).isFalse();
            assertThat(missing.get("error")).isEqualTo("404::Unknown channel");

            HttpResponse<String> pushed = wire.post("/services/data/v37.0/sobjects/StreamingChannel/" + id + "/push",
                    "{\"pushEvents\": [{\"payload\": \"Broadcast message to all subscribers\", \"userIds\": []}]}");

            assertThat(pushed.body()).isEqualTo("[{\"fanoutCount\":-1,\"userOnlineStatus\":{}}]");
            await().atMost(Duration.ofSeconds(10)).until(() -> bayeux.events("/u/Broadcast").size() == 1);
            Map<String, Object> data = bayeux.events("/u/Broadcast").get(0);
            assertThat(data.get("payload")).isEqualTo("Broadcast message to all subscribers");
            assertThat((Map<String, Object>) data.get("event")).containsKeys("createdDate", "replayId");
        }
        HttpResponse<String> duplicate = wire.post("/services/data/v37.0/sobjects/StreamingChannel/",
                "{\"Name\": \"/u/Broadcast\"}");
        assertThat(duplicate.body()).contains("\"errorCode\":\"DUPLICATE_DEVELOPER_NAME\"");
    }

    @Test
    void unknownTopicCannotBeSubscribed() throws Exception {
        try (BayeuxTestClient bayeux = new BayeuxTestClient(EMULATOR.baseUrl(), wire.token()).handshake()) {
            Message reply = bayeux.subscribe("/topic/AccountUpdates", -1);

            assertThat(reply.isSuccessful()).isFalse();
            assertThat(reply.get("error"))
                    .isEqualTo("400::The channel you requested to subscribe to does not exist {/topic/AccountUpdates}");
        }
    }
}
