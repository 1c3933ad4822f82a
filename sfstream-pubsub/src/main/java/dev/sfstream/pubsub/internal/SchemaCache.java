package dev.sfstream.pubsub.internal;

import dev.sfstream.pubsub.api.SchemaRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.avro.Schema;

/**
 * Writer schemas by {@code schema_id}, each with its datum reader: each id is fetched once ({@code GetSchema})
 * however many threads ask for it at the same time; a failed fetch is not remembered, so the next event asks again.
 */
final class SchemaCache {
    private final Map<String, PayloadReader> byId = new ConcurrentHashMap<>();
    private final Function<SchemaRequest, String> getSchema;

    /** @param getSchema runs {@code GetSchema} and returns the schema JSON */
    SchemaCache(Function<SchemaRequest, String> getSchema) {
        this.getSchema = getSchema;
    }

    /** @throws io.grpc.StatusRuntimeException when {@code GetSchema} fails */
    Schema get(String schemaId) {
        return reader(schemaId).schema();
    }

    /**
     * The reader of datums of schema {@code schemaId}, made once: building one works out how to read each field,
     * which cost more than reading a small event.
     *
     * @throws io.grpc.StatusRuntimeException when {@code GetSchema} fails
     */
    PayloadReader reader(String schemaId) {
        return byId.computeIfAbsent(schemaId, id -> PayloadReader.of(
                new Schema.Parser().parse(getSchema.apply(SchemaRequest.newBuilder().setSchemaId(id).build()))));
    }
}
