package dev.sfstream.emulator.internal.records;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Salesforce REST error: the HTTP status and one {@code {message, errorCode, fields}} entry. */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String errorCode;
    private final List<String> fields;

    public ApiError(int status, String errorCode, String message, List<String> fields) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
        this.fields = fields == null ? null : List.copyOf(fields);
    }

    public static ApiError badRequest(String errorCode, String message, String... fields) {
        return new ApiError(400, errorCode, message, List.of(fields));
    }

    public static ApiError notFound() {
        return new ApiError(404, "NOT_FOUND", "The requested resource does not exist", null);
    }

    public static ApiError invalidField(String field, String type) {
        return badRequest("INVALID_FIELD", "No such column '" + field + "' on sobject of type " + type);
    }

    public static ApiError readOnlyField(String field) {
        return badRequest("INVALID_FIELD_FOR_INSERT_UPDATE", "Unable to create/update fields: " + field
                + ". Please check the security settings of this field and verify that it is read/write for"
                + " your profile or permission set.", field);
    }

    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }

    public List<String> fields() {
        return fields;
    }

    /** The REST body entry: {@code {"message", "errorCode", "fields"}}, fields left out when unknown. */
    public Map<String, Object> restEntry() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("message", getMessage());
        entry.put("errorCode", errorCode);
        if (fields != null) {
            entry.put("fields", fields);
        }
        return entry;
    }

    /** The entry inside a save result's {@code errors}, which says {@code statusCode}, not errorCode. */
    public Map<String, Object> saveResultEntry() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("statusCode", errorCode);
        entry.put("message", getMessage());
        entry.put("fields", fields == null ? List.of() : fields);
        return entry;
    }
}
