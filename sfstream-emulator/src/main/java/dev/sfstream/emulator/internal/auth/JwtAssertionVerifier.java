package dev.sfstream.emulator.internal.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Set;

/**
 * Checks a JWT bearer assertion as Salesforce does: RS256 signed with the connected app's certificate,
 * {@code iss} = consumer key, {@code aud} = a login host (or this server), {@code exp} in the future.
 */
final class JwtAssertionVerifier {
    private final JwtKeys keys;
    private final String consumerKey;

    JwtAssertionVerifier(JwtKeys keys, String consumerKey) {
        this.keys = keys;
        this.consumerKey = consumerKey;
    }

    /** The verified subject (the username). */
    String verify(String assertion, Set<String> audiences, Instant now) throws OAuthError {
        if (assertion == null || assertion.isBlank()) {
            throw new OAuthError("invalid_grant", "invalid assertion");
        }
        JWTClaimsSet claims;
        try {
            SignedJWT jwt = SignedJWT.parse(assertion);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
                    || !jwt.verify(new RSASSAVerifier(keys.publicKey()))) {
                throw new OAuthError("invalid_grant", "invalid assertion");
            }
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException e) {
            throw new OAuthError("invalid_grant", "invalid assertion");
        }
        if (!consumerKey.equals(claims.getIssuer())) {
            throw OAuthError.invalidClientId();
        }
        if (claims.getAudience() == null || claims.getAudience().stream().noneMatch(audiences::contains)) {
            throw new OAuthError("invalid_grant", "audience is invalid");
        }
        Date expiry = claims.getExpirationTime();
        if (expiry == null || !expiry.toInstant().isAfter(now)) {
            throw new OAuthError("invalid_grant", "expired authorization code");
        }
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            throw new OAuthError("invalid_grant", "invalid assertion");
        }
        return claims.getSubject();
    }
}
