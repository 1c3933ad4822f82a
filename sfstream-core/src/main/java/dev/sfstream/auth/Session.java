package dev.sfstream.auth;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A logged-in Salesforce session: the access token and the instance it is valid for, with the user and
 * org it belongs to. {@link #toString()} never shows the token.
 *
 * @param accessToken the OAuth access token or SOAP session id, sent as {@code Authorization: Bearer}
 * @param instanceUrl scheme, host and port of the instance, e.g. {@code https://acme.my.salesforce.com}
 * @param userId the 18-character id of the logged-in user
 * @param orgId the 18-character id of the org
 * @param issuedAt when the session was obtained
 */
public record Session(String accessToken, URI instanceUrl, String userId, String orgId, Instant issuedAt) {
    public Session {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(instanceUrl, "instanceUrl");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    @Override
    public String toString() {
        return "Session[instanceUrl=" + instanceUrl + ", userId=" + userId + ", orgId=" + orgId
                + ", issuedAt=" + issuedAt + "]";
    }
}
