package dev.sfstream.emulator.internal.auth;

import dev.sfstream.emulator.ConnectedApp;
import dev.sfstream.emulator.EmulatorUser;
import dev.sfstream.emulator.OrgFixture;
import dev.sfstream.emulator.internal.http.HttpIo;
import dev.sfstream.emulator.internal.http.JsonCodec;
import dev.sfstream.emulator.spi.EmulatorClock;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** {@code POST /services/oauth2/token}: the password, JWT bearer, refresh-token and client-credentials grants. */
public final class OAuthTokenServlet extends HttpServlet {
    private static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final transient OrgFixture org;
    private final transient TokenRegistry tokens;
    private final transient JsonCodec json;
    private final transient EmulatorClock clock;
    private final transient JwtAssertionVerifier jwtVerifier;

    public OAuthTokenServlet(OrgFixture org, TokenRegistry tokens, JsonCodec json, EmulatorClock clock,
                             JwtKeys jwtKeys) {
        this.org = org;
        this.tokens = tokens;
        this.json = json;
        this.clock = clock;
        this.jwtVerifier = new JwtAssertionVerifier(jwtKeys, org.connectedApp().consumerKey());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        reply(response, new OAuthError("invalid_request", "must use HTTP POST"));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String grant = request.getParameter("grant_type");
            Map<String, Object> body = switch (grant == null ? "" : grant) {
                case "password" -> password(request);
                case "refresh_token" -> refresh(request);
                case "client_credentials" -> clientCredentials(request);
                case JWT_BEARER -> jwtBearer(request);
                default -> throw new OAuthError("unsupported_grant_type", "grant type not supported");
            };
            HttpIo.write(response, 200, HttpIo.JSON, json.write(body));
        } catch (OAuthError e) {
            reply(response, e);
        }
    }

    private Map<String, Object> password(HttpServletRequest request) throws OAuthError {
        checkClient(request.getParameter("client_id"), request.getParameter("client_secret"), true);
        EmulatorUser user = org.user(nullToEmpty(request.getParameter("username")))
                .orElseThrow(OAuthError::authenticationFailure);
        if (!(user.password() + user.securityToken()).equals(request.getParameter("password"))) {
            throw OAuthError.authenticationFailure();
        }
        return signedSuccess(request, user, null);
    }

    private Map<String, Object> refresh(HttpServletRequest request) throws OAuthError {
        checkClient(request.getParameter("client_id"), request.getParameter("client_secret"), false);
        String refreshToken = request.getParameter("refresh_token");
        EmulatorUser user = tokens.refreshTokenUser(refreshToken).orElseThrow(OAuthTokenServlet::expiredToken);
        if (!org.connectedApp().rotateRefreshTokens()) {
            return signedSuccess(request, user, null);
        }
        String next = tokens.rotateRefreshToken(refreshToken, user).orElseThrow(OAuthTokenServlet::expiredToken);
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> success = signedSuccess(request, user, null);
        body.put("access_token", success.remove("access_token"));
        body.put("refresh_token", next);
        body.putAll(success);
        return body;
    }

    private static OAuthError expiredToken() {
        return new OAuthError("invalid_grant", "expired access/refresh token");
    }

    private Map<String, Object> clientCredentials(HttpServletRequest request) throws OAuthError {
        String clientId = request.getParameter("client_id");
        String secret = request.getParameter("client_secret");
        String basic = request.getHeader("Authorization");
        if (basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(basic.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw OAuthError.invalidClient();
            }
            int colon = decoded.indexOf(':');
            clientId = colon < 0 ? decoded : decoded.substring(0, colon);
            secret = colon < 0 ? null : decoded.substring(colon + 1);
        }
        String host = request.getServerName();
        if ("login.salesforce.com".equalsIgnoreCase(host) || "test.salesforce.com".equalsIgnoreCase(host)) {
            throw new OAuthError("invalid_grant", "request not supported on this domain");
        }
        checkClient(clientId, secret, true);
        String runAs = org.connectedApp().clientCredentialsUser();
        EmulatorUser user = runAs == null ? null : org.user(runAs).orElse(null);
        if (user == null) {
            throw new OAuthError("invalid_grant", "no client credentials user enabled");
        }
        return signedSuccess(request, user, "api");
    }

    private Map<String, Object> jwtBearer(HttpServletRequest request) throws OAuthError {
        String base = HttpIo.baseUrl(request);
        Set<String> audiences = Set.of("https://login.salesforce.com", "https://test.salesforce.com", base,
                base + "/");
        String username = jwtVerifier.verify(request.getParameter("assertion"), audiences, clock.now());
        EmulatorUser user = org.user(username)
                .orElseThrow(() -> new OAuthError("invalid_grant", "user hasn't approved this consumer"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", tokens.issue(user));
        body.put("scope", "id full");
        body.put("instance_url", base);
        body.put("id", identityUrl(base, user));
        body.put("token_type", "Bearer");
        return body;
    }

    private void checkClient(String clientId, String secret, boolean secretRequired) throws OAuthError {
        ConnectedApp app = org.connectedApp();
        if (!app.consumerKey().equals(clientId)) {
            throw OAuthError.invalidClientId();
        }
        if ((secretRequired || secret != null) && !app.consumerSecret().equals(secret)) {
            throw OAuthError.invalidClient();
        }
    }

    private Map<String, Object> signedSuccess(HttpServletRequest request, EmulatorUser user, String scope) {
        String base = HttpIo.baseUrl(request);
        String id = identityUrl(base, user);
        String issuedAt = Long.toString(clock.millis());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", tokens.issue(user));
        if (scope != null) {
            body.put("scope", scope);
        }
        body.put("instance_url", base);
        body.put("id", id);
        body.put("token_type", "Bearer");
        body.put("issued_at", issuedAt);
        body.put("signature", signature(id + issuedAt));
        return body;
    }

    private String identityUrl(String base, EmulatorUser user) {
        return base + "/id/" + org.orgId() + "/" + user.userId();
    }

    private String signature(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(org.connectedApp().consumerSecret().getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    private void reply(HttpServletResponse response, OAuthError error) throws IOException {
        HttpIo.write(response, 400, HttpIo.JSON, json.write(error.body()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
