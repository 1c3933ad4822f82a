package dev.sfstream.streaming.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cometd.bayeux.Message;
import org.cometd.common.HashMapMessage;
import org.cometd.common.JSONContext;

/**
 * One Bayeux reply, parsed as its bytes arrive: by the time the last chunk is in, only that chunk is left to read,
 * so the next poll leaves sooner and the parse overlaps the server writing the reply. Builds what Jackson's
 * untyped binding builds (a {@link HashMapMessage} per message; {@link LinkedHashMap}, {@link ArrayList}, strings,
 * the smallest fitting integer type, doubles, booleans and nulls below), without its per-value lookups.
 */
final class IncrementalReply implements JSONContext.AsyncParser {
    private final JsonParser parser;
    private final ByteArrayFeeder feeder;
    /** The open containers, outermost first: the reply's list, then maps and lists. */
    private final List<Object> open = new ArrayList<>();
    /** The field name each open map is waiting to put a value under, by depth. */
    private final List<String> names = new ArrayList<>();
    private List<Message.Mutable> messages;
    private byte[] scratch = new byte[0];
    private IOException malformed;
    private boolean done;

    IncrementalReply(JsonFactory factory) {
        try {
            this.parser = factory.createNonBlockingByteArrayParser();
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        this.feeder = (ByteArrayFeeder) parser.getNonBlockingInputFeeder();
    }

    @Override
    public void parse(ByteBuffer buffer) {
        int length = buffer.remaining();
        if (done || malformed != null || length == 0) {
            buffer.position(buffer.limit());
            return;
        }
        if (scratch.length < length) {
            scratch = new byte[Math.max(length, 8192)];
        }
        buffer.get(scratch, 0, length);
        try {
            feeder.feedInput(scratch, 0, length);
            readAvailable();
        } catch (IOException failure) {
            malformed = failure;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R complete() {
        try {
            if (malformed == null && !done) {
                feeder.endOfInput();
                readAvailable();
            }
            if (malformed != null) {
                throw malformed;
            }
            if (!done) {
                throw new IOException("the reply ended before its closing ']'");
            }
            return (R) messages;
        } catch (IOException failure) {
            throw new UncheckedIOException("malformed Bayeux reply: " + failure.getMessage(), failure);
        } finally {
            try {
                parser.close();
            } catch (IOException ignored) {
                // nothing is held but buffers
            }
        }
    }

    private void readAvailable() throws IOException {
        JsonToken token;
        while (!done && (token = parser.nextToken()) != JsonToken.NOT_AVAILABLE && token != null) {
            switch (token) {
                case START_ARRAY -> openContainer(new ArrayList<>());
                case START_OBJECT -> openContainer(openObject());
                case END_ARRAY, END_OBJECT -> closeContainer();
                case FIELD_NAME -> names.set(names.size() - 1, parser.currentName());
                case VALUE_STRING -> add(parser.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> add(parser.getNumberValue());
                case VALUE_TRUE -> add(Boolean.TRUE);
                case VALUE_FALSE -> add(Boolean.FALSE);
                case VALUE_NULL -> add(null);
                default -> throw new IOException("unexpected " + token);
            }
        }
    }

    private Object openObject() throws IOException {
        if (open.isEmpty()) {
            throw new IOException("a Bayeux reply is an array of messages, not an object");
        }
        return open.size() == 1 ? new HashMapMessage() : new LinkedHashMap<String, Object>();
    }

    /** Nesting is bounded by Jackson's {@code StreamReadConstraints} (1,000 levels by default). */
    private void openContainer(Object container) {
        open.add(container);
        names.add(null);
    }

    @SuppressWarnings("unchecked")
    private void closeContainer() throws IOException {
        Object closed = open.remove(open.size() - 1);
        names.remove(names.size() - 1);
        if (open.isEmpty()) {
            messages = (List<Message.Mutable>) closed;
            done = true;
            return;
        }
        add(closed);
    }

    @SuppressWarnings("unchecked")
    private void add(Object value) throws IOException {
        if (open.isEmpty()) {
            throw new IOException("a Bayeux reply is an array of messages, not a single value");
        }
        Object container = open.get(open.size() - 1);
        if (container instanceof Map) {
            ((Map<String, Object>) container).put(names.get(names.size() - 1), value);
        } else if (open.size() == 1 && !(value instanceof Message.Mutable)) {
            throw new IOException("a Bayeux reply holds messages (objects), not " + value);
        } else {
            ((List<Object>) container).add(value);
        }
    }
}
