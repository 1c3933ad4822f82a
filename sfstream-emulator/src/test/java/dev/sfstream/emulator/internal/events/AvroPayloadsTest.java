package dev.sfstream.emulator.internal.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfstream.emulator.internal.records.FieldType;
import dev.sfstream.emulator.internal.records.SObjectCatalog;
import dev.sfstream.emulator.internal.records.Timestamps;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AvroPayloadsTest {
    private final RegisteredSchema order = new EventDefinitions(new SObjectCatalog()).declare("Order__e",
            orderFields());

    @Test
    void aPayloadRoundTripsWithDatesAsEpochMillisecondsOnTheWire() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("CreatedDate", "2024-01-31T10:00:00.000Z");
        payload.put("CreatedById", "005xx000001SwiUAAS");
        payload.put("Amount__c", new BigDecimal("12.5"));
        payload.put("Ship__c", "2024-02-01");

        Map<String, Object> read = AvroPayloads.decode(order, AvroPayloads.encode(order, payload));

        assertThat(read).containsEntry("CreatedDate", "2024-01-31T10:00:00.000Z").containsEntry("Amount__c", 12.5)
                .containsEntry("Ship__c", "2024-02-01").containsEntry("Paid__c", null);
    }

    @Test
    void aValueThatDoesNotFitAnOptionalFieldIsWrittenAsNull() {
        Map<String, Object> payload = Map.of("CreatedDate", 0L, "CreatedById", "x", "Amount__c", "not a number");

        assertThat(AvroPayloads.decode(order, AvroPayloads.encode(order, payload))).containsEntry("Amount__c", null);
    }

    @Test
    void bytesThatAreNotADatumAreRefused() {
        assertThatThrownBy(() -> AvroPayloads.decode(order, new byte[] {(byte) 0xFF}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyStreamingDatetimeIsWrittenAsTheInstantItSpells() {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 5_000; i++) {
            Instant instant = Instant.ofEpochMilli(random.nextLong(-62_000_000_000_000L, 250_000_000_000_000L));
            String text = Timestamps.streaming(instant);
            Map<String, Object> payload = Map.of("CreatedDate", text, "CreatedById", "x", "Due__c", text);

            Map<String, Object> read = AvroPayloads.decode(order, AvroPayloads.encode(order, payload));

            assertThat(read).as(text).containsEntry("CreatedDate", text).containsEntry("Due__c", text);
        }
    }

    @Test
    void aDatetimeThatIsNoInstantFitsNoOptionalField() {
        for (String text : List.of("2023-02-29T10:00:00.000Z", "2024-13-01T10:00:00.000Z",
                "2024-01-01T10:60:00.000Z", "2024-01-01T10:00:60.000Z", "2024-01-01T10:00:00.0a0Z")) {
            Map<String, Object> payload = Map.of("CreatedDate", 0L, "CreatedById", "x", "Due__c", text);

            assertThat(AvroPayloads.decode(order, AvroPayloads.encode(order, payload))).as(text)
                    .containsEntry("Due__c", null);
        }
    }

    private static Map<String, FieldType> orderFields() {
        Map<String, FieldType> fields = new LinkedHashMap<>();
        fields.put("Amount__c", FieldType.DOUBLE);
        fields.put("Paid__c", FieldType.BOOLEAN);
        fields.put("Ship__c", FieldType.DATE);
        fields.put("Due__c", FieldType.DATETIME);
        return fields;
    }
}
