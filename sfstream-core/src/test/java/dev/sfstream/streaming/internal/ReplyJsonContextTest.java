package dev.sfstream.streaming.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cometd.bayeux.Message;
import org.cometd.common.HashMapMessage;
import org.cometd.common.JSONContext;
import org.junit.jupiter.api.Test;

class ReplyJsonContextTest {
    private final ReplyJsonContext json = new ReplyJsonContext();

    @Test
    void aReplySplitAnywhereIsParsedAsOne() {
        String reply = "[{\"channel\":\"/topic/Accounts\",\"data\":{\"event\":{\"replayId\":7},"
                + "\"sobject\":{\"Id\":\"001A\",\"Name\":\"Zürich – Genève\"}}},"
                + "{\"channel\":\"/meta/connect\",\"successful\":true,\"id\":\"3\"}]";
        byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
        for (int split = 1; split < bytes.length; split++) {
            JSONContext.AsyncParser parser = json.newAsyncParser();
            parser.parse(ByteBuffer.wrap(bytes, 0, split));
            parser.parse(ByteBuffer.wrap(bytes, split, bytes.length - split));
            List<Message.Mutable> messages = parser.complete();

            assertThat(messages).hasSize(2);
            assertThat(messages.get(0).getChannel()).isEqualTo("/topic/Accounts");
            assertThat(messages.get(0).getDataAsMap()).containsEntry("sobject", Map.of("Id", "001A",
                    "Name", "Zürich – Genève"));
            assertThat(messages.get(1).isSuccessful()).isTrue();
        }
    }

    @Test
    void valuesAreWhatJacksonsUntypedBindingMakes() throws Exception {
        String reply = "[{\"channel\":\"/data/AccountChangeEvent\",\"data\":{\"event\":{\"replayId\":3000000001},"
                + "\"payload\":{\"small\":7,\"big\":12345678901234567890,\"real\":1.5,\"flag\":false,\"none\":null,"
                + "\"list\":[1,\"two\",[3.0],{\"four\":true}],\"empty\":{}}}},"
                + "{\"channel\":\"/meta/connect\",\"successful\":true,\"advice\":{\"interval\":0}}]";
        JSONContext.AsyncParser parser = json.newAsyncParser();
        parser.parse(ByteBuffer.wrap(reply.getBytes(StandardCharsets.UTF_8)));
        List<Message.Mutable> messages = parser.complete();
        ObjectMapper mapper = new ObjectMapper();
        List<HashMapMessage> bound = mapper.readValue(reply,
                mapper.getTypeFactory().constructCollectionType(List.class, HashMapMessage.class));

        assertThat(messages).isEqualTo(bound);
        assertThat(messages).allSatisfy(message -> assertThat(message).isInstanceOf(HashMapMessage.class));
        assertThat(typesOf(messages.get(0).getDataAsMap())).isEqualTo(typesOf(bound.get(0).getDataAsMap()));
    }

    @Test
    void aReplyThatIsNotAnArrayOfMessagesIsMalformed() {
        for (String reply : List.of("{\"channel\":\"/meta/connect\"}", "[1]", "[[]]", "\"text\"", "", "[{}")) {
            JSONContext.AsyncParser parser = json.newAsyncParser();
            parser.parse(ByteBuffer.wrap(reply.getBytes(StandardCharsets.UTF_8)));

            assertThatThrownBy(parser::complete).as(reply).hasMessageContaining("malformed Bayeux reply");
        }
    }

    @Test
    void nestingIsBoundedByJacksonsReadConstraints() {
        String deep = "[{\"data\":" + "[".repeat(2000) + "]".repeat(2000) + "}]";
        JSONContext.AsyncParser parser = json.newAsyncParser();
        parser.parse(ByteBuffer.wrap(deep.getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(parser::complete).hasMessageContaining("malformed Bayeux reply")
                .hasMessageContaining("nesting depth");
    }

    private static String typesOf(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder types = new StringBuilder(value.getClass().getSimpleName()).append('{');
            new java.util.TreeMap<>(map).forEach((key, entry) -> types.append(key).append('=').append(typesOf(entry))
                    .append(','));
            return types.append('}').toString();
        }
        if (value instanceof List<?> list) {
            return value.getClass().getSimpleName() + list.stream().map(ReplyJsonContextTest::typesOf).toList();
        }
        return value == null ? "null" : value.getClass().getSimpleName();
    }

    @Test
    void aMalformedReplyFailsTheParse() {
        JSONContext.AsyncParser parser = json.newAsyncParser();
        parser.parse(ByteBuffer.wrap("[{\"channel\":".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(parser::complete).hasMessageContaining("malformed Bayeux reply");
    }
}
