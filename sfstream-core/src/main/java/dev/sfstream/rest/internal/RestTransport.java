package dev.sfstream.rest.internal;

import dev.sfstream.failure.BackOff;
import dev.sfstream.auth.Session;
import dev.sfstream.auth.SessionSource;
import dev.sfstream.rest.RestSettings;
import dev.sfstream.rest.SalesforceErrorKind;
import dev.sfstream.rest.SalesforceException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.CompletableResponseListener;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends REST calls: adds the session and Salesforce headers, renews a rejected session once, and retries
 * with back-off what may be retried (idempotent calls after 5xx and lost answers; any call whose
 * connection could not be opened).
 */
final class RestTransport {
    private static final Logger LOG = LoggerFactory.getLogger(RestTransport.class);
    private static final int MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

    private final HttpClient client;
    private final SessionSource sessions;
    private final RestSettings settings;
    private final ErrorBodies errors;
    private final BackOff backoff;

    RestTransport(HttpClient client, SessionSource sessions, RestSettings settings, ErrorBodies errors) {
        this.client = client;
        this.sessions = sessions;
        this.settings = settings;
        this.errors = errors;
        this.backoff = new BackOff(settings.initialBackoff(), settings.maxBackoff(), 0.5);
    }

    /**
     * Sends a call and returns its 2xx answer.
     *
     * @throws SalesforceException for any other answer, or when no answer came within the retries
     */
    RestReply send(RestCall call) {
        Session session = sessions.current();
        boolean renewed = false;
        int attempt = 1;
        while (true) {
            Attempt outcome = attempt(session, call);
            RestReply reply = outcome.reply();
            if (reply != null && reply.status() == 401 && !renewed) {
                LOG.info("Salesforce rejected the session for {} ({}); logging in again", call.describe(),
                        errors.parse(reply.body()).stream().map(e -> e.errorCode()).findFirst().orElse("401"));
                session = sessions.renew(session);
                renewed = true;
                continue;
            }
            if (reply != null && reply.status() < 300) {
                return reply;
            }
            boolean retryable = reply != null
                    ? call.idempotent() && reply.status() >= 500
                    : call.idempotent() || outcome.notSent();
            if (!retryable || attempt >= settings.maxAttempts()) {
                throw reply != null ? errors.toException(call, reply) : unavailable(call, outcome, attempt);
            }
            Duration wait = backoff.delay(attempt);
            LOG.warn("Retrying {} in {} ms after {} (attempt {} of {})", call.describe(), wait.toMillis(),
                    reply != null ? "HTTP " + reply.status() : outcome.failure().toString(), attempt + 1,
                    settings.maxAttempts());
            pause(wait, call);
            attempt++;
        }
    }

    private Attempt attempt(Session session, RestCall call) {
        URI uri = session.instanceUrl().resolve(call.path());
        Request request = client.newRequest(uri)
                .method(call.method())
                .timeout(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .headers(h -> {
                    h.put(HttpHeader.AUTHORIZATION, "Bearer " + session.accessToken());
                    h.put(HttpHeader.ACCEPT, "application/json");
                    if (settings.clientName() != null) {
                        h.put("Sforce-Call-Options", "client=" + settings.clientName());
                    }
                    if (settings.queryBatchSize() != null) {
                        h.put("Sforce-Query-Options", "batchSize=" + settings.queryBatchSize());
                    }
                });
        if (call.jsonBody() != null) {
            request.body(new StringRequestContent("application/json", call.jsonBody(), StandardCharsets.UTF_8));
        }
        try {
            ContentResponse response = new CompletableResponseListener(request, MAX_RESPONSE_BYTES).send().get();
            return new Attempt(new RestReply(response.getStatus(), response.getContentAsString()), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SalesforceException(0, SalesforceErrorKind.UNAVAILABLE, List.of(),
                    call.describe() + " was interrupted", e);
        } catch (ExecutionException e) {
            return new Attempt(null, e.getCause());
        }
    }

    private SalesforceException unavailable(RestCall call, Attempt outcome, int attempts) {
        Throwable failure = outcome.failure();
        String what = failure instanceof TimeoutException
                ? "timed out after " + settings.requestTimeout().toMillis() + " ms" : "got no answer: " + failure;
        String suffix = call.idempotent() || outcome.notSent() ? " (" + attempts + " attempt(s))"
                : "; it was not repeated because it is not idempotent, so it may or may not have been applied";
        return new SalesforceException(0, SalesforceErrorKind.UNAVAILABLE, List.of(),
                call.describe() + " " + what + suffix, failure);
    }

    private static void pause(Duration wait, RestCall call) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SalesforceException(0, SalesforceErrorKind.UNAVAILABLE, List.of(),
                    call.describe() + " was interrupted while waiting to retry", e);
        }
    }

    /** The answer of one attempt, or why there was none. */
    private record Attempt(RestReply reply, Throwable failure) {
        /** Whether the connection could not be opened, so the request never reached Salesforce. */
        boolean notSent() {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof ConnectException || t instanceof UnknownHostException) {
                    return true;
                }
            }
            return false;
        }
    }
}
