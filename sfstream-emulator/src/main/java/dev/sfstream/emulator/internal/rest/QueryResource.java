package dev.sfstream.emulator.internal.rest;

import dev.sfstream.emulator.internal.records.ApiError;
import dev.sfstream.emulator.internal.records.OrgStore;
import dev.sfstream.emulator.internal.records.SObjectSchema;
import dev.sfstream.emulator.internal.records.StoredRecord;
import dev.sfstream.emulator.internal.soql.Condition;
import dev.sfstream.emulator.internal.soql.QueryValidator;
import dev.sfstream.emulator.internal.soql.RecordMatcher;
import dev.sfstream.emulator.internal.soql.SelectItem;
import dev.sfstream.emulator.internal.soql.SoqlParser;
import dev.sfstream.emulator.internal.soql.SoqlQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code query/?q=}, {@code queryAll/?q=} and their {@code nextRecordsUrl} pages. */
final class QueryResource {
    private static final Pattern BATCH_SIZE = Pattern.compile("batchSize\\s*=\\s*(\\d+)");

    private final OrgStore store;
    private final int batchSize;
    private final QueryCursors cursors = new QueryCursors();

    QueryResource(OrgStore store, int batchSize) {
        this.store = store;
        this.batchSize = batchSize;
    }

    RestResult handle(RestCall call, boolean includeDeleted) {
        if (!call.method().equals("GET")) {
            throw MethodNotAllowed.of(call.method(), "GET,HEAD");
        }
        if (call.segments().size() == 2) {
            return nextPage(call, call.segment(1));
        }
        if (call.segments().size() > 2) {
            throw ApiError.notFound();
        }
        SoqlQuery query = SoqlParser.parse(call.params().get("q"));
        SObjectSchema schema = QueryValidator.resolve(query, store.catalog());
        refuseUnsupported(query);
        RecordMatcher matcher = new RecordMatcher(schema);
        List<StoredRecord> rows = new ArrayList<>(store.list(schema.name(), includeDeleted).stream()
                .filter(r -> matcher.matches(query.where(), r)).toList());
        sort(rows, query, matcher, schema);
        int from = query.offset() == null ? 0 : Math.min(query.offset(), rows.size());
        int to = query.limit() == null ? rows.size() : Math.min(rows.size(), from + query.limit());
        List<StoredRecord> selected = rows.subList(from, to);
        if (query.isCountOnly()) {
            return RestResult.ok(page(selected.size(), true, null, List.of()));
        }
        List<Map<String, Object>> json = selected.stream().map(r -> row(call, schema, query, r)).toList();
        return RestResult.ok(firstPage(call, json));
    }

    private Map<String, Object> firstPage(RestCall call, List<Map<String, Object>> rows) {
        int size = effectiveBatchSize(call);
        if (rows.size() <= size) {
            return page(rows.size(), true, null, rows);
        }
        String locator = store.ids().next("01g");
        cursors.put(locator, rows);
        return page(rows.size(), false, call.url("query/" + locator + "-" + size), rows.subList(0, size));
    }

    private RestResult nextPage(RestCall call, String cursor) {
        int dash = cursor.lastIndexOf('-');
        List<Map<String, Object>> rows = dash < 0 ? null : cursors.get(cursor.substring(0, dash)).orElse(null);
        int offset;
        try {
            offset = dash < 0 ? -1 : Integer.parseInt(cursor.substring(dash + 1));
        } catch (NumberFormatException e) {
            offset = -1;
        }
        if (rows == null || offset < 0 || offset > rows.size()) {
            throw ApiError.badRequest("INVALID_QUERY_LOCATOR", "invalid query locator");
        }
        int end = Math.min(rows.size(), offset + effectiveBatchSize(call));
        String next = end < rows.size() ? call.url("query/" + cursor.substring(0, dash) + "-" + end) : null;
        return RestResult.ok(page(rows.size(), next == null, next, rows.subList(offset, end)));
    }

    private int effectiveBatchSize(RestCall call) {
        String options = call.headers().get("sforce-query-options");
        if (options != null) {
            Matcher m = BATCH_SIZE.matcher(options);
            if (m.find()) {
                try {
                    return Math.max(1, Math.min(batchSize, Integer.parseInt(m.group(1))));
                } catch (NumberFormatException ignored) {
                    return batchSize;
                }
            }
        }
        return batchSize;
    }

    private static Map<String, Object> page(int total, boolean done, String next, List<Map<String, Object>> rows) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("totalSize", total);
        body.put("done", done);
        if (next != null) {
            body.put("nextRecordsUrl", next);
        }
        body.put("records", rows);
        return body;
    }

    private static Map<String, Object> row(RestCall call, SObjectSchema schema, SoqlQuery query, StoredRecord r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("attributes", RecordJson.attributes(schema.name(), call.url("sobjects/" + schema.name() + "/" + r.id())));
        for (String field : query.selectFields()) {
            json.put(QueryValidator.canonical(schema, field), r.get(field));
        }
        return json;
    }

    private static void sort(List<StoredRecord> rows, SoqlQuery query, RecordMatcher matcher, SObjectSchema schema) {
        Comparator<StoredRecord> order = null;
        for (SoqlQuery.OrderItem item : query.orderBy()) {
            String field = QueryValidator.canonical(schema, item.field().name());
            Comparator<StoredRecord> next = (a, b) -> matcher.order(field, a.get(field), b.get(field));
            next = item.descending() ? next.reversed() : next;
            order = order == null ? next : order.thenComparing(next);
        }
        if (order != null) {
            rows.sort(order);
        }
    }

    private static void refuseUnsupported(SoqlQuery query) {
        if (query.groupBy() || query.typeOf() || query.childSubquery()) {
            throw ApiError.badRequest("MALFORMED_QUERY", "The emulator's SOQL supports no GROUP BY, TYPEOF or child"
                    + " sub-queries: " + query.text());
        }
        for (SelectItem item : query.select()) {
            if (item.isAggregate() && !query.isCountOnly()) {
                throw ApiError.badRequest("MALFORMED_QUERY", "The emulator's SOQL supports only COUNT() among"
                        + " aggregate functions: " + query.text());
            }
            if (item.field().isRelationship()) {
                String relationship = item.field().name().substring(0, item.field().name().indexOf('.'));
                throw ApiError.badRequest("INVALID_FIELD", "Didn't understand relationship '" + relationship
                        + "' in field path. The emulator's SOQL reads fields of the FROM object only.");
            }
        }
        refuseSemiJoins(query, query.where());
    }

    private static void refuseSemiJoins(SoqlQuery query, Condition condition) {
        if (condition instanceof Condition.SemiJoin) {
            throw ApiError.badRequest("MALFORMED_QUERY", "The emulator's SOQL supports no semi-join or anti-join"
                    + " sub-selects: " + query.text());
        } else if (condition instanceof Condition.Junction j) {
            j.parts().forEach(p -> refuseSemiJoins(query, p));
        } else if (condition instanceof Condition.Negation n) {
            refuseSemiJoins(query, n.inner());
        } else if (condition != null && condition.fields().stream().anyMatch(f -> f.contains("."))) {
            throw ApiError.badRequest("INVALID_FIELD", "The emulator's SOQL reads fields of the FROM object only: "
                    + query.text());
        }
    }
}
