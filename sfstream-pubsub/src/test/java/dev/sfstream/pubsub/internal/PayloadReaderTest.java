package dev.sfstream.pubsub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

/** A platform event's datum read straight into its map gives exactly what the generic record route gives. */
class PayloadReaderTest {
    private static final String EVENT = """
            {"type": "record", "name": "Everything__e", "fields": [
              {"name": "CreatedDate", "type": "long", "doc": "CreatedDate:DateTime"},
              {"name": "CreatedById", "type": "string"},
              {"name": "Text__c", "type": ["null", "string"], "default": null},
              {"name": "Empty__c", "type": ["null", "string"], "default": null},
              {"name": "Flag__c", "type": ["null", "boolean"], "default": null},
              {"name": "Count__c", "type": ["null", "int"], "default": null},
              {"name": "Big__c", "type": ["null", "long"], "default": null},
              {"name": "Ratio__c", "type": ["null", "float"], "default": null},
              {"name": "Amount__c", "type": ["null", "double"], "default": null},
              {"name": "When__c", "type": ["null", {"type": "long", "logicalType": "timestamp-millis"}]},
              {"name": "Day__c", "type": ["null", {"type": "int", "logicalType": "date"}]},
              {"name": "DayMillis__c", "type": ["null", "long"], "doc": "DayMillis__c:Date"},
              {"name": "Blob__c", "type": ["null", "bytes"], "default": null},
              {"name": "Level__c", "type": {"type": "enum", "name": "Level", "symbols": ["LOW", "HIGH"]}},
              {"name": "Address__c", "type": ["null", {"type": "record", "name": "Address", "fields": [
                {"name": "City", "type": ["null", "string"]},
                {"name": "Since", "type": ["null", "long"], "doc": "Since:DateTime"}]}]},
              {"name": "Tags__c", "type": {"type": "array", "items": ["null", "string", "long"]}},
              {"name": "Counts__c", "type": {"type": "map", "values": "long"}}
            ]}""";

    @Test
    void everyTypeAPlatformEventCarriesIsReadAsTheGenericRouteReadsIt() throws Exception {
        Schema schema = new Schema.Parser().parse(EVENT);
        GenericRecord record = new GenericData.Record(schema);
        record.put("CreatedDate", 1_706_695_200_123L);
        record.put("CreatedById", "005xx000001SwiUAAS");
        record.put("Text__c", "héllo");
        record.put("Flag__c", true);
        record.put("Count__c", 42);
        record.put("Big__c", 1L << 40);
        record.put("Ratio__c", 0.5f);
        record.put("Amount__c", 12.75);
        record.put("When__c", 1_706_695_200_000L);
        record.put("Day__c", 19_753);
        record.put("DayMillis__c", 1_706_659_200_000L);
        record.put("Blob__c", ByteBuffer.wrap(new byte[] {1, 2, 3, -1}));
        record.put("Level__c", new GenericData.EnumSymbol(schema.getField("Level__c").schema(), "HIGH"));
        GenericRecord address = new GenericData.Record(PayloadDecoder.recordOf(schema.getField("Address__c").schema()));
        address.put("City", "Paris");
        address.put("Since", 0L);
        record.put("Address__c", address);
        record.put("Tags__c", java.util.Arrays.asList("a", null, 7L));
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("x", 1L);
        counts.put("y", 2L);
        record.put("Counts__c", counts);
        byte[] datum = datum(schema, record);
        PayloadReader reader = PayloadReader.of(schema);

        Map<String, Object> direct = reader.read(datum);

        assertThat(reader.direct()).isTrue();
        assertThat(direct).isEqualTo(generic(schema, datum));
        assertThat(List.copyOf(direct.keySet())).isEqualTo(List.copyOf(generic(schema, datum).keySet()));
        assertThat(direct).containsEntry("CreatedDate", "2024-01-31T10:00:00.123Z").containsEntry("Day__c", "2024-01-31")
                .containsEntry("DayMillis__c", "2024-01-31").containsEntry("Level__c", "HIGH")
                .containsEntry("Empty__c", null).containsEntry("Count__c", 42);
        assertThat(direct.get("Address__c")).isEqualTo(Map.of("City", "Paris", "Since", "1970-01-01T00:00:00.000Z"));
    }

    @Test
    void aChangeEventGoesThroughTheGenericRoute() {
        Schema schema = new Schema.Parser().parse("""
                {"type": "record", "name": "AccountChangeEvent", "fields": [
                  {"name": "ChangeEventHeader", "type": {"type": "record", "name": "Header", "fields": [
                    {"name": "entityName", "type": "string"}]}},
                  {"name": "Name", "type": ["null", "string"], "default": null}]}""");

        assertThat(PayloadReader.of(schema).direct()).isFalse();
    }

    @Test
    void aFixedFieldGoesThroughTheGenericRoute() throws Exception {
        Schema schema = new Schema.Parser().parse("""
                {"type": "record", "name": "Odd__e", "fields": [
                  {"name": "Code__c", "type": {"type": "fixed", "name": "Code", "size": 2}}]}""");
        GenericRecord record = new GenericData.Record(schema);
        record.put("Code__c", new GenericData.Fixed(schema.getField("Code__c").schema(), new byte[] {4, 2}));
        PayloadReader reader = PayloadReader.of(schema);

        assertThat(reader.direct()).isFalse();
        assertThat(reader.read(datum(schema, record))).isEqualTo(generic(schema, datum(schema, record)));
    }

    private static Map<String, Object> generic(Schema schema, byte[] datum) throws Exception {
        return PayloadDecoder.decode(new GenericDatumReader<GenericRecord>(schema).read(null,
                DecoderFactory.get().binaryDecoder(datum, null)));
    }

    private static byte[] datum(Schema schema, GenericRecord record) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
