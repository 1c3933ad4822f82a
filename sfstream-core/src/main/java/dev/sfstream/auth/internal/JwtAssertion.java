package dev.sfstream.auth.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.sfstream.auth.AuthFlow;
import dev.sfstream.auth.LoginException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;

/**
 * Builds the RS256 assertion of the JWT bearer flow: {@code iss} = consumer key, {@code sub} = username,
 * {@code aud} = login host, {@code exp} = now + 3 minutes (Salesforce's maximum).
 */
final class JwtAssertion {
    private static final Duration LIFETIME = Duration.ofMinutes(3);

    private final RSASSASigner signer;
    private final String clientId;
    private final String username;
    private final String audience;
    private final Clock clock;

    JwtAssertion(RSAPrivateKey key, String clientId, String username, String audience, Clock clock) {
        this.signer = new RSASSASigner(key);
        this.clientId = clientId;
        this.username = username;
        this.audience = audience;
        this.clock = clock;
    }

    String next() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(clientId)
                .subject(username)
                .audience(audience)
                .expirationTime(Date.from(clock.instant().plus(LIFETIME)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new LoginException(AuthFlow.JWT.configName(), null,
                    "Salesforce login (AUTH jwt) cannot sign the JWT assertion: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }
}
