package dev.sfstream.emulator.internal.rest;

import dev.sfstream.emulator.internal.records.ApiError;
import dev.sfstream.emulator.internal.records.OrgStore;
import dev.sfstream.emulator.internal.records.SalesforceIds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code composite/sobjects}: create ({@code POST}), update ({@code PATCH}) and delete
 * ({@code DELETE ?ids=a,b&allOrNone=...}) of up to 200 records, answered with one save result per record.
 * With {@code allOrNone}, every record is still tried and reported; if any fails, all changes are rolled back
 * and the records that had succeeded report {@code ALL_OR_NONE_OPERATION_ROLLED_BACK}. Inside an all-or-none
 * {@code composite}, a collection is all-or-none whatever its own flag says, as in Salesforce.
 */
final class SObjectCollections {
    private static final int MAX_RECORDS = 200;

    private final RestRouter router;
    private final OrgStore store;

    SObjectCollections(RestRouter router, OrgStore store) {
        this.router = router;
        this.store = store;
    }

    RestResult handle(RestCall call) {
        return switch (call.method()) {
            case "POST", "PATCH" -> save(call);
            case "DELETE" -> delete(call);
            default -> throw MethodNotAllowed.of(call.method(), "POST,PATCH,DELETE");
        };
    }

    private RestResult save(RestCall call) {
        Map<String, Object> body = SObjectResource.bodyObject(call);
        List<?> records = body.get("records") instanceof List<?> list ? list : null;
        if (records == null) {
            throw ApiError.badRequest("JSON_PARSER_ERROR", "records must be an array");
        }
        requireAtMostMax(records.size());
        boolean allOrNone = Boolean.TRUE.equals(body.get("allOrNone")) || store.inAllOrNone();
        return RestResult.ok(run(allOrNone, () -> {
            List<Outcome> outcomes = new ArrayList<>();
            for (Object entry : records) {
                outcomes.add(saveOne(call, entry));
            }
            return outcomes;
        }));
    }

    private Outcome saveOne(RestCall call, Object entry) {
        Map<String, Object> record = entry instanceof Map<?, ?> m ? new LinkedHashMap<>(castMap(m)) : Map.of();
        Object attributes = record.get("attributes");
        String type = attributes instanceof Map<?, ?> a && a.get("type") != null ? String.valueOf(a.get("type")) : "";
        Object id = record.get("Id");
        RestResult result;
        if (call.method().equals("POST")) {
            result = router.route(new RestCall("POST", call.version(), List.of("sobjects", type), Map.of(), record,
                    call.context(), call.headers()));
        } else {
            Map<String, Object> changes = new LinkedHashMap<>(record);
            changes.keySet().removeIf(k -> k.equalsIgnoreCase("Id"));
            result = router.route(new RestCall("PATCH", call.version(), List.of("sobjects", type, String.valueOf(id)),
                    Map.of(), changes, call.context(), call.headers()));
        }
        if (result.status() < 300) {
            Object savedId = result.body() instanceof Map<?, ?> saved ? saved.get("id") : id;
            return new Outcome(savedId, null, id);
        }
        Map<?, ?> error = (Map<?, ?>) ((List<?>) result.body()).get(0);
        return new Outcome(null, new ApiError(result.status(), String.valueOf(error.get("errorCode")),
                String.valueOf(error.get("message")), fields(error.get("fields"))), id);
    }

    private RestResult delete(RestCall call) {
        String ids = call.params().get("ids");
        if (ids == null || ids.isBlank()) {
            throw ApiError.badRequest("MISSING_ARGUMENT", "ids parameter is required for a DELETE of sObject"
                    + " collections, e.g. ?ids=001...,003...");
        }
        List<String> list = Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        requireAtMostMax(list.size());
        boolean allOrNone = Boolean.parseBoolean(call.params().getOrDefault("allOrNone", "false"))
                || store.inAllOrNone();
        return RestResult.ok(run(allOrNone, () -> {
            List<Outcome> outcomes = new ArrayList<>();
            for (String id : list) {
                outcomes.add(deleteOne(call, id));
            }
            return outcomes;
        }));
    }

    private Outcome deleteOne(RestCall call, String id) {
        if (SalesforceIds.canonical(id).isEmpty()) {
            return new Outcome(null, ApiError.badRequest("MALFORMED_ID", "malformed id " + id), id);
        }
        try {
            return new Outcome(store.deleteById(id, call.context()).id(), null, id);
        } catch (ApiError e) {
            return new Outcome(null, e, id);
        }
    }

    private List<Map<String, Object>> run(boolean allOrNone, Supplier<List<Outcome>> work) {
        List<Outcome> outcomes = allOrNone
                ? store.allOrNone(work, done -> done.stream().allMatch(Outcome::succeeded))
                : work.get();
        boolean rolledBack = allOrNone && !outcomes.stream().allMatch(Outcome::succeeded);
        return outcomes.stream().map(o -> o.toJson(rolledBack)).toList();
    }

    private static void requireAtMostMax(int size) {
        if (size > MAX_RECORDS) {
            throw ApiError.badRequest("EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than "
                    + MAX_RECORDS + " records into this call");
        }
    }

    private static List<String> fields(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    /** One record's result: the saved id on success, else the error; {@code givenId} is the id the caller sent. */
    private record Outcome(Object savedId, ApiError error, Object givenId) {
        boolean succeeded() {
            return error == null;
        }

        Map<String, Object> toJson(boolean rolledBack) {
            Map<String, Object> result = new LinkedHashMap<>();
            ApiError reported = error != null ? error : rolledBack ? rolledBackError() : null;
            Object id = reported == null ? savedId : givenId;
            if (id != null) {
                result.put("id", id);
            }
            result.put("success", reported == null);
            result.put("errors", reported == null ? List.of() : List.of(reported.saveResultEntry()));
            return result;
        }

        private static ApiError rolledBackError() {
            return ApiError.badRequest("ALL_OR_NONE_OPERATION_ROLLED_BACK", "Record rolled back because not all"
                    + " records were valid and the request was using AllOrNone header");
        }
    }
}
