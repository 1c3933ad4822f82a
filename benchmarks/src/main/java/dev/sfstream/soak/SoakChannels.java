package dev.sfstream.soak;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EventFieldType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The three channels the soak publishes on, and the events it publishes: each carries its sequence number. */
public final class SoakChannels {
    public static final String PUSH_TOPIC_NAME = "SoakAccounts";
    public static final String PUSH_TOPIC = "/topic/" + PUSH_TOPIC_NAME;
    public static final String PLATFORM_EVENT = "/event/Soak_Signal__e";
    public static final String CHANGE_EVENTS = "/data/AccountChangeEvent";
    public static final List<String> ALL = List.of(PUSH_TOPIC, PLATFORM_EVENT, CHANGE_EVENTS);
    /** The platform event the whole-service soak subscribes over the Pub/Sub API (the others stay on CometD). */
    public static final String PUBSUB_EVENT_NAME = "Soak_Pulse__e";
    public static final String PUBSUB_EVENT = "/event/" + PUBSUB_EVENT_NAME;
    /** Its typed fields, declared so that its Avro schema is fixed from the first event on. */
    public static final Map<String, EventFieldType> PUBSUB_EVENT_FIELDS = Map.of("Sequence__c", EventFieldType.NUMBER,
            "Message__c", EventFieldType.TEXT);
    /** Records the events are spread over, so that per-record ordering and parallelism both happen. */
    private static final int RECORDS = 25;

    private SoakChannels() {
    }

    /** Declares the PushTopic (platform events and CDC channels exist without declaration). */
    public static void declare(Emulator emulator) {
        emulator.createRecord("PushTopic", Map.of("Name", PUSH_TOPIC_NAME, "Query", "SELECT Id, Name FROM Account",
                "ApiVersion", 37.0));
    }

    /** The {@code data} of event {@code sequence} on {@code channel}, shaped like that channel's real events. */
    public static Map<String, Object> data(String channel, long sequence) {
        String record = recordId(sequence % RECORDS);
        return switch (channel) {
            case PUSH_TOPIC -> Map.of("event", Map.of("type", "updated"),
                    "sobject", Map.of("Id", record, "Name", "Soak " + sequence, "Sequence__c", sequence));
            case PLATFORM_EVENT, PUBSUB_EVENT -> Map.of("payload", Map.of("Sequence__c", sequence, "Message__c", "soak"));
            case CHANGE_EVENTS -> {
                Map<String, Object> header = new LinkedHashMap<>();
                header.put("entityName", "Account");
                header.put("recordIds", List.of(record));
                header.put("changeType", "UPDATE");
                header.put("changedFields", List.of("Name"));
                yield Map.of("payload", Map.of("ChangeEventHeader", header, "Name", "Soak " + sequence,
                        "Sequence__c", sequence));
            }
            default -> throw new IllegalArgumentException("not a soak channel: " + channel);
        };
    }

    private static String recordId(long index) {
        return String.format("001%012dAAA", index);
    }
}
