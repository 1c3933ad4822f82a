package dev.sfstream.rest.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sfstream.auth.SessionSource;
import dev.sfstream.auth.internal.HttpClients;
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
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };
    private static final int MAX_COMPOSITE = 25;
    private static final int MAX_COLLECTION = 200;

    private final RestSettings settings;
    private final RestTransport transport;
    private final ObjectMapper json;
    private final ErrorBodies errors;
    private final HttpClient ownedClient;
    private final String base;

    private JettyRestClient(SessionSource sessions, RestSettings settings, HttpClient client, boolean owned) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.errors = new ErrorBodies(json);
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
        return json.convertValue(get(sobjectType, id, fields), type);
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
        JsonNode node = tree(reply);
        return saveResult(node, node.path("created").asBoolean(reply.status() == 201));
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
        return new PagedQueryResults(first, this::queryMore, json);
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
        JsonNode root = tree(send("POST", base + "composite", Map.of("allOrNone", allOrNone,
                "compositeRequest", requests), false));
        List<CompositeSubresponse> responses = new ArrayList<>();
        for (JsonNode node : root.path("compositeResponse")) {
            Map<String, String> headers = new LinkedHashMap<>();
            node.path("httpHeaders").properties().forEach(e -> headers.put(e.getKey(), e.getValue().asText()));
            Object body = node.hasNonNull("body") ? json.convertValue(node.get("body"), Object.class) : null;
            responses.add(new CompositeSubresponse(node.path("referenceId").asText(null),
                    node.path("httpStatusCode").asInt(), headers, body));
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
        JsonNode root = tree(send("GET", base + "limits/", null, true));
        Map<String, Limit> limits = new LinkedHashMap<>();
        root.properties().forEach(e -> limits.put(e.getKey(),
                new Limit(e.getValue().path("Max").asLong(), e.getValue().path("Remaining").asLong())));
        return limits;
    }

    @Override
    public SObjectDescription describe(String sobjectType) {
        JsonNode root = tree(send("GET", base + "sobjects/" + Paths.sobjectType(sobjectType) + "/describe", null, true));
        List<FieldDescription> fields = new ArrayList<>();
        for (JsonNode field : root.path("fields")) {
            fields.add(new FieldDescription(field.path("name").asText(), field.path("type").asText(null),
                    field.path("length").asInt(), field.path("nillable").asBoolean(),
                    field.path("createable").asBoolean(), field.path("updateable").asBoolean()));
        }
        return new SObjectDescription(root.path("name").asText(sobjectType), root.path("label").asText(null), fields);
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
        return reply.hasBody() ? json.convertValue(tree(reply), Object.class) : null;
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
                jsonBody = json.writeValueAsString(body);
            } catch (Exception e) {
                throw new IllegalArgumentException("The body of " + method + " " + path
                        + " cannot be written as JSON: " + e.getMessage(), e);
            }
        }
        return transport.send(new RestCall(method, path, jsonBody, idempotent));
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

    private JsonNode tree(RestReply reply) {
        if (!reply.hasBody()) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(reply.body());
        } catch (Exception e) {
            throw new SalesforceException(reply.status(), SalesforceErrorKind.OTHER, List.of(),
                    "Salesforce answered HTTP " + reply.status() + " with a body that is not JSON", e);
        }
    }

    private Map<String, Object> map(RestReply reply) {
        return json.convertValue(tree(reply), MAP);
    }

    private QueryPage page(RestReply reply) {
        JsonNode root = tree(reply);
        List<Map<String, Object>> records = new ArrayList<>();
        for (JsonNode record : root.path("records")) {
            records.add(json.convertValue(record, MAP));
        }
        return new QueryPage(root.path("totalSize").asLong(), root.path("done").asBoolean(true),
                root.path("nextRecordsUrl").asText(null), records);
    }

    private static SaveResult saveResult(JsonNode node, boolean created) {
        List<SalesforceError> errors = new ArrayList<>();
        node.path("errors").forEach(e -> errors.add(ErrorBodies.errorOf(e)));
        return new SaveResult(node.path("id").asText(null), node.path("success").asBoolean(errors.isEmpty()),
                created && node.path("success").asBoolean(errors.isEmpty()), errors);
    }

    private static List<SaveResult> saveResults(JsonNode root, boolean created) {
        List<SaveResult> results = new ArrayList<>();
        for (JsonNode node : root) {
            results.add(saveResult(node, created));
        }
        return results;
    }
}
