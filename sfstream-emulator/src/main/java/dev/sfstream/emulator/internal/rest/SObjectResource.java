package dev.sfstream.emulator.internal.rest;

import dev.sfstream.emulator.internal.notify.GenericStreamingPublisher;
import dev.sfstream.emulator.internal.notify.PlatformEventPublisher;
import dev.sfstream.emulator.internal.records.ApiError;
import dev.sfstream.emulator.internal.records.OrgStore;
import dev.sfstream.emulator.internal.records.SObjectKind;
import dev.sfstream.emulator.internal.records.SObjectSchema;
import dev.sfstream.emulator.internal.records.SalesforceIds;
import dev.sfstream.emulator.internal.records.StoredRecord;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code sobjects/...}: create, read, update, delete, upsert by external id, describe, publish, push. */
final class SObjectResource {
    private final OrgStore store;
    private final PlatformEventPublisher events;
    private final GenericStreamingPublisher push;

    SObjectResource(OrgStore store, PlatformEventPublisher events, GenericStreamingPublisher push) {
        this.store = store;
        this.events = events;
        this.push = push;
    }

    RestResult handle(RestCall call) {
        int size = call.segments().size();
        if (size == 1) {
            requireMethod(call, "GET", "GET,HEAD");
            return RestResult.ok(Describer.global(call, store.catalog()));
        }
        SObjectSchema schema = store.catalog().require(call.segment(1));
        if (size == 2) {
            return collection(call, schema);
        }
        if (size == 3 && call.segment(2).equals("describe")) {
            requireMethod(call, "GET", "GET,HEAD");
            return RestResult.ok(Describer.describe(call, schema));
        }
        if (size == 3) {
            return record(call, schema, call.segment(2));
        }
        if (size == 4 && schema.name().equals("StreamingChannel") && call.segment(3).equals("push")) {
            StoredRecord channel = store.requireLive(schema, call.segment(2));
            return call.method().equals("GET") ? RestResult.ok(push.presence(channel))
                    : RestResult.ok(push.push(channel, call.body()));
        }
        if (size == 4) {
            return byExternalId(call, schema, call.segment(2), call.segment(3));
        }
        throw ApiError.notFound();
    }

    private RestResult collection(RestCall call, SObjectSchema schema) {
        switch (call.method()) {
            case "GET" -> {
                Map<String, Object> info = new LinkedHashMap<>();
                info.put("objectDescribe", Describer.summary(call, schema));
                info.put("recentItems", List.of());
                return RestResult.ok(info);
            }
            case "POST" -> {
                Map<String, Object> fields = bodyObject(call);
                if (schema.kind() == SObjectKind.PLATFORM_EVENT) {
                    return RestResult.created(RecordJson.saveResult(events.publish(schema, fields, call.context())));
                }
                StoredRecord created = store.create(schema.name(), fields, call.context(), null);
                return new RestResult(201, RecordJson.saveResult(created.id()),
                        Map.of("Location", call.url("sobjects/" + schema.name() + "/" + created.id())));
            }
            default -> throw MethodNotAllowed.of(call.method(), "GET,HEAD,POST");
        }
    }

    private RestResult record(RestCall call, SObjectSchema schema, String id) {
        switch (call.method()) {
            case "GET" -> {
                StoredRecord record = store.requireLive(schema, id);
                String fields = call.params().get("fields");
                List<String> selected = fields == null ? null : Arrays.stream(fields.split(","))
                        .map(String::trim).filter(f -> !f.isEmpty()).toList();
                if (selected != null) {
                    for (String field : selected) {
                        if (!schema.queryable(field)) {
                            throw ApiError.invalidField(field, schema.name());
                        }
                    }
                }
                return RestResult.ok(RecordJson.record(call, schema, record, selected));
            }
            case "PATCH" -> {
                Map<String, Object> changes = bodyObject(call);
                if (changes.keySet().stream().anyMatch(k -> k.equalsIgnoreCase("Id"))) {
                    throw ApiError.readOnlyField("Id");
                }
                store.update(schema.name(), id, changes, call.context());
                return RestResult.noContent();
            }
            case "DELETE" -> {
                store.delete(schema.name(), id, call.context());
                return RestResult.noContent();
            }
            default -> throw MethodNotAllowed.of(call.method(), "GET,PATCH,HEAD,DELETE");
        }
    }

    private RestResult byExternalId(RestCall call, SObjectSchema schema, String field, String value) {
        String canonical = schema.field(field).map(f -> f.name())
                .orElseThrow(() -> new ApiError(404, "NOT_FOUND",
                        "Provided external ID field does not exist or is not accessible: " + field, null));
        List<StoredRecord> matches = store.list(schema.name(), false).stream()
                .filter(r -> matchesValue(canonical, r.get(canonical), value))
                .toList();
        if (matches.size() > 1) {
            return new RestResult(300, matches.stream()
                    .map(r -> call.url("sobjects/" + schema.name() + "/" + r.id())).toList(), Map.of());
        }
        Optional<StoredRecord> match = matches.stream().findFirst();
        switch (call.method()) {
            case "GET" -> {
                return RestResult.ok(RecordJson.record(call, schema, match.orElseThrow(ApiError::notFound), null));
            }
            case "DELETE" -> {
                store.delete(schema.name(), match.orElseThrow(ApiError::notFound).id(), call.context());
                return RestResult.noContent();
            }
            case "PATCH" -> {
                Map<String, Object> fields = new LinkedHashMap<>(bodyObject(call));
                if (match.isPresent()) {
                    store.update(schema.name(), match.get().id(), fields, call.context());
                    return afterUpsert(call, match.get().id(), false);
                }
                if (!canonical.equals("Id")) {
                    fields.put(canonical, value);
                }
                StoredRecord created = store.create(schema.name(), fields, call.context(), null);
                return afterUpsert(call, created.id(), true);
            }
            default -> throw MethodNotAllowed.of(call.method(), "GET,PATCH,HEAD,DELETE");
        }
    }

    private static RestResult afterUpsert(RestCall call, String id, boolean created) {
        if (!created && Double.parseDouble(call.version()) < 46.0) {
            return RestResult.noContent();
        }
        Map<String, Object> body = new LinkedHashMap<>(RecordJson.saveResult(id));
        body.put("created", created);
        return new RestResult(created ? 201 : 200, body, Map.of());
    }

    private static boolean matchesValue(String field, Object actual, String value) {
        if (actual == null) {
            return false;
        }
        if (field.equals("Id")) {
            return SalesforceIds.canonical(value).map(actual::equals).orElse(false);
        }
        return String.valueOf(actual).equals(value);
    }

    private static void requireMethod(RestCall call, String method, String allowed) {
        if (!call.method().equals(method)) {
            throw MethodNotAllowed.of(call.method(), allowed);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> bodyObject(RestCall call) {
        if (call.body() instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        if (call.body() == null) {
            throw ApiError.badRequest("JSON_PARSER_ERROR", "The request body is empty; expected a JSON object");
        }
        throw ApiError.badRequest("JSON_PARSER_ERROR", "Cannot deserialize instance of sObject from "
                + (call.body() instanceof List ? "START_ARRAY" : "VALUE_" + call.body().getClass().getSimpleName()
                .toUpperCase()) + " value; expected a JSON object");
    }
}
