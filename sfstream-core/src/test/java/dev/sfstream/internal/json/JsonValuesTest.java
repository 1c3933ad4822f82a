package dev.sfstream.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValuesTest {
    private static final String DOCUMENT = "{\"text\":\"abc\",\"number\":42,\"real\":1.5,\"yes\":true,\"no\":false,"
            + "\"none\":null,\"object\":{\"a\":1},\"list\":[1,2],\"trueText\":\"true\",\"falseText\":\" false \","
            + "\"digits\":\"123\",\"zero\":0}";
    private static final List<String> FIELDS = List.of("text", "number", "real", "yes", "no", "none", "object",
            "list", "trueText", "falseText", "digits", "zero", "missing");

    @Test
    void readsFieldsAsJacksonsTreeReadsThem() throws IOException {
        Object plain = PlainJson.parse(DOCUMENT);
        JsonNode tree = new ObjectMapper().readTree(DOCUMENT);

        for (String name : FIELDS) {
            JsonNode node = tree.path(name);
            if (!node.isContainerNode()) {
                assertThat(JsonValues.text(plain, name, "default")).as(name).isEqualTo(node.asText("default"));
            }
            assertThat(JsonValues.bool(plain, name, true)).as(name).isEqualTo(node.asBoolean(true));
            assertThat(JsonValues.bool(plain, name, false)).as(name).isEqualTo(node.asBoolean(false));
            assertThat(JsonValues.has(plain, name)).as(name).isEqualTo(tree.hasNonNull(name));
            if (!node.isTextual() || name.equals("digits")) {
                assertThat(JsonValues.whole(plain, name, -1)).as(name).isEqualTo(node.asLong(-1));
            }
        }
    }

    @Test
    void containersReadAsEmptyWhenMissingOrOfAnotherKind() throws IOException {
        Object plain = PlainJson.parse(DOCUMENT);

        assertThat(JsonValues.object(plain, "object")).isEqualTo(Map.of("a", 1));
        assertThat(JsonValues.object(plain, "list")).isEmpty();
        assertThat(JsonValues.object(plain, "missing")).isEmpty();
        assertThat(JsonValues.array(JsonValues.field(plain, "list"))).isEqualTo(List.of(1, 2));
        assertThat(JsonValues.array(JsonValues.field(plain, "object"))).isEmpty();
        assertThat(JsonValues.field("not an object", "text")).isNull();
        assertThat(JsonValues.text(plain, "object", "default")).isEqualTo("default");
    }
}
