package dev.sfstream.rest;

import java.util.List;

/**
 * The result of saving one record: create, upsert, or one entry of an sObject collection request.
 *
 * @param id the record id; null when saving failed
 * @param success whether the record was saved
 * @param created for upserts, whether a record was created rather than updated; true for creates
 * @param errors why saving failed; empty on success
 */
public record SaveResult(String id, boolean success, boolean created, List<SalesforceError> errors) {
    public SaveResult {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
