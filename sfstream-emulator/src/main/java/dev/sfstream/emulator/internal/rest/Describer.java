package dev.sfstream.emulator.internal.rest;

import dev.sfstream.emulator.internal.records.FieldSpec;
import dev.sfstream.emulator.internal.records.FieldType;
import dev.sfstream.emulator.internal.records.SObjectCatalog;
import dev.sfstream.emulator.internal.records.SObjectKind;
import dev.sfstream.emulator.internal.records.SObjectSchema;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Describe documents: the global list, an object's summary and its field describe (a minimal subset). */
final class Describer {
    private Describer() {
    }

    static Map<String, Object> global(RestCall call, SObjectCatalog catalog) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("encoding", "UTF-8");
        body.put("maxBatchSize", 200);
        body.put("sobjects", catalog.all().stream().sorted(Comparator.comparing(SObjectSchema::name))
                .map(s -> summary(call, s)).toList());
        return body;
    }

    static Map<String, Object> summary(RestCall call, SObjectSchema schema) {
        boolean event = schema.kind() == SObjectKind.PLATFORM_EVENT;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", schema.name());
        body.put("label", label(schema));
        body.put("keyPrefix", schema.keyPrefix());
        body.put("custom", schema.kind() != SObjectKind.STANDARD);
        body.put("createable", true);
        body.put("updateable", !event);
        body.put("deletable", !event);
        body.put("queryable", !event);
        Map<String, Object> urls = new LinkedHashMap<>();
        urls.put("sobject", call.url("sobjects/" + schema.name()));
        urls.put("describe", call.url("sobjects/" + schema.name() + "/describe"));
        urls.put("rowTemplate", call.url("sobjects/" + schema.name() + "/{ID}"));
        body.put("urls", urls);
        return body;
    }

    static Map<String, Object> describe(RestCall call, SObjectSchema schema) {
        Map<String, Object> body = new LinkedHashMap<>(summary(call, schema));
        body.put("fields", schema.fields().stream().map(Describer::field).toList());
        return body;
    }

    private static Map<String, Object> field(FieldSpec spec) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", spec.name());
        body.put("label", spec.name());
        body.put("type", spec.type().describeName());
        body.put("length", spec.length());
        body.put("nillable", spec.type() != FieldType.ID && spec.type() != FieldType.BOOLEAN);
        body.put("createable", spec.writable());
        body.put("updateable", spec.writable());
        body.put("custom", spec.name().endsWith("__c"));
        return body;
    }

    private static String label(SObjectSchema schema) {
        String name = schema.name();
        return name.endsWith("__c") || name.endsWith("__e") ? name.substring(0, name.length() - 3).replace('_', ' ')
                : name;
    }
}
