package dev.sfstream.rest.internal;

import static dev.sfstream.internal.json.JsonValues.array;
import static dev.sfstream.internal.json.JsonValues.field;
import static dev.sfstream.internal.json.JsonValues.has;
import static dev.sfstream.internal.json.JsonValues.text;

import dev.sfstream.internal.json.PlainJson;
import dev.sfstream.rest.SalesforceError;
import dev.sfstream.rest.SalesforceErrorKind;
import dev.sfstream.rest.SalesforceException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns Salesforce's error answers into {@link SalesforceException}s of the right kind. */
final class ErrorBodies {
    private static final int EXCERPT_LENGTH = 300;

    SalesforceException toException(RestCall call, RestReply reply) {
        List<SalesforceError> errors = parse(reply.body());
        SalesforceErrorKind kind = kindOf(reply.status(), errors);
        StringBuilder message = new StringBuilder(call.describe()).append(" failed: HTTP ").append(reply.status());
        if (errors.isEmpty()) {
            if (reply.hasBody()) {
                message.append(": ").append(excerpt(reply.body()));
            }
        } else {
            SalesforceError first = errors.get(0);
            message.append(' ').append(first.errorCode()).append(": ").append(first.message());
            if (!first.fields().isEmpty()) {
                message.append(" (fields ").append(String.join(", ", first.fields())).append(')');
            }
            if (errors.size() > 1) {
                message.append(" and ").append(errors.size() - 1).append(" more error(s)");
            }
        }
        return new SalesforceException(reply.status(), kind, errors, message.toString(), null);
    }

    /** Reads {@code [{"message","errorCode","fields"}]} (or {@code statusCode}, or an OAuth-style object). */
    List<SalesforceError> parse(String body) {
        List<SalesforceError> errors = new ArrayList<>();
        if (body == null || body.isBlank()) {
            return errors;
        }
        Object root;
        try {
            root = PlainJson.parse(body);
        } catch (IOException notJson) {
            return errors;
        }
        if (root instanceof List<?> list) {
            for (Object node : list) {
                if (node instanceof Map) {
                    errors.add(errorOf(node));
                }
            }
        } else if (root instanceof Map<?, ?> map && (map.containsKey("errorCode") || map.containsKey("error"))) {
            errors.add(map.containsKey("errorCode") ? errorOf(root)
                    : new SalesforceError(text(root, "error", ""), text(root, "error_description", ""), null));
        }
        return errors;
    }

    static SalesforceError errorOf(Object node) {
        String code = has(node, "errorCode") ? text(node, "errorCode", "") : text(node, "statusCode", null);
        List<String> fields = new ArrayList<>();
        array(field(node, "fields")).forEach(f -> fields.add(text(f, "")));
        return new SalesforceError(code, text(node, "message", ""), fields);
    }

    static SalesforceErrorKind kindOf(int status, List<SalesforceError> errors) {
        String code = errors.isEmpty() ? "" : String.valueOf(errors.get(0).errorCode());
        if (code.equals("REQUEST_LIMIT_EXCEEDED") || status == 429) {
            return SalesforceErrorKind.LIMIT_EXCEEDED;
        }
        if (status == 300) {
            return SalesforceErrorKind.MULTIPLE_CHOICES;
        }
        if (status == 400) {
            return SalesforceErrorKind.MALFORMED_REQUEST;
        }
        if (status == 401) {
            return SalesforceErrorKind.INVALID_SESSION;
        }
        if (status == 403) {
            return SalesforceErrorKind.REFUSED;
        }
        if (status == 404 || status == 410) {
            return SalesforceErrorKind.NOT_FOUND;
        }
        if (status >= 500) {
            return SalesforceErrorKind.SERVER_ERROR;
        }
        return SalesforceErrorKind.OTHER;
    }

    private static String excerpt(String body) {
        String flat = body.strip();
        return flat.length() <= EXCERPT_LENGTH ? flat : flat.substring(0, EXCERPT_LENGTH) + "...";
    }
}
