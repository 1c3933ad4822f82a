package dev.sfstream.emulator;

import java.security.interfaces.RSAPublicKey;
import java.util.Objects;

/**
 * The connected app that OAuth clients name.
 *
 * @param jwtPublicKey the public key of the certificate uploaded for the JWT bearer flow; null lets the
 *     emulator generate a key pair, whose private half {@link Emulator#jwtSigningKey()} exposes
 * @param clientCredentialsUser the username the client-credentials flow runs as; null disables the flow
 */
public record ConnectedApp(String consumerKey, String consumerSecret, RSAPublicKey jwtPublicKey,
                           String clientCredentialsUser) {
    public ConnectedApp {
        Objects.requireNonNull(consumerKey, "consumerKey");
        Objects.requireNonNull(consumerSecret, "consumerSecret");
    }

    public ConnectedApp withJwtPublicKey(RSAPublicKey key) {
        return new ConnectedApp(consumerKey, consumerSecret, key, clientCredentialsUser);
    }
}
