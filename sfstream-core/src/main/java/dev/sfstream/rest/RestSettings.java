package dev.sfstream.rest;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the REST client talks to Salesforce.
 *
 * @param apiVersion the API version of the {@code /services/data/v{version}/} paths, e.g. {@code 37.0}
 * @param clientName sent on every request as {@code Sforce-Call-Options: client=<clientName>}, so that
 *     changes sfstream makes can be recognised (CDC {@code changeOrigin}); null to send no header
 * @param requestTimeout how long one attempt may take, answer included
 * @param connectTimeout how long connecting may take (for the HTTP client the REST client creates itself)
 * @param maxAttempts attempts of an idempotent request on connection errors and 5xx answers (1 = no retry)
 * @param initialBackoff the wait before the first retry; doubled for each further retry
 * @param maxBackoff the longest wait between retries
 * @param queryBatchSize asks for this many records per query batch ({@code Sforce-Query-Options:
 *     batchSize}, 200..2000); null for Salesforce's default
 */
public record RestSettings(String apiVersion, String clientName, Duration requestTimeout, Duration connectTimeout,
                           int maxAttempts, Duration initialBackoff, Duration maxBackoff, Integer queryBatchSize) {
    /** The client name sent by default. */
    public static final String DEFAULT_CLIENT_NAME = "sfstream";

    private static final Pattern API_VERSION = Pattern.compile("\\d{2,3}\\.\\d");
    private static final Pattern CLIENT_NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");

    public RestSettings {
        Objects.requireNonNull(apiVersion, "apiVersion");
        if (!API_VERSION.matcher(apiVersion).matches()) {
            throw new IllegalArgumentException("REST apiVersion '" + apiVersion + "' is not an API version like 37.0");
        }
        if (clientName != null && !CLIENT_NAME.matcher(clientName).matches()) {
            throw new IllegalArgumentException("REST clientName '" + clientName
                    + "' must be 1 to 64 letters, digits, '_', '.' or '-' (it goes into Sforce-Call-Options)");
        }
        requestTimeout = positive(requestTimeout, Duration.ofSeconds(60), "requestTimeout");
        connectTimeout = positive(connectTimeout, Duration.ofSeconds(10), "connectTimeout");
        initialBackoff = positive(initialBackoff, Duration.ofMillis(200), "initialBackoff");
        maxBackoff = positive(maxBackoff, Duration.ofSeconds(10), "maxBackoff");
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new IllegalArgumentException("REST maxAttempts " + maxAttempts + " must be between 1 and 20");
        }
        if (queryBatchSize != null && (queryBatchSize < 200 || queryBatchSize > 2000)) {
            throw new IllegalArgumentException("REST queryBatchSize " + queryBatchSize
                    + " must be between 200 and 2000 (Salesforce's range)");
        }
    }

    /** Defaults for an API version: client name {@code sfstream}, 60 s requests, 4 attempts from 200 ms up to 10 s. */
    public static RestSettings defaults(String apiVersion) {
        return new RestSettings(apiVersion, DEFAULT_CLIENT_NAME, null, null, 4, null, null, null);
    }

    /** These settings with another client name (null for none). */
    public RestSettings withClientName(String name) {
        return new RestSettings(apiVersion, name, requestTimeout, connectTimeout, maxAttempts, initialBackoff,
                maxBackoff, queryBatchSize);
    }

    /** These settings with another retry policy. */
    public RestSettings withRetries(int attempts, Duration initial, Duration max) {
        return new RestSettings(apiVersion, clientName, requestTimeout, connectTimeout, attempts, initial, max,
                queryBatchSize);
    }

    /** These settings with another request timeout. */
    public RestSettings withRequestTimeout(Duration timeout) {
        return new RestSettings(apiVersion, clientName, timeout, connectTimeout, maxAttempts, initialBackoff,
                maxBackoff, queryBatchSize);
    }

    /** These settings asking for another query batch size (null for Salesforce's default). */
    public RestSettings withQueryBatchSize(Integer size) {
        return new RestSettings(apiVersion, clientName, requestTimeout, connectTimeout, maxAttempts, initialBackoff,
                maxBackoff, size);
    }

    private static Duration positive(Duration value, Duration fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("REST " + name + " " + value + " must be positive");
        }
        return value;
    }
}
