package dev.sfstream.rest;

import java.util.List;
import java.util.Map;

/**
 * One batch of a SOQL query result, as Salesforce returns it.
 *
 * @param totalSize how many records the whole query matches
 * @param done whether this is the last batch
 * @param nextRecordsUrl where the next batch is, e.g. {@code /services/data/v37.0/query/01g...-2000}; null when done
 * @param records this batch's records (each with its {@code attributes})
 */
public record QueryPage(long totalSize, boolean done, String nextRecordsUrl, List<Map<String, Object>> records) {
    public QueryPage {
        records = records == null ? List.of() : List.copyOf(records);
    }
}
