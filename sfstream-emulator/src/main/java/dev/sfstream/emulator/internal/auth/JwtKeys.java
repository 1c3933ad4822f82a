package dev.sfstream.emulator.internal.auth;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Optional;

/**
 * The key that verifies JWT bearer assertions: the configured certificate's public key, or a key pair the
 * emulator generates on first use (key generation is slow, so it waits until a JWT is actually needed).
 */
public final class JwtKeys {
    private final RSAPublicKey configured;
    private KeyPair generated;

    public JwtKeys(RSAPublicKey configured) {
        this.configured = configured;
    }

    public synchronized RSAPublicKey publicKey() {
        return configured != null ? configured : (RSAPublicKey) generatedPair().getPublic();
    }

    /** The private half of the generated pair; empty when a certificate was configured. */
    public synchronized Optional<PrivateKey> generatedPrivateKey() {
        return configured != null ? Optional.empty() : Optional.of(generatedPair().getPrivate());
    }

    private KeyPair generatedPair() {
        if (generated == null) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                generated = generator.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("RSA key generation is not available in this JVM", e);
            }
        }
        return generated;
    }
}
