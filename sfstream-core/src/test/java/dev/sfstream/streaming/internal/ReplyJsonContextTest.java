package dev.sfstream.streaming.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cometd.bayeux.Message;
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
    void aMalformedReplyFailsTheParse() {
        JSONContext.AsyncParser parser = json.newAsyncParser();
        parser.parse(ByteBuffer.wrap("[{\"channel\":".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(parser::complete).hasMessageContaining("malformed Bayeux reply");
    }
}
