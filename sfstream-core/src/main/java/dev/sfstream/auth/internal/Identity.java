package dev.sfstream.auth.internal;

import static dev.sfstream.internal.json.JsonValues.text;

import dev.sfstream.auth.AuthFlow;
import dev.sfstream.auth.LoginException;
import dev.sfstream.internal.json.PlainJson;
import java.net.URI;

/**
 * The user and org ids of a session: from the identity URL of a token response
 * ({@code .../id/{orgId}/{userId}}) or, when there is none, from the instance's userinfo endpoint.
 *
 * @param userId the 18-character user id
 * @param orgId the 18-character org id
 */
record Identity(String userId, String orgId) {
    /** Reads the ids from the path of an identity URL; null when the URL does not have that shape. */
    static Identity fromIdentityUrl(String identityUrl) {
        if (identityUrl == null || identityUrl.isBlank()) {
            return null;
        }
        String[] segments = URI.create(identityUrl).getPath().split("/");
        int n = segments.length;
        if (n < 3 || !"id".equals(segments[n - 3])) {
            return null;
        }
        return new Identity(segments[n - 1], segments[n - 2]);
    }

    /** Asks the instance's OpenID userinfo endpoint whom the token belongs to. */
    static Identity fromUserInfo(LoginHttp http, AuthFlow flow, URI instanceUrl, String accessToken) {
        URI uri = instanceUrl.resolve("/services/oauth2/userinfo");
        HttpReply reply = http.getWithToken(uri, accessToken);
        if (!reply.isSuccess()) {
            throw new LoginException(flow.configName(), "HTTP_" + reply.status(), "Salesforce login (AUTH "
                    + flow.configName() + ") could not read the user of the access token from " + uri
                    + ": HTTP " + reply.status() + " " + Texts.excerpt(reply.body()), null);
        }
        try {
            Object info = PlainJson.parse(reply.body());
            return new Identity(text(info, "user_id", null), text(info, "organization_id", null));
        } catch (Exception e) {
            throw new LoginException(flow.configName(), null, "Salesforce login (AUTH " + flow.configName()
                    + ") got an unreadable userinfo answer from " + uri + ": " + Texts.excerpt(reply.body()), e);
        }
    }
}
