package dev.sfstream.rest.internal;

import static dev.sfstream.internal.json.JsonValues.array;
import static dev.sfstream.internal.json.JsonValues.bool;
import static dev.sfstream.internal.json.JsonValues.field;
import static dev.sfstream.internal.json.JsonValues.object;
import static dev.sfstream.internal.json.JsonValues.text;
import static dev.sfstream.internal.json.JsonValues.whole;

import dev.sfstream.auth.SessionSource;
import dev.sfstream.auth.internal.HttpClients;
import dev.sfstream.internal.json.PlainJson;
import dev.sfstream.rest.CompositeSubrequest;
import dev.sfstream.rest.CompositeSubresponse;
import dev.sfstream.rest.FieldDescription;
import dev.sfstream.rest.Limit;
import dev.sfstream.rest.QueryPage;
import dev.sfstream.rest.QueryResults;
import dev.sfstream.rest.RestSettings;
import dev.sfstream.rest.SObject;
import dev.sfstream.rest.SObjectDescription;
import dev.sfstream.rest.SaveResult;
import dev.sfstream.rest.SalesforceApi;
import dev.sfstream.rest.SalesforceError;
import dev.sfstream.rest.SalesforceErrorKind;
import dev.sfstream.rest.SalesforceException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.jetty.client.HttpClient;

/**
 * {@link SalesforceApi} on Jetty's HTTP client. Jetty rather than {@code java.net.http} because the
 * CometD streaming transport is built on Jetty's client: one client can then serve both, sharing its
 * connection pool, TLS setup and threads.
 */
public final class JettyRestClient implements SalesforceApi {
    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
    private static final int MAX_COMPOSITE = 25;
    private static final int MAX_COLLECTION = 200;

    private final RestSettings settings;
    private final RestTransport transport;
    private final DataBinding binding = new DataBinding();
    private final ErrorBodies errors = new ErrorBodies();
    private final HttpClient ownedClient;
    private final String base;

