package dev.sfstream.pubsub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

/** Each schema id is fetched once and read with its own reader. */
class SchemaCacheTest {
    private static final String FIRST = """
            {"type": "record", "name": "Alert__e", "fields": [{"name": "Level__c", "type": ["null", "string"]}]}""";
    private static final String SECOND = """
            {"type": "record", "name": "Alert__e", "fields": [{"name": "Level__c", "type": ["null", "string"]},
              {"name": "Count__c", "type": ["null", "double"]}]}""";

    private final List<String> fetched = new ArrayList<>();
    private final SchemaCache cache = new SchemaCache(request -> {
        fetched.add(request.getSchemaId());
        return request.getSchemaId().equals("first") ? FIRST : SECOND;
    });

    @Test
    void aSchemaIsFetchedOnceAndItsReaderIsKept() throws Exception {
        var reader = cache.reader("first");

        assertThat(cache.reader("first")).isSameAs(reader);
        assertThat(cache.get("first")).isSameAs(reader.schema());
        assertThat(fetched).containsExactly("first");
    }

    @Test
    void eachSchemaIdReadsItsOwnDatumsAfterASchemaChange() throws Exception {
        Map<String, Object> before = cache.reader("first").read(datum(FIRST, "high", null));
        Map<String, Object> after = cache.reader("second").read(datum(SECOND, "low", 2.0));
        Map<String, Object> beforeAgain = cache.reader("first").read(datum(FIRST, "mid", null));

        assertThat(before).containsOnlyKeys("Level__c").containsEntry("Level__c", "high");
        assertThat(after).containsEntry("Level__c", "low").containsEntry("Count__c", 2.0);
        assertThat(beforeAgain).containsOnlyKeys("Level__c").containsEntry("Level__c", "mid");
        assertThat(fetched).containsExactly("first", "second");
    }

    private static byte[] datum(String schemaJson, String level, Double count) throws Exception {
        Schema schema = new Schema.Parser().parse(schemaJson);
        GenericRecord record = new GenericData.Record(schema);
        record.put("Level__c", level);
        if (count != null) {
            record.put("Count__c", count);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
