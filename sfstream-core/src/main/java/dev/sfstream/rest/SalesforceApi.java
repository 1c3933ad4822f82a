package dev.sfstream.rest;

import dev.sfstream.auth.SessionSource;
import dev.sfstream.rest.internal.JettyRestClient;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.client.HttpClient;

/**
 * The Salesforce REST API: records, SOQL queries with lazy paging, composite and sObject collection
 * requests, limits and describe. Results are plain Java values (maps, lists, records); typed binding to
 * your own classes goes through Jackson. Every failure is a {@link SalesforceException}, except that a
 * failed re-login surfaces as the {@link dev.sfstream.auth.LoginException} of the session source.
 *
 * <p>A rejected session ({@code 401 INVALID_SESSION_ID}) is renewed through the {@link SessionSource} once
 * and the request repeated. Idempotent requests are retried with bounded exponential back-off on
 * connection errors and 5xx answers; creates and composite requests are not, unless the connection
 * could not even be opened. Safe for concurrent use.
 */
public interface SalesforceApi extends AutoCloseable {
    /** A client with its own HTTP client, released by {@link #close()}. */
    static SalesforceApi connect(SessionSource sessions, RestSettings settings) {
        return JettyRestClient.withOwnClient(sessions, settings);
    }

    /**
     * A client sending through a started Jetty client the caller owns and may share with streaming. Its
     * {@code WWW-Authenticate} protocol handler is removed: Salesforce answers 401 without a challenge.
     */
    static SalesforceApi connect(SessionSource sessions, RestSettings settings, HttpClient sharedClient) {
        return JettyRestClient.withSharedClient(sessions, settings, sharedClient);
    }

    /** The API version of every request, e.g. {@code 37.0}. */
    String apiVersion();

    /** Creates a record ({@code POST sobjects/{type}/}). */
    SaveResult create(String sobjectType, Map<String, ?> fields);

    /**
     * Reads a record ({@code GET sobjects/{type}/{id}}), with only the given fields when any are given.
     *
     * @throws SalesforceException of kind {@link SalesforceErrorKind#NOT_FOUND} when it does not exist
     */
    Map<String, Object> get(String sobjectType, String id, String... fields);

    /** Reads a record and binds it to {@code type} with Jackson. */
    <T> T get(String sobjectType, String id, Class<T> type, String... fields);

    /** Updates fields of a record ({@code PATCH sobjects/{type}/{id}}). */
    void update(String sobjectType, String id, Map<String, ?> fields);

    /** Creates or updates the record whose external id field has this value ({@code PATCH sobjects/{type}/{field}/{value}}). */
    SaveResult upsert(String sobjectType, String externalIdField, String externalId, Map<String, ?> fields);

    /** Deletes a record ({@code DELETE sobjects/{type}/{id}}). */
    void delete(String sobjectType, String id);

    /** Runs a SOQL query; later batches are fetched lazily while iterating. */
    QueryResults query(String soql);

    /** Runs a SOQL query that also returns deleted and archived records ({@code queryAll}). */
    QueryResults queryAll(String soql);

    /** Fetches the batch at a {@code nextRecordsUrl}. */
    QueryPage queryMore(String nextRecordsUrl);

    /** Runs up to 25 subrequests in one {@code composite} request. */
    List<CompositeSubresponse> composite(boolean allOrNone, List<CompositeSubrequest> subrequests);

    /** Creates up to 200 records in one {@code composite/sobjects} request; one result per record, in order. */
    List<SaveResult> createAll(boolean allOrNone, List<SObject> records);

    /** Updates up to 200 records (each with its id) in one {@code composite/sobjects} request. */
    List<SaveResult> updateAll(boolean allOrNone, List<SObject> records);

    /** Deletes up to 200 records in one {@code composite/sobjects} request. */
    List<SaveResult> deleteAll(boolean allOrNone, List<String> ids);

    /** The org's limits ({@code GET limits/}), keyed by name such as {@code DailyApiRequests}. */
    Map<String, Limit> limits();

    /** Describes an sObject type ({@code GET sobjects/{type}/describe}). */
    SObjectDescription describe(String sobjectType);

    /**
     * Any other REST resource: {@code path} is relative to {@code /services/data/v{version}/} or absolute
     * ({@code /services/...}). Returns the JSON answer as plain Java values, or null for an empty answer.
     * Only GET, HEAD, PUT and DELETE are retried.
     */
    Object request(String method, String path, Object body);

    /** Releases the HTTP client when this client created it. */
    @Override
    void close();
}