    private JettyRestClient(SessionSource sessions, RestSettings settings, HttpClient client, boolean owned) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.transport = new RestTransport(client, Objects.requireNonNull(sessions, "sessions"), settings, errors);
        this.ownedClient = owned ? client : null;
        this.base = "/services/data/v" + settings.apiVersion() + "/";
    }

    /** A client that creates its own Jetty client and stops it on close. */
    public static JettyRestClient withOwnClient(SessionSource sessions, RestSettings settings) {
        return new JettyRestClient(sessions, settings,
                HttpClients.startNew("sfstream-rest", settings.connectTimeout(), sessions.network()), true);
    }

    /** A client that sends through a started Jetty client owned by the caller. */
    public static JettyRestClient withSharedClient(SessionSource sessions, RestSettings settings, HttpClient client) {
        HttpClients.acceptPlainUnauthorized(Objects.requireNonNull(client, "client"));
        return new JettyRestClient(sessions, settings, client, false);
    }

    @Override
    public String apiVersion() {
        return settings.apiVersion();
    }

    @Override
    public SaveResult create(String sobjectType, Map<String, ?> fields) {
        RestReply reply = send("POST", base + "sobjects/" + Paths.sobjectType(sobjectType) + "/", fields, false);
        return saveResult(tree(reply), true);
    }

    @Override
    public Map<String, Object> get(String sobjectType, String id, String... fields) {
        return map(send("GET", recordPath(sobjectType, id) + fieldsQuery(fields), null, true));
    }

    @Override
    public <T> T get(String sobjectType, String id, Class<T> type, String... fields) {
        return binding.convert(get(sobjectType, id, fields), type);
    }

    @Override
    public void update(String sobjectType, String id, Map<String, ?> fields) {
        send("PATCH", recordPath(sobjectType, id), fields, true);
    }

    @Override
    public SaveResult upsert(String sobjectType, String externalIdField, String externalId, Map<String, ?> fields) {
        String path = base + "sobjects/" + Paths.sobjectType(sobjectType) + "/" + Paths.field(externalIdField) + "/"
                + Paths.segment(externalId);
        RestReply reply = send("PATCH", path, fields, true);
        if (!reply.hasBody()) {
            return new SaveResult(null, true, reply.status() == 201, List.of());
        }
        Object node = tree(reply);
        return saveResult(node, bool(node, "created", reply.status() == 201));
    }

    @Override
    public void delete(String sobjectType, String id) {
        send("DELETE", recordPath(sobjectType, id), null, true);
    }

    @Override
    public QueryResults query(String soql) {
        return runQuery("query", soql);
    }

    @Override
    public QueryResults queryAll(String soql) {
        return runQuery("queryAll", soql);
    }

    private QueryResults runQuery(String resource, String soql) {
        if (soql == null || soql.isBlank()) {
            throw new IllegalArgumentException("SOQL query must not be empty");
        }
        QueryPage first = page(send("GET", base + resource + "/?q=" + Paths.query(soql), null, true));
        return new PagedQueryResults(first, this::queryMore, binding);
    }

    @Override
    public QueryPage queryMore(String nextRecordsUrl) {
        if (nextRecordsUrl == null || !nextRecordsUrl.startsWith("/services/data/")) {
            throw new IllegalArgumentException("nextRecordsUrl '" + nextRecordsUrl
                    + "' is not a Salesforce query locator path (/services/data/...)");
        }
        return page(send("GET", nextRecordsUrl, null, true));
    }

    @Override
    public List<CompositeSubresponse> composite(boolean allOrNone, List<CompositeSubrequest> subrequests) {
        checkSize("composite subrequests", subrequests, MAX_COMPOSITE);
        List<Map<String, Object>> requests = new ArrayList<>();
        for (CompositeSubrequest sub : subrequests) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("method", sub.method().toUpperCase(Locale.ROOT));
            entry.put("url", sub.url());
            entry.put("referenceId", sub.referenceId());
            if (sub.body() != null) {
                entry.put("body", sub.body());
            }
            requests.add(entry);
        }
        Object root = tree(send("POST", base + "composite", Map.of("allOrNone", allOrNone,
                "compositeRequest", requests), false));
        List<CompositeSubresponse> responses = new ArrayList<>();
        for (Object node : array(field(root, "compositeResponse"))) {
            Map<String, String> headers = new LinkedHashMap<>();
            object(node, "httpHeaders").forEach((name, value) -> headers.put(name, text(value, "")));
            responses.add(new CompositeSubresponse(text(node, "referenceId", null),
                    (int) whole(node, "httpStatusCode", 0), headers, field(node, "body")));
        }
        return responses;
    }

    @Override
    public List<SaveResult> createAll(boolean allOrNone, List<SObject> records) {
        return saveAll("POST", allOrNone, records, false);
    }

    @Override
    public List<SaveResult> updateAll(boolean allOrNone, List<SObject> records) {
        for (SObject record : records) {
            Paths.recordId(record.id());
        }
        return saveAll("PATCH", allOrNone, records, true);
    }

    private List<SaveResult> saveAll(String method, boolean allOrNone, List<SObject> records, boolean idempotent) {
        checkSize("sObject collection records", records, MAX_COLLECTION);
        List<Map<String, Object>> body = new ArrayList<>();
        for (SObject record : records) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("attributes", Map.of("type", Paths.sobjectType(record.type())));
            if (record.id() != null) {
                entry.put("Id", record.id());
            }
            entry.putAll(record.fields());
            body.add(entry);
        }
        RestReply reply = send(method, base + "composite/sobjects",
                Map.of("allOrNone", allOrNone, "records", body), idempotent);
        return saveResults(tree(reply), "POST".equals(method));
    }

    @Override
    public List<SaveResult> deleteAll(boolean allOrNone, List<String> ids) {
        checkSize("sObject collection ids", ids, MAX_COLLECTION);
        ids.forEach(Paths::recordId);
        RestReply reply = send("DELETE", base + "composite/sobjects?ids=" + String.join(",", ids)
                + "&allOrNone=" + allOrNone, null, true);
        return saveResults(tree(reply), false);
    }

    @Override
    public Map<String, Limit> limits() {
        Object root = tree(send("GET", base + "limits/", null, true));
        Map<String, Limit> limits = new LinkedHashMap<>();
        if (root instanceof Map<?, ?> all) {
            all.forEach((name, limit) -> limits.put(String.valueOf(name),
                    new Limit(whole(limit, "Max", 0), whole(limit, "Remaining", 0))));
        }
        return limits;
    }

    @Override
    public SObjectDescription describe(String sobjectType) {
        Object root = tree(send("GET", base + "sobjects/" + Paths.sobjectType(sobjectType) + "/describe", null, true));
        List<FieldDescription> fields = new ArrayList<>();
        for (Object field : array(field(root, "fields"))) {
            fields.add(new FieldDescription(text(field, "name", ""), text(field, "type", null),
                    (int) whole(field, "length", 0), bool(field, "nillable", false),
                    bool(field, "createable", false), bool(field, "updateable", false)));
        }
        return new SObjectDescription(text(root, "name", sobjectType), text(root, "label", null), fields);
    }

    @Override
    public Object request(String method, String path, Object body) {
        String verb = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(path, "path");
        String full = path.startsWith("/") ? path : base + path;
        if (!full.startsWith("/services/")) {
            throw new IllegalArgumentException("REST path '" + path + "' must be relative to " + base
                    + " or start with /services/");
        }
        RestReply reply = send(verb, full, body, IDEMPOTENT_METHODS.contains(verb));
        return reply.hasBody() ? tree(reply) : null;
    }

    @Override
    public void close() {
        if (ownedClient != null) {
            HttpClients.stopQuietly(ownedClient);
        }
    }

    private RestReply send(String method, String path, Object body, boolean idempotent) {
        String jsonBody = null;
        if (body != null) {
            try {
                jsonBody = PlainJson.write(body);
            } catch (PlainJson.NotPlainException beanOrDate) {
                jsonBody = bound(method, path, body);
            }
        }
        return transport.send(new RestCall(method, path, jsonBody, idempotent));
    }

    private String bound(String method, String path, Object body) {
        try {
            return binding.write(body);
        } catch (Exception e) {
            throw new IllegalArgumentException("The body of " + method + " " + path
                    + " cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    private String recordPath(String sobjectType, String id) {
        return base + "sobjects/" + Paths.sobjectType(sobjectType) + "/" + Paths.recordId(id);
    }

    private static String fieldsQuery(String... fields) {
        if (fields == null || fields.length == 0) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (String field : fields) {
            names.add(Paths.field(field));
        }
        return "?fields=" + String.join(",", names);
    }

    private static void checkSize(String what, List<?> items, int max) {
        if (items == null || items.isEmpty() || items.size() > max) {
            throw new IllegalArgumentException(what + ": " + (items == null ? 0 : items.size())
                    + " given, Salesforce accepts 1 to " + max + " per request");
        }
    }

    /** The reply's JSON: an empty map when it has no body. */
    private static Object tree(RestReply reply) {
        if (!reply.hasBody()) {
            return new LinkedHashMap<String, Object>();
        }
        try {
            return PlainJson.parse(reply.body());
        } catch (IOException e) {
            throw new SalesforceException(reply.status(), SalesforceErrorKind.OTHER, List.of(),
                    "Salesforce answered HTTP " + reply.status() + " with a body that is not JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(RestReply reply) {
        return tree(reply) instanceof Map<?, ?> map ? (Map<String, Object>) map : new LinkedHashMap<>();
    }

    @SuppressWarnings("unchecked")
    private static QueryPage page(RestReply reply) {
        Object root = tree(reply);
        List<Map<String, Object>> records = new ArrayList<>();
        for (Object record : array(field(root, "records"))) {
            if (record instanceof Map<?, ?> map) {
                records.add((Map<String, Object>) map);
            }
        }
        return new QueryPage(whole(root, "totalSize", 0), bool(root, "done", true),
                text(root, "nextRecordsUrl", null), records);
    }

    private static SaveResult saveResult(Object node, boolean created) {
        List<SalesforceError> errors = new ArrayList<>();
        array(field(node, "errors")).forEach(e -> errors.add(ErrorBodies.errorOf(e)));
        boolean success = bool(node, "success", errors.isEmpty());
        return new SaveResult(text(node, "id", null), success, created && success, errors);
    }

    private static List<SaveResult> saveResults(Object root, boolean created) {
        List<SaveResult> results = new ArrayList<>();
        for (Object node : array(root)) {
            results.add(saveResult(node, created));
        }
        return results;
    }
}
