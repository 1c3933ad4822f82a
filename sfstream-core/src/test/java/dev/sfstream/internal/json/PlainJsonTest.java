package dev.sfstream.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PlainJsonTest {
    private static final String DOCUMENT = "{\"small\":7,\"long\":3000000001,\"big\":12345678901234567890,"
            + "\"real\":1.5,\"flag\":false,\"yes\":true,\"none\":null,\"text\":\"Zürich \\\"quoted\\\"\","
            + "\"list\":[1,\"two\",[3.0],{\"four\":true}],\"empty\":{},\"nothing\":[]}";

    @Test
    void readsWhatJacksonsUntypedBindingReads() throws IOException {
        Object plain = PlainJson.parse(DOCUMENT);
        Object bound = new ObjectMapper().readValue(DOCUMENT, Object.class);

        assertThat(plain).isEqualTo(bound);
        assertThat(typesOf(plain)).isEqualTo(typesOf(bound));
    }

    @Test
    void writesWhatJacksonsDataBindingWrites() throws IOException {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("int", 7);
        value.put("long", 3000000001L);
        value.put("double", 1.5);
        value.put("float", 2.5f);
        value.put("decimal", new BigDecimal("12.50"));
        value.put("integer", new BigInteger("12345678901234567890"));
        value.put("text", "a \"b\" \n ü");
        value.put("null", null);
        value.put("bool", true);
        value.put("list", List.of(1, "x"));
        value.put("array", new Object[] {"y", 2});
        value.put("nested", Map.of("k", List.of()));

        assertThat(PlainJson.write(value)).isEqualTo(new ObjectMapper().writeValueAsString(value));
        assertThat(PlainJson.parse(PlainJson.write(PlainJson.parse(DOCUMENT)))).isEqualTo(PlainJson.parse(DOCUMENT));
    }

    @Test
    void aValueOtherThanPlainOnesIsRefusedByType() {
        assertThatThrownBy(() -> PlainJson.write(Map.of("day", LocalDate.of(2026, 12, 3))))
                .isInstanceOf(PlainJson.NotPlainException.class).hasMessageContaining("java.time.LocalDate");
        assertThatThrownBy(() -> PlainJson.write(new ArrayList<>(Arrays.asList(Thread.State.NEW))))
                .isInstanceOf(PlainJson.NotPlainException.class).hasMessageContaining("Thread$State");
    }

    @Test
    void aDocumentIsOneValue() throws IOException {
        assertThat(PlainJson.parse(" \"text\" ")).isEqualTo("text");
        assertThat(PlainJson.parse("null")).isNull();
        assertThatThrownBy(() -> PlainJson.parse("")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> PlainJson.parse("{} {}")).isInstanceOf(IOException.class)
                .hasMessageContaining("more than one JSON value");
        assertThatThrownBy(() -> PlainJson.parse("{\"a\":")).isInstanceOf(IOException.class);
    }

    @Test
    void parseObjectOrNullGivesNullForAnythingButAnObject() {
        assertThat(PlainJson.parseObjectOrNull("{\"a\":1}")).containsEntry("a", 1);
        assertThat(PlainJson.parseObjectOrNull("[1]")).isNull();
        assertThat(PlainJson.parseObjectOrNull("<html>Bad gateway</html>")).isNull();
        assertThat(PlainJson.parseObjectOrNull("  ")).isNull();
        assertThat(PlainJson.parseObjectOrNull(null)).isNull();
    }

    private static String typesOf(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder types = new StringBuilder(value.getClass().getSimpleName()).append('{');
            new TreeMap<>(map).forEach((key, entry) -> types.append(key).append('=').append(typesOf(entry))
                    .append(','));
            return types.append('}').toString();
        }
        if (value instanceof List<?> list) {
            return value.getClass().getSimpleName() + list.stream().map(PlainJsonTest::typesOf).toList();
        }
        return value == null ? "null" : value.getClass().getSimpleName();
    }
}
