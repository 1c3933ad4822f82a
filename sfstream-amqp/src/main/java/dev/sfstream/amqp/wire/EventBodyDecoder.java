package dev.sfstream.amqp.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns an event message body into the value a handler receives, accepting what kombu's consumer
 * accepts: {@code application/json} is parsed (kombu 5.3 typed values such as
 * {@code {"__type__": "datetime", "__value__": "..."}} are unwrapped to their older plain form);
 * a message without content type, or {@code application/data} / {@code application/text}, is trusted
 * and handed over as the raw UTF-8 text; any other content type is refused.
 */
public final class EventBodyDecoder {
    public static final String JSON = "application/json";
    private static final Set<String> RAW_CONTENT_TYPES = Set.of("application/data", "application/text");

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    /** Why a body was refused. */
    public static final class UndecodableEventException extends Exception {
        public UndecodableEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The handler's argument for a message with this content type and body. */
    public Object decode(String contentType, byte[] body) throws UndecodableEventException {
        if (contentType == null || RAW_CONTENT_TYPES.contains(contentType)) {
            return new String(body, StandardCharsets.UTF_8);
        }
        if (!JSON.equals(contentType)) {
            throw new UndecodableEventException("content type '" + contentType + "' is not accepted (only "
                    + JSON + ")", null);
        }
        try {
            return unwrapTypedValues(mapper.readValue(body, Object.class));
        } catch (IOException e) {
            throw new UndecodableEventException("the body is not valid UTF-8 JSON: " + (e instanceof JsonProcessingException parse ? parse.getOriginalMessage() : e.getMessage()), e);
        }
    }

    private static Object unwrapTypedValues(Object value) {
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 2 && map.containsKey("__type__") && map.containsKey("__value__")) {
                return typedValue(String.valueOf(map.get("__type__")), map.get("__value__"), map);
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), unwrapTypedValues(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(unwrapTypedValues(item)));
            return copy;
        }
        return value;
    }

    /** kombu's markers, turned into what kombu before 5.3 sent for the same Python value. */
    private static Object typedValue(String type, Object inner, Map<?, ?> original) {
        return switch (type) {
            case "datetime", "date", "time", "decimal", "bytes" -> String.valueOf(inner);
            case "uuid" -> inner instanceof Map<?, ?> fields && fields.get("hex") != null
                    ? uuidFromHex(fields.get("hex").toString()) : String.valueOf(inner);
            case "base64" -> Base64.getDecoder().decode(String.valueOf(inner));
            // an unknown marker is passed on untouched rather than failing the event
            default -> original;
        };
    }

    private static String uuidFromHex(String hex) {
        if (hex.length() != 32) {
            return hex;
        }
        return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16)
                + "-" + hex.substring(16, 20) + "-" + hex.substring(20)).toString();
    }
}
