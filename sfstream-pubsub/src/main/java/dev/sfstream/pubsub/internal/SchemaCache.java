package dev.sfstream.pubsub.internal;

import dev.sfstream.pubsub.api.SchemaRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;

/**
 * Writer schemas by {@code schema_id}, each with its datum reader: each id is fetched once ({@code GetSchema})
 * however many threads ask for it at the same time; a failed fetch is not remembered, so the next event asks again.
 */
final class SchemaCache {
    private final Map<String, WriterSchema> byId = new ConcurrentHashMap<>();
    private final Function<SchemaRequest, String> getSchema;

    /** @param getSchema runs {@code GetSchema} and returns the schema JSON */
    SchemaCache(Function<SchemaRequest, String> getSchema) {
        this.getSchema = getSchema;
    }

    /** @throws io.grpc.StatusRuntimeException when {@code GetSchema} fails */
    Schema get(String schemaId) {
        return writerSchema(schemaId).schema();
    }

    /**
     * The reader of datums of schema {@code schemaId}, made once: building one resolves the schema against
     * itself, which cost more than reading a small event.
     *
     * @throws io.grpc.StatusRuntimeException when {@code GetSchema} fails
     */
    GenericDatumReader<GenericRecord> reader(String schemaId) {
        return writerSchema(schemaId).reader();
    }

    private WriterSchema writerSchema(String schemaId) {
        return byId.computeIfAbsent(schemaId, id -> WriterSchema.of(
                new Schema.Parser().parse(getSchema.apply(SchemaRequest.newBuilder().setSchemaId(id).build()))));
    }

    /** A schema and its reader (Avro's generic reader may be shared by threads that each bring a decoder). */
    private record WriterSchema(Schema schema, GenericDatumReader<GenericRecord> reader) {
        static WriterSchema of(Schema schema) {
            return new WriterSchema(schema, new GenericDatumReader<>(schema));
        }
    }
}
