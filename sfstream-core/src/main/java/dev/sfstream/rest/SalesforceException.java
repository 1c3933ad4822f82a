package dev.sfstream.rest;

import dev.sfstream.failure.DependencyUnavailable;
import dev.sfstream.failure.SfstreamException;
import java.util.List;

/**
 * A Salesforce REST request failed. Carries the HTTP status (0 when there was no answer), the
 * {@link SalesforceErrorKind}, and Salesforce's errors; {@link #errorCode()}, {@link #fields()} and
 * {@link #salesforceMessage()} read the first one. The message names the request, never a token.
 */
public class SalesforceException extends SfstreamException implements DependencyUnavailable {
    private final int status;
    private final SalesforceErrorKind kind;
    private final List<SalesforceError> errors;

    public SalesforceException(int status, SalesforceErrorKind kind, List<SalesforceError> errors, String message,
                               Throwable cause) {
        super(message, cause);
        this.status = status;
        this.kind = kind;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The HTTP status, or 0 when no answer came. */
    public int status() {
        return status;
    }

    /** The kind of failure. */
    public SalesforceErrorKind kind() {
        return kind;
    }

    /** Every error Salesforce returned, in order. */
    public List<SalesforceError> errors() {
        return errors;
    }

    /** The first error's code, e.g. {@code DUPLICATE_VALUE}; null when Salesforce gave none. */
    public String errorCode() {
        return errors.isEmpty() ? null : errors.get(0).errorCode();
    }

    /** The first error's message as Salesforce wrote it; null when Salesforce gave none. */
    public String salesforceMessage() {
        return errors.isEmpty() ? null : errors.get(0).message();
    }

    /**
     * Whether Salesforce was unavailable rather than the request wrong: no answer, a server error that outlived
     * the retries, or an exhausted API limit. A handler failing with such an exception holds its channel instead
     * of dead-lettering the event.
     */
    @Override
    public boolean dependencyUnavailable() {
        return kind == SalesforceErrorKind.UNAVAILABLE || kind == SalesforceErrorKind.SERVER_ERROR
                || kind == SalesforceErrorKind.LIMIT_EXCEEDED;
    }

    /** The fields the first error names; empty when none. */
    public List<String> fields() {
        return errors.isEmpty() ? List.of() : errors.get(0).fields();
    }
}
