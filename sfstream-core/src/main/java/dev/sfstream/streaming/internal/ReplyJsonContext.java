package dev.sfstream.streaming.internal;

import com.fasterxml.jackson.core.JsonFactory;
import dev.sfstream.internal.json.PlainJson;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import org.cometd.bayeux.Message;
import org.cometd.common.JSONContext;

/**
 * CometD's JSON on Jackson's streaming API, with each reply parsed as its bytes arrive ({@link IncrementalReply}).
 * CometD's own Jackson context builds on Jackson's data binding, which a start would load for nothing else, and its
 * incremental parser copies every token into a buffer first and builds the messages from that copy once the reply
 * is complete, which costs a second pass on the receiving thread while the server waits for the next poll.
 */
final class ReplyJsonContext implements JSONContext.Client {
    private final JsonFactory factory = new JsonFactory();

    @Override
    public JSONContext.AsyncParser newAsyncParser() {
        return new IncrementalReply(factory);
    }

    @Override
    public List<Message.Mutable> parse(String json) throws ParseException {
        JSONContext.AsyncParser parser = newAsyncParser();
        parser.parse(ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)));
        try {
            return parser.complete();
        } catch (UncheckedIOException malformed) {
            throw parseException(malformed);
        }
    }

    @Override
    public String generate(Message.Mutable message) {
        return PlainJson.write(message);
    }

    @Override
    public JSONContext.Parser getParser() {
        return new JSONContext.Parser() {
            @Override
            public <R> R parse(Reader reader, Class<R> type) throws ParseException {
                try {
                    StringWriter text = new StringWriter();
                    reader.transferTo(text);
                    return type.cast(PlainJson.parse(text.toString()));
                } catch (IOException | ClassCastException malformed) {
                    throw parseException(malformed);
                }
            }
        };
    }

    @Override
    public JSONContext.Generator getGenerator() {
        return PlainJson::write;
    }

    private static ParseException parseException(Exception cause) {
        ParseException failure = new ParseException(cause.getMessage(), 0);
        failure.initCause(cause);
        return failure;
    }
}
