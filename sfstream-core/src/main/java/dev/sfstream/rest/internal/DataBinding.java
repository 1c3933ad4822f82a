package dev.sfstream.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Jackson's data binding, for what only it does: records read into the caller's types, and request bodies that hold
 * more than plain values (beans, enums). Created on first use, so that a client which never needs it, such as a
 * service's start, does not pay for loading it.
 */
final class DataBinding {
    private volatile ObjectMapper mapper;

    <T> T convert(Object value, Class<T> type) {
        return mapper().convertValue(value, type);
    }

    String write(Object value) throws JsonProcessingException {
        return mapper().writeValueAsString(value);
    }

    private ObjectMapper mapper() {
        ObjectMapper created = mapper;
        if (created == null) {
            synchronized (this) {
                created = mapper;
                if (created == null) {
                    created = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
                    mapper = created;
                }
            }
        }
        return created;
    }
}
