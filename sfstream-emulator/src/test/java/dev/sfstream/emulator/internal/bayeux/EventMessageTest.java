package dev.sfstream.emulator.internal.bayeux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EventMessageTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void wrapsTheRetainedDataJsonWithTheDeliveryChannel() throws Exception {
        byte[] data = "{\"event\":{\"replayId\":7},\"sobject\":{\"Name\":\"Zoë\"}}".getBytes(StandardCharsets.UTF_8);

        EventMessage message = new EventMessage("/topic/T?Name='A \"quoted\" name'", data, null);

        JsonNode json = mapper.readTree(message.getJSONBytes());
        assertThat(json.path("channel").asText()).isEqualTo("/topic/T?Name='A \"quoted\" name'");
        assertThat(json.path("data").path("sobject").path("Name").asText()).isEqualTo("Zoë");
        assertThat(json.has("clientId")).isFalse();
        assertThat(message.getJSON()).isEqualTo(new String(message.getJSONBytes(), StandardCharsets.UTF_8));
        assertThat(message.getChannel()).isEqualTo("/topic/T?Name='A \"quoted\" name'");
    }

    @Test
    void carriesTheClientIdWhenGivenOne() throws Exception {
        EventMessage message = new EventMessage("/u/Broadcast", "{\"payload\":\"hi\"}".getBytes(StandardCharsets.UTF_8),
                "abc123");

        assertThat(mapper.readTree(message.getJSONBytes())).isEqualTo(
                mapper.readTree("{\"data\":{\"payload\":\"hi\"},\"channel\":\"/u/Broadcast\",\"clientId\":\"abc123\"}"));
        assertThat(message.getClientId()).isEqualTo("abc123");
    }

    @Test
    void isFrozenSoThatCometdNeitherRegeneratesNorChangesIt() {
        EventMessage message = new EventMessage("/u/Broadcast", "{}".getBytes(StandardCharsets.UTF_8), null);

        assertThatThrownBy(() -> message.put("data", "changed")).isInstanceOf(UnsupportedOperationException.class);
    }
}
