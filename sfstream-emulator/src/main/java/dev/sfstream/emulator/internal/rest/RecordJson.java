package dev.sfstream.emulator.internal.rest;

import dev.sfstream.emulator.internal.records.FieldSpec;
import dev.sfstream.emulator.internal.records.SObjectSchema;
import dev.sfstream.emulator.internal.records.StoredRecord;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders records as REST JSON: {@code attributes} first, then the fields. */
final class RecordJson {
    private RecordJson() {
    }

    static Map<String, Object> attributes(String type, String url) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("type", type);
        attributes.put("url", url);
        return attributes;
    }

    /** Every field of the schema, nulls included, or only {@code fields} when given. */
    static Map<String, Object> record(RestCall call, SObjectSchema schema, StoredRecord record,
                                      Collection<String> fields) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("attributes", attributes(schema.name(), call.url("sobjects/" + schema.name() + "/" + record.id())));
        List<String> names = fields != null ? List.copyOf(fields)
                : schema.fields().stream().map(FieldSpec::name).toList();
        for (String name : names) {
            String canonical = schema.field(name).map(FieldSpec::name).orElse(name);
            json.put(canonical, record.get(canonical));
        }
        return json;
    }

    static Map<String, Object> saveResult(String id) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("success", true);
        json.put("errors", List.of());
        return json;
    }
}
