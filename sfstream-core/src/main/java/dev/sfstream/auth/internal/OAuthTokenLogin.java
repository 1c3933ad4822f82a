package dev.sfstream.auth.internal;

import static dev.sfstream.internal.json.JsonValues.has;
import static dev.sfstream.internal.json.JsonValues.text;

import dev.sfstream.auth.AuthFlow;
import dev.sfstream.auth.LoginException;
import dev.sfstream.auth.Session;
import dev.sfstream.internal.json.PlainJson;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The OAuth 2.0 token endpoint flows ({@code POST {login host}/services/oauth2/token}): password, JWT
 * bearer, client credentials and refresh token. Each flow only differs in the form it posts.
 */
final class OAuthTokenLogin implements LoginFlow {
    private final AuthFlow flow;
    private final URI tokenUrl;
    private final LoginHttp http;
    private final Supplier<Map<String, String>> form;
    private final Clock clock;
    private final Consumer<String> refreshTokenIssued;

    /**
     * @param refreshTokenIssued told about a refresh token in the answer (a connected app with refresh
     *     token rotation issues a new one with every refresh, and the old one stops working)
     */
    OAuthTokenLogin(AuthFlow flow, URI loginUrl, LoginHttp http, Supplier<Map<String, String>> form, Clock clock,
                    Consumer<String> refreshTokenIssued) {
        this.flow = flow;
        this.tokenUrl = loginUrl.resolve("/services/oauth2/token");
        this.http = http;
        this.form = form;
        this.clock = clock;
        this.refreshTokenIssued = refreshTokenIssued;
    }

    @Override
    public Session login() {
        HttpReply reply = http.postForm(tokenUrl, form.get());
        Map<String, Object> body = PlainJson.parseObjectOrNull(reply.body());
        if (!reply.isSuccess()) {
            String error = body == null ? "HTTP_" + reply.status() : text(body, "error", "HTTP_" + reply.status());
            String description = body == null ? Texts.excerpt(reply.body()) : text(body, "error_description", "");
            throw new LoginException(flow.configName(), error, "Salesforce login (AUTH " + flow.configName()
                    + ") failed at " + tokenUrl + ": " + error + ": " + description + hint(error, description), null);
        }
        if (body == null || !has(body, "access_token") || !has(body, "instance_url")) {
            throw new LoginException(flow.configName(), null, "Salesforce login (AUTH " + flow.configName()
                    + ") got a token answer without access_token and instance_url from " + tokenUrl, null);
        }
        if (has(body, "refresh_token")) {
            refreshTokenIssued.accept(text(body, "refresh_token", ""));
        }
        String accessToken = text(body, "access_token", "");
        URI instanceUrl = URI.create(text(body, "instance_url", ""));
        Identity identity = Identity.fromIdentityUrl(text(body, "id", null));
        if (identity == null) {
            identity = Identity.fromUserInfo(http, flow, instanceUrl, accessToken);
        }
        return new Session(accessToken, instanceUrl, identity.userId(), identity.orgId(), issuedAt(body));
    }

    private Instant issuedAt(Map<String, Object> body) {
        String millis = text(body, "issued_at", "");
        if (millis.matches("\\d{10,}")) {
            return Instant.ofEpochMilli(Long.parseLong(millis));
        }
        return clock.instant();
    }

    private String hint(String error, String description) {
        if (flow == AuthFlow.CLIENT_CREDENTIALS && description.contains("not supported on this domain")) {
            return " (the client credentials flow works only on the org's My Domain: set SALESFORCE.LOGIN_URL to it)";
        }
        if (flow == AuthFlow.PASSWORD && "invalid_grant".equals(error)) {
            return " (check USERNAME, PASSWORD and SECURITY_TOKEN, and that the org allows the username-password flow)";
        }
        return "";
    }
}
