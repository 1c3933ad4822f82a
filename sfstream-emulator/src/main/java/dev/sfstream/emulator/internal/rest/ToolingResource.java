package dev.sfstream.emulator.internal.rest;

import dev.sfstream.emulator.ManagedSubscription;
import dev.sfstream.emulator.internal.pubsub.ManagedSubscriptionFields;
import dev.sfstream.emulator.internal.pubsub.ManagedSubscriptions;
import dev.sfstream.emulator.internal.records.ApiError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code tooling/sobjects/ManagedEventSubscription}: creates ({@code POST} with {@code FullName} and
 * {@code Metadata}), reads, updates ({@code PATCH} of {@code Metadata}; the topic cannot change) and deletes the
 * org's Pub/Sub managed event subscriptions, from API version 60.0 on.
 */
final class ToolingResource {
    private static final String TYPE = "ManagedEventSubscription";
    private static final double FIRST_VERSION = 60.0;

    private final ManagedSubscriptions subscriptions;

    ToolingResource(ManagedSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    RestResult handle(RestCall call) {
        if (!"sobjects".equals(call.segment(1)) || !TYPE.equals(call.segment(2))
                || Double.parseDouble(call.version()) < FIRST_VERSION || call.segments().size() > 4) {
            throw ApiError.notFound();
        }
        String id = call.segment(3);
        if (id == null) {
            if (!call.method().equals("POST")) {
                throw new ApiError(405, "METHOD_NOT_ALLOWED", "HTTP Method '" + call.method() + "' not allowed."
                        + " Allowed are POST", List.of());
            }
            return create(call.body());
        }
        String full = subscriptions.fullId(id).orElseThrow(() -> new ApiError(404, "NOT_FOUND",
                "Provided external ID field does not exist or is not accessible: " + id, List.of()));
        return switch (call.method()) {
            case "GET" -> RestResult.ok(record(call, full, subscriptions.find(full).orElseThrow()));
            case "PATCH" -> {
                ManagedSubscription current = subscriptions.find(full).orElseThrow();
                subscriptions.declare(configure(current.developerName(), metadata(call.body()), current));
                yield RestResult.noContent();
            }
            case "DELETE" -> {
                subscriptions.delete(full);
                yield RestResult.noContent();
            }
            default -> throw new ApiError(405, "METHOD_NOT_ALLOWED", "HTTP Method '" + call.method()
                    + "' not allowed. Allowed are GET,PATCH,DELETE", List.of());
        };
    }

    private RestResult create(Object body) {
        if (!(body instanceof Map<?, ?> fields) || !(fields.get("FullName") instanceof String name)) {
            throw ApiError.badRequest("REQUIRED_FIELD_MISSING", "Required fields are missing: [FullName]", "FullName");
        }
        ManagedSubscription config = configure(name, metadata(body), null);
        try {
            String id = subscriptions.create(config);
            return RestResult.created(Map.of("id", id, "success", true, "errors", List.of(), "warnings", List.of(),
                    "infos", List.of()));
        } catch (IllegalArgumentException duplicate) {
            throw ApiError.badRequest("DUPLICATE_DEVELOPER_NAME", duplicate.getMessage(), "FullName");
        }
    }

    private static Map<?, ?> metadata(Object body) {
        if (body instanceof Map<?, ?> fields && fields.get("Metadata") instanceof Map<?, ?> metadata) {
            return metadata;
        }
        throw ApiError.badRequest("REQUIRED_FIELD_MISSING", "Required fields are missing: [Metadata]", "Metadata");
    }

    private static ManagedSubscription configure(String name, Map<?, ?> metadata, ManagedSubscription current) {
        try {
            return ManagedSubscriptionFields.configure(name, metadata, current);
        } catch (IllegalArgumentException invalid) {
            throw ApiError.badRequest(invalid.getMessage().startsWith("topicName: required")
                    ? "REQUIRED_FIELD_MISSING" : "FIELD_INTEGRITY_EXCEPTION", invalid.getMessage());
        }
    }

    private static Map<String, Object> record(RestCall call, String id, ManagedSubscription config) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("defaultReplay", config.defaultReplay().name());
        metadata.put("errorRecoveryReplay", config.errorRecoveryReplay().name());
        metadata.put("label", config.developerName());
        metadata.put("state", config.state().name());
        metadata.put("topicName", config.topicName());
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("attributes", Map.of("type", TYPE, "url", call.url("tooling/sobjects/" + TYPE + "/" + id)));
        record.put("Id", id);
        record.put("DeveloperName", config.developerName());
        record.put("MasterLabel", config.developerName());
        record.put("Metadata", metadata);
        return record;
    }
}
