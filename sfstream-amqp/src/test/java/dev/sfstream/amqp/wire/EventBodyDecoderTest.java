package dev.sfstream.amqp.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventBodyDecoderTest {
    private final EventBodyDecoder decoder = new EventBodyDecoder();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void parsesJsonWithPythonEscapesAndNonFiniteNumbers() throws Exception {
        Object payload = decoder.decode("application/json", utf8("{\"name\": \"caf\\u00e9\", \"x\": NaN, \"n\": [1, 2.5]}"));

        assertThat(payload).isEqualTo(Map.of("name", "caf\u00e9", "x", Double.NaN, "n", List.of(1, 2.5)));
    }

    @Test
    void unwrapsKombuTypedValuesToTheirPlainForm() throws Exception {
        Object payload = decoder.decode("application/json", utf8("{\"at\": {\"__type__\": \"datetime\", \"__value__\": "
                + "\"2024-01-02T03:04:05+00:00\"}, \"id\": {\"__type__\": \"uuid\", \"__value__\": {\"hex\": "
                + "\"8c1f7a0e3b4e4f7d9c571e0d2f6b9a11\"}}, \"amount\": {\"__type__\": \"decimal\", \"__value__\": \"1.10\"},"
                + " \"other\": {\"__type__\": \"custom\", \"__value__\": 1}, \"kept\": {\"__type__\": \"date\", \"a\": 1}}"));

        assertThat(payload).isEqualTo(Map.of("at", "2024-01-02T03:04:05+00:00",
                "id", "8c1f7a0e-3b4e-4f7d-9c57-1e0d2f6b9a11", "amount", "1.10",
                "other", Map.of("__type__", "custom", "__value__", 1), "kept", Map.of("__type__", "date", "a", 1)));
    }

    @Test
    void trustsMissingDataAndTextContentTypesAsRawText() throws Exception {
        assertThat(decoder.decode(null, utf8("{\"a\": 1}"))).isEqualTo("{\"a\": 1}");
        assertThat(decoder.decode("application/data", utf8("raw"))).isEqualTo("raw");
        assertThat(decoder.decode("application/text", utf8("raw"))).isEqualTo("raw");
    }

    @Test
    void refusesOtherContentTypesAndBrokenJson() {
        assertThatThrownBy(() -> decoder.decode("application/x-python-serialize", utf8("x")))
                .hasMessageContaining("application/x-python-serialize");
        assertThatThrownBy(() -> decoder.decode("application/json", utf8("{not json")))
                .hasMessageContaining("not valid UTF-8 JSON");
    }
}
