package dev.sfstream.streaming.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cometd.bayeux.Message;
import org.cometd.common.HashMapMessage;
import org.cometd.common.JSONContext;
import org.cometd.common.JacksonJSONContextClient;

/**
 * CometD's Jackson JSON, parsing each reply once when it is complete: its bytes are kept as they arrive and read
 * by Jackson's byte parser in one pass. CometD's own incremental parser copies every token into a buffer first
 * and builds the messages from that copy, which costs a second pass and its allocation on the receiving thread.
 */
final class ReplyJsonContext extends JacksonJSONContextClient {
    private final JavaType messages;

    ReplyJsonContext() {
        ObjectMapper mapper = getObjectMapper();
        this.messages = mapper.getTypeFactory().constructCollectionType(List.class, HashMapMessage.class);
    }

    @Override
    public JSONContext.AsyncParser newAsyncParser() {
        return new WholeReply();
    }

    /** One reply's bytes, parsed when the last has arrived. */
    private final class WholeReply implements JSONContext.AsyncParser {
        private final List<InputStream> chunks = new ArrayList<>();

        @Override
        public void parse(ByteBuffer buffer) {
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            chunks.add(new ByteArrayInputStream(chunk));
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R> R complete() {
            try (InputStream reply = new SequenceInputStream(Collections.enumeration(chunks))) {
                List<Message.Mutable> parsed = getObjectMapper().readValue(reply, messages);
                return (R) parsed;
            } catch (IOException malformed) {
                throw new UncheckedIOException("malformed Bayeux reply: " + malformed.getMessage(), malformed);
            }
        }
    }
}
