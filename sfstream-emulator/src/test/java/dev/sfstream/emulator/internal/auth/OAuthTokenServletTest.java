package dev.sfstream.emulator.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.OrgFixture;
import dev.sfstream.emulator.WireClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OAuthTokenServletTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension();

    private final WireClient wire = new WireClient(EMULATOR.baseUrl());

    private Map<String, String> passwordGrant(String password) {
        return Map.of("grant_type", "password", "client_id", OrgFixture.CONSUMER_KEY,
                "client_secret", OrgFixture.CONSUMER_SECRET, "username", OrgFixture.DEFAULT_USERNAME,
                "password", password);
    }

    @Test
    void passwordGrantAnswersWithSignedTokenResponse() throws Exception {
        HttpResponse<String> response = wire.form("/services/oauth2/token", passwordGrant("passwordTOKEN"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualToIgnoringCase("application/json;charset=UTF-8");
        Map<String, Object> body = wire.object(response.body());
        assertThat(body.keySet()).containsExactly("access_token", "instance_url", "id", "token_type",
                "issued_at", "signature");
        assertThat((String) body.get("access_token")).startsWith("00Dxx0000001gPL!");
        assertThat(body.get("instance_url")).isEqualTo(EMULATOR.baseUrl());
        assertThat(body.get("id")).isEqualTo(EMULATOR.baseUrl() + "/id/00Dxx0000001gPLEAY/005xx000001SwiUAAS");
        assertThat(body.get("token_type")).isEqualTo("Bearer");
        assertThat((String) body.get("issued_at")).matches("\\d{13}");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(OrgFixture.CONSUMER_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder().encodeToString(
                mac.doFinal((body.get("id") + (String) body.get("issued_at")).getBytes(StandardCharsets.UTF_8)));
        assertThat(body.get("signature")).isEqualTo(expected);
    }

    @Test
    void passwordWithoutSecurityTokenFails() {
        HttpResponse<String> response = wire.form("/services/oauth2/token", passwordGrant("password"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"error\":\"invalid_grant\",\"error_description\":\"authentication failure\"}");
    }

    @Test
    void unknownClientAndWrongSecretAndUnknownGrantHaveTheirErrors() {
        HttpResponse<String> badClient = wire.form("/services/oauth2/token", Map.of("grant_type", "password",
                "client_id", "nope", "client_secret", "x", "username", "u", "password", "p"));
        HttpResponse<String> badSecret = wire.form("/services/oauth2/token", Map.of("grant_type", "password",
                "client_id", OrgFixture.CONSUMER_KEY, "client_secret", "x", "username", "u", "password", "p"));
        HttpResponse<String> badGrant = wire.form("/services/oauth2/token", Map.of("grant_type", "magic"));

        assertThat(badClient.body()).isEqualTo("{\"error\":\"invalid_client_id\",\"error_description\":\"client identifier invalid\"}");
        assertThat(badSecret.body()).isEqualTo("{\"error\":\"invalid_client\",\"error_description\":\"invalid client credentials\"}");
        assertThat(badGrant.body()).isEqualTo("{\"error\":\"unsupported_grant_type\",\"error_description\":\"grant type not supported\"}");
        assertThat(badGrant.statusCode()).isEqualTo(400);
    }

    @Test
    void refreshTokenGrantIssuesAnAccessToken() {
        HttpResponse<String> ok = wire.form("/services/oauth2/token", Map.of("grant_type", "refresh_token",
                "client_id", OrgFixture.CONSUMER_KEY, "refresh_token", OrgFixture.DEFAULT_REFRESH_TOKEN));
        HttpResponse<String> expired = wire.form("/services/oauth2/token", Map.of("grant_type", "refresh_token",
                "client_id", OrgFixture.CONSUMER_KEY, "refresh_token", "unknown"));

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(wire.object(ok.body())).containsKeys("access_token", "signature");
        assertThat(expired.body()).isEqualTo("{\"error\":\"invalid_grant\",\"error_description\":\"expired access/refresh token\"}");
    }

    @Test
    void clientCredentialsAcceptBasicAuthentication() {
        String basic = Base64.getEncoder().encodeToString((OrgFixture.CONSUMER_KEY + ":" + OrgFixture.CONSUMER_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = wire.send(wire.authorized("/services/oauth2/token")
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(wire.object(response.body()).get("id"))
                .isEqualTo(EMULATOR.baseUrl() + "/id/00Dxx0000001gPLEAY/005xx000001SwiUAAS");
    }

    @Test
    void jwtBearerChecksSignatureIssuerAudienceAndExpiry() throws JOSEException {
        String grant = "urn:ietf:params:oauth:grant-type:jwt-bearer";
        Instant now = Instant.now();
        String good = jwt(OrgFixture.CONSUMER_KEY, "https://login.salesforce.com", now.plusSeconds(180));

        HttpResponse<String> ok = wire.form("/services/oauth2/token", Map.of("grant_type", grant, "assertion", good));
        HttpResponse<String> badAudience = wire.form("/services/oauth2/token", Map.of("grant_type", grant,
                "assertion", jwt(OrgFixture.CONSUMER_KEY, "https://evil.example.com", now.plusSeconds(180))));
        HttpResponse<String> badIssuer = wire.form("/services/oauth2/token", Map.of("grant_type", grant,
                "assertion", jwt("other-app", "https://login.salesforce.com", now.plusSeconds(180))));
        HttpResponse<String> expired = wire.form("/services/oauth2/token", Map.of("grant_type", grant,
                "assertion", jwt(OrgFixture.CONSUMER_KEY, "https://login.salesforce.com", now.minusSeconds(5))));
        HttpResponse<String> tampered = wire.form("/services/oauth2/token", Map.of("grant_type", grant,
                "assertion", good.substring(0, good.length() - 4) + "AAAA"));

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(wire.object(ok.body()).keySet())
                .containsExactly("access_token", "scope", "instance_url", "id", "token_type");
        assertThat(wire.object(ok.body()).get("scope")).isEqualTo("id full");
        assertThat(badAudience.body()).isEqualTo("{\"error\":\"invalid_grant\",\"error_description\":\"audience is invalid\"}");
        assertThat(badIssuer.body()).isEqualTo("{\"error\":\"invalid_client_id\",\"error_description\":\"client identifier invalid\"}");
        assertThat(expired.body()).isEqualTo("{\"error\":\"invalid_grant\",\"error_description\":\"expired authorization code\"}");
        assertThat(tampered.body()).isEqualTo("{\"error\":\"invalid_grant\",\"error_description\":\"invalid assertion\"}");
    }

    @Test
    void jwtBearerVerifiesAgainstAConfiguredPublicKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        try (Emulator emulator = Emulator.builder().jwtPublicKey((RSAPublicKey) pair.getPublic()).start()) {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(OrgFixture.CONSUMER_KEY)
                    .subject(OrgFixture.OTHER_USERNAME).audience("https://test.salesforce.com")
                    .expirationTime(Date.from(Instant.now().plusSeconds(180))).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(pair.getPrivate()));

            HttpResponse<String> response = new WireClient(emulator.baseUrl()).form("/services/oauth2/token",
                    Map.of("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion", jwt.serialize()));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat((String) new WireClient(emulator.baseUrl()).object(response.body()).get("id"))
                    .endsWith("/005xx000001SwjAAAS");
            assertThat(emulator.jwtSigningKey()).isEmpty();
        }
    }

    private String jwt(String issuer, String audience, Instant expiry) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject(OrgFixture.DEFAULT_USERNAME)
                .audience(audience).expirationTime(Date.from(expiry)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(EMULATOR.emulator().jwtSigningKey().orElseThrow()));
        return jwt.serialize();
    }
}
