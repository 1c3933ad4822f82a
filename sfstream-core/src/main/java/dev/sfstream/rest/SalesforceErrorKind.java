package dev.sfstream.rest;

/** What kind of failure a {@link SalesforceException} is, so callers can react without parsing codes. */
public enum SalesforceErrorKind {
    /** HTTP 300: an external id matched more than one record. */
    MULTIPLE_CHOICES,
    /** HTTP 400: the request, a field or the SOQL is wrong ({@code MALFORMED_QUERY}, {@code INVALID_FIELD}, ...). */
    MALFORMED_REQUEST,
    /** HTTP 401: the session is expired or revoked ({@code INVALID_SESSION_ID}) even after logging in again. */
    INVALID_SESSION,
    /** HTTP 403 other than a limit: the user may not do this. */
    REFUSED,
    /** An API limit is used up ({@code REQUEST_LIMIT_EXCEEDED}, HTTP 403 or 429). */
    LIMIT_EXCEEDED,
    /** HTTP 404: the record or resource does not exist ({@code NOT_FOUND}, {@code ENTITY_IS_DELETED}). */
    NOT_FOUND,
    /** HTTP 5xx that did not go away within the retries. */
    SERVER_ERROR,
    /** No answer: the connection failed, dropped or timed out. */
    UNAVAILABLE,
    /** Any other unexpected answer. */
    OTHER
}
