package dev.sfstream.emulator.internal.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;

/** Generates the Avro schema of an event definition, in the shape Salesforce's event schemas have. */
final class AvroSchemas {
    static final String NAMESPACE = "com.sforce.eventbus";
    static final String HEADER = "ChangeEventHeader";
    private static final List<String> CHANGE_TYPES = List.of("CREATE", "UPDATE", "DELETE", "UNDELETE",
            "GAP_CREATE", "GAP_UPDATE", "GAP_DELETE", "GAP_UNDELETE", "GAP_OVERFLOW", "SNAPSHOT");

    private AvroSchemas() {
    }

    static Schema of(EventDefinition definition) {
        List<Schema.Field> fields = new ArrayList<>();
        for (EventField field : definition.fields()) {
            fields.add(field(field));
        }
        return Schema.createRecord(definition.name(), null, NAMESPACE, false, fields);
    }

    /** A 22-character id that changes whenever the schema does (Salesforce calls its ids fingerprints). */
    static String idOf(Schema schema) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(schema.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static Schema.Field field(EventField field) {
        if (field.name().equals(HEADER)) {
            return new Schema.Field(HEADER, header(), null, (Object) null);
        }
        Schema type = field.parts().isEmpty() ? simple(field.kind()) : compound(field);
        String doc = doc(field.kind());
        if (field.required()) {
            return new Schema.Field(field.name(), type, doc, (Object) null);
        }
        return new Schema.Field(field.name(), Schema.createUnion(Schema.create(Schema.Type.NULL), type), doc,
                JsonProperties.NULL_VALUE);
    }

    /** Marks dates as Salesforce's schemas do in each field's doc, so that clients can tell them from numbers. */
    private static String doc(FieldKind kind) {
        return switch (kind) {
            case DATETIME -> "Data:DateTime";
            case DATE -> "Data:Date";
            default -> null;
        };
    }

    private static Schema compound(EventField field) {
        List<Schema.Field> parts = new ArrayList<>();
        for (String part : field.parts()) {
            parts.add(new Schema.Field(part, Schema.createUnion(Schema.create(Schema.Type.NULL),
                    Schema.create(Schema.Type.STRING)), null, JsonProperties.NULL_VALUE));
        }
        return Schema.createRecord("Switchable_Person" + field.name(), null, NAMESPACE, false, parts);
    }

    static Schema simple(FieldKind kind) {
        return Schema.create(switch (kind) {
            case STRING -> Schema.Type.STRING;
            case BOOLEAN -> Schema.Type.BOOLEAN;
            case DOUBLE -> Schema.Type.DOUBLE;
            case INT -> Schema.Type.INT;
            case LONG, DATETIME, DATE -> Schema.Type.LONG;
        });
    }

    private static Schema header() {
        Schema strings = Schema.createArray(Schema.create(Schema.Type.STRING));
        List<Schema.Field> fields = new ArrayList<>();
        fields.add(new Schema.Field("entityName", Schema.create(Schema.Type.STRING)));
        fields.add(new Schema.Field("recordIds", strings));
        fields.add(new Schema.Field("changeType",
                Schema.createEnum("ChangeType", null, NAMESPACE, CHANGE_TYPES)));
        fields.add(new Schema.Field("changeOrigin", Schema.create(Schema.Type.STRING)));
        fields.add(new Schema.Field("transactionKey", Schema.create(Schema.Type.STRING)));
        fields.add(new Schema.Field("sequenceNumber", Schema.create(Schema.Type.INT)));
        fields.add(new Schema.Field("commitTimestamp", Schema.create(Schema.Type.LONG)));
        fields.add(new Schema.Field("commitNumber", Schema.create(Schema.Type.LONG)));
        fields.add(new Schema.Field("commitUser", Schema.create(Schema.Type.STRING)));
        for (String bitmap : List.of("nulledFields", "diffFields", "changedFields")) {
            fields.add(new Schema.Field(bitmap, Schema.createArray(Schema.create(Schema.Type.STRING))));
        }
        return Schema.createRecord(HEADER, null, NAMESPACE, false, fields);
    }
}
