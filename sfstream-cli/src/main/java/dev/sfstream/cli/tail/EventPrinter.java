package dev.sfstream.cli.tail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sfstream.delivery.StreamEvent;
import dev.sfstream.notification.Notification;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prints one event a line: {@code REPLAY_ID CHANNEL EVENT_TYPE {record or payload as JSON}}, or with {@code --json}
 * one JSON object {@code {"channel", "replayId", "data"}} a line.
 */
final class EventPrinter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintWriter out;
    private final boolean json;

    EventPrinter(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    synchronized void print(StreamEvent event) {
        out.println(json ? jsonLine(event) : textLine(event));
        out.flush();
    }

    private static String textLine(StreamEvent event) {
        Notification notification = new Notification(event.channel(), event.data());
        Object body = !notification.sobject().isEmpty() ? notification.sobject()
                : !notification.payload().isEmpty() ? notification.payload() : notification.payloadText();
        String type = notification.eventType() == null ? "-" : notification.eventType();
        return (event.hasReplayId() ? event.replayId() : "-") + " " + event.channel() + " " + type + " "
                + write(body);
    }

    private static String jsonLine(StreamEvent event) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("channel", event.channel());
        line.put("replayId", event.hasReplayId() ? event.replayId() : null);
        line.put("data", event.data());
        return write(line);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException unwritable) {
            return String.valueOf(value);
        }
    }
}
