package dev.sfstream.amqp.wire;

import com.rabbitmq.client.LongString;
import dev.sfstream.container.WorkerContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Nameko's context headers: a worker's call id stack and context data travel as {@code nameko.<key>}
 * application headers, the stack as an AMQP array of strings.
 */
public final class NamekoHeaders {
    public static final String PREFIX = "nameko.";
    public static final String CALL_ID_STACK = "call_id_stack";
    /** Parent calls kept plus the worker's own call id. */
    public static final int MAX_STACK = WorkerContext.PARENT_CALLS_TRACKED + 1;

    private NamekoHeaders() {
    }

    /** What an incoming message says about the call that sent it. */
    public record CallContext(List<String> parentCallIds, Map<String, Object> data) {
        public CallContext {
            parentCallIds = List.copyOf(parentCallIds);
            data = Map.copyOf(data);
        }
    }

    /** The headers for an event dispatched by {@code worker}. */
    public static Map<String, Object> encode(WorkerContext worker) {
        Map<String, Object> headers = new LinkedHashMap<>();
        worker.data().forEach((key, value) -> {
            if (!CALL_ID_STACK.equals(key)) {
                headers.put(PREFIX + key, fieldValue(key, value));
            }
        });
        List<String> stack = worker.callIdStack();
        headers.put(PREFIX + CALL_ID_STACK, List.copyOf(stack.subList(Math.max(0, stack.size() - MAX_STACK),
                stack.size())));
        return headers;
    }

    /**
     * Reads incoming headers: the {@code nameko.} prefix is removed (headers without it keep their
     * name, as in Nameko), AMQP strings become Java strings, and the call id stack becomes the parent stack.
     */
    public static CallContext decode(Map<String, Object> headers) {
        List<String> parents = List.of();
        Map<String, Object> data = new LinkedHashMap<>();
        if (headers != null) {
            for (Map.Entry<String, Object> header : headers.entrySet()) {
                String key = header.getKey().startsWith(PREFIX)
                        ? header.getKey().substring(PREFIX.length()) : header.getKey();
                Object value = javaValue(header.getValue());
                if (CALL_ID_STACK.equals(key)) {
                    parents = callIds(value);
                } else if (value != null) {
                    data.put(key, value);
                }
            }
        }
        return new CallContext(parents, data);
    }

    private static List<String> callIds(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        // a peer that sent the stack as one string still gets its call id tracked
        return value == null ? List.of() : List.of(value.toString());
    }

    private static Object javaValue(Object amqpValue) {
        if (amqpValue instanceof LongString text) {
            return text.toString();
        }
        if (amqpValue instanceof List<?> list) {
            List<Object> values = new ArrayList<>(list.size());
            list.forEach(item -> values.add(javaValue(item)));
            return values;
        }
        if (amqpValue instanceof Map<?, ?> table) {
            Map<String, Object> values = new LinkedHashMap<>();
            table.forEach((key, item) -> values.put(String.valueOf(key), javaValue(item)));
            return values;
        }
        if (amqpValue instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return amqpValue;
    }

    private static Object fieldValue(String key, Object value) {
        if (value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Boolean || value instanceof Double || value instanceof Float
                || value instanceof Short || value instanceof Byte || value instanceof BigDecimal
                || value instanceof Date) {
            return value;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> fieldValue(key, item)).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> table = new LinkedHashMap<>();
            map.forEach((k, v) -> table.put(String.valueOf(k), fieldValue(key, v)));
            return table;
        }
        if (value instanceof CharSequence || value instanceof Enum<?> || value instanceof Character) {
            return value.toString();
        }
        throw new IllegalArgumentException("worker context data '" + key + "' has a value of type "
                + (value == null ? "null" : value.getClass().getName())
                + " that cannot be sent as an AMQP header (use a string, number, boolean, list or map)");
    }
}
