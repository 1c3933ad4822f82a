package dev.sfstream.rest;

import java.util.List;

/**
 * One entry of a Salesforce REST error body ({@code [{"message", "errorCode", "fields"}]}).
 *
 * @param errorCode Salesforce's code, e.g. {@code NOT_FOUND} (in sObject collections results: {@code statusCode})
 * @param message Salesforce's message
 * @param fields the fields at fault; empty when none are named
 */
public record SalesforceError(String errorCode, String message, List<String> fields) {
    public SalesforceError {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
