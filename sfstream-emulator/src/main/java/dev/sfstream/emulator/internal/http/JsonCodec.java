package dev.sfstream.emulator.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;

/** JSON reading and writing for the emulator's HTTP endpoints (objects keep their key order). */
public final class JsonCodec {
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    /** Parses a JSON document into maps, lists, strings, numbers, booleans and nulls. */
    public Object read(byte[] body) throws IOException {
        return mapper.readValue(body, Object.class);
    }

    public Object read(String body) throws IOException {
        return mapper.readValue(body, Object.class);
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
