package dev.sfstream.emulator.internal.bayeux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventEnvelopeTest {
    private static final Instant NOW = Instant.parse("2020-12-11T13:44:56.891Z");

    private final EventEnvelope envelope = new EventEnvelope();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void pushTopicEventsGetCreatedDateAndReplayIdNextToTheGivenFields() throws Exception {
        JsonNode data = complete(ChannelFamily.PUSH_TOPIC, Map.of("event", Map.of("type", "created", "replayId", 99),
                "sobject", Map.of("Id", "001000000000001AAA", "Name", "Acme")), 5);

        assertThat(data).isEqualTo(mapper.readTree("{\"sobject\":{\"Id\":\"001000000000001AAA\",\"Name\":\"Acme\"},"
                + "\"event\":{\"type\":\"created\",\"createdDate\":\"2020-12-11T13:44:56.891Z\",\"replayId\":5}}"));
    }

    @Test
    void platformEventsGetAVersion4EventUuidAndASchemaIdButKeepGivenOnes() throws Exception {
        JsonNode generated = complete(ChannelFamily.PLATFORM_EVENT, Map.of("payload", Map.of("Message__c", "hi")), 3_000_000_001L);
        JsonNode given = complete(ChannelFamily.PLATFORM_EVENT, Map.of("payload", Map.of("Message__c", "hi"),
                "schema", "given-schema", "event", Map.of("EventUuid", "given-uuid")), 3_000_000_002L);

        UUID uuid = UUID.fromString(generated.path("event").path("EventUuid").asText());
        assertThat(uuid.version()).isEqualTo(4);
        assertThat(uuid.variant()).isEqualTo(2);
        assertThat(generated.path("schema").asText()).isEqualTo(EventEnvelope.schemaId(Map.of("Message__c", "hi")));
        assertThat(generated.path("event").has("createdDate")).isFalse();
        assertThat(given.path("schema").asText()).isEqualTo("given-schema");
        assertThat(given.path("event").path("EventUuid").asText()).isEqualTo("given-uuid");
        assertThat(given.path("event").path("replayId").asLong()).isEqualTo(3_000_000_002L);
    }

    @Test
    void dataThatIsNotJsonIsRefusedWithAClearError() {
        assertThatThrownBy(() -> envelope.completeJson(ChannelFamily.GENERIC, "/u/Test", Map.of("payload", new Object()), 1, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("event data cannot be written as JSON");
    }

    private JsonNode complete(ChannelFamily family, Map<String, Object> data, long replayId) throws Exception {
        return mapper.readTree(envelope.completeJson(family, "/test", data, replayId, NOW));
    }
}
