package dev.sfstream.rest;

import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The records of a SOQL query. The first batch is fetched when the query runs; later batches are fetched
 * through {@code nextRecordsUrl} only as iteration reaches them. Each new iteration starts from the first
 * batch again.
 */
public interface QueryResults extends Iterable<Map<String, Object>> {
    /** How many records the query matches. */
    long totalSize();

    /** The first batch as Salesforce returned it. */
    QueryPage firstPage();

    /** Every record, fetching later batches lazily. */
    @Override
    Iterator<Map<String, Object>> iterator();

    /** Every record as a lazy sequential stream. */
    Stream<Map<String, Object>> stream();

    /** Every record bound to {@code type} with Jackson ({@code attributes} and unknown fields are ignored). */
    <T> Stream<T> stream(Class<T> type);
}
