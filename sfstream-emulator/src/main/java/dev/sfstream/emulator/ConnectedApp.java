package dev.sfstream.emulator;

import java.security.interfaces.RSAPublicKey;
import java.util.Objects;

/**
 * The connected app that OAuth clients name.
 *
 * @param jwtPublicKey the public key of the certificate uploaded for the JWT bearer flow; null lets the
 *     emulator generate a key pair, whose private half {@link Emulator#jwtSigningKey()} exposes
 * @param clientCredentialsUser the username the client-credentials flow runs as; null disables the flow
 * @param rotateRefreshTokens when true, every {@code refresh_token} grant returns a new refresh token and
 *     the one it used stops working (off by default, as in most connected apps)
 */
public record ConnectedApp(String consumerKey, String consumerSecret, RSAPublicKey jwtPublicKey,
                           String clientCredentialsUser, boolean rotateRefreshTokens) {
    public ConnectedApp {
        Objects.requireNonNull(consumerKey, "consumerKey");
        Objects.requireNonNull(consumerSecret, "consumerSecret");
    }

    /** A connected app without refresh token rotation. */
    public ConnectedApp(String consumerKey, String consumerSecret, RSAPublicKey jwtPublicKey,
                        String clientCredentialsUser) {
        this(consumerKey, consumerSecret, jwtPublicKey, clientCredentialsUser, false);
    }

    public ConnectedApp withJwtPublicKey(RSAPublicKey key) {
        return new ConnectedApp(consumerKey, consumerSecret, key, clientCredentialsUser, rotateRefreshTokens);
    }

    public ConnectedApp withRefreshTokenRotation(boolean rotate) {
        return new ConnectedApp(consumerKey, consumerSecret, jwtPublicKey, clientCredentialsUser, rotate);
    }
}
