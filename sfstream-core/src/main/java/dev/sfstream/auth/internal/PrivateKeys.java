package dev.sfstream.auth.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collections;

/**
 * Loads the RSA private key of the JWT flow from a PEM file (PKCS#8 {@code PRIVATE KEY} or PKCS#1
 * {@code RSA PRIVATE KEY}) or from a PKCS#12/JKS keystore. Errors name the file, never the key or password.
 */
final class PrivateKeys {
    private static final String PKCS8 = "PRIVATE KEY";
    private static final String PKCS1 = "RSA PRIVATE KEY";
    /** DER prefix of a PKCS#8 wrapper around an RSA key: algorithm rsaEncryption with NULL parameters. */
    private static final byte[] RSA_ALGORITHM_IDENTIFIER = {
        0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00
    };

    private PrivateKeys() {
    }

    static RSAPrivateKey load(Path file, String keystorePassword, String alias) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("SALESFORCE.JWT_KEY_FILE " + file + " cannot be read: " + e, e);
        }
        String text = new String(content, StandardCharsets.US_ASCII);
        if (text.contains("-----BEGIN ")) {
            return fromPem(file, text);
        }
        return fromKeyStore(file, keystorePassword, alias);
    }

    private static RSAPrivateKey fromPem(Path file, String text) {
        if (text.contains("-----BEGIN " + PKCS8 + "-----")) {
            return rsa(file, pemBody(text, PKCS8));
        }
        if (text.contains("-----BEGIN " + PKCS1 + "-----")) {
            return rsa(file, wrapPkcs1(pemBody(text, PKCS1)));
        }
        throw new IllegalArgumentException("SALESFORCE.JWT_KEY_FILE " + file + " holds no unencrypted RSA private key "
                + "(expected a PEM block 'BEGIN PRIVATE KEY' or 'BEGIN RSA PRIVATE KEY')");
    }

    private static byte[] pemBody(String text, String label) {
        int start = text.indexOf("-----BEGIN " + label + "-----") + label.length() + 16;
        int end = text.indexOf("-----END " + label + "-----", start);
        return Base64.getMimeDecoder().decode(text.substring(start, end));
    }

    private static RSAPrivateKey rsa(Path file, byte[] pkcs8) {
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (Exception e) {
            throw new IllegalArgumentException("SALESFORCE.JWT_KEY_FILE " + file + " holds no readable RSA private key: "
                    + e.getClass().getSimpleName(), e);
        }
    }

    /** Wraps a PKCS#1 RSAPrivateKey in a PKCS#8 PrivateKeyInfo so that the JDK can read it. */
    private static byte[] wrapPkcs1(byte[] pkcs1) {
        byte[] version = {0x02, 0x01, 0x00};
        byte[] octetString = der(0x04, pkcs1);
        byte[] inner = concat(version, RSA_ALGORITHM_IDENTIFIER, octetString);
        return der(0x30, inner);
    }

    private static byte[] der(int tag, byte[] content) {
        int length = content.length;
        byte[] lengthBytes;
        if (length < 0x80) {
            lengthBytes = new byte[] {(byte) length};
        } else if (length < 0x100) {
            lengthBytes = new byte[] {(byte) 0x81, (byte) length};
        } else if (length < 0x10000) {
            lengthBytes = new byte[] {(byte) 0x82, (byte) (length >> 8), (byte) length};
        } else {
            lengthBytes = new byte[] {(byte) 0x83, (byte) (length >> 16), (byte) (length >> 8), (byte) length};
        }
        return concat(new byte[] {(byte) tag}, lengthBytes, content);
    }

    private static byte[] concat(byte[]... parts) {
        int total = 0;
        for (byte[] part : parts) {
            total += part.length;
        }
        byte[] out = new byte[total];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    private static RSAPrivateKey fromKeyStore(Path file, String password, String alias) {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        try {
            KeyStore store = KeyStore.getInstance(file.toFile(), secret);
            String chosen = alias != null ? alias : Collections.list(store.aliases()).stream()
                    .filter(a -> isKeyEntry(store, a)).findFirst().orElse(null);
            if (chosen == null) {
                throw new IllegalArgumentException("SALESFORCE.JWT_KEY_FILE keystore " + file + " holds no private key");
            }
            Key key = store.getKey(chosen, secret);
            if (!(key instanceof RSAPrivateKey rsa)) {
                throw new IllegalArgumentException("SALESFORCE.JWT_KEY_FILE keystore " + file + " has no RSA private key "
                        + "under alias '" + chosen + "'");
            }
            return rsa;
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("SALESFORCE.JWT_KEY_FILE " + file + " is neither a PEM private key nor "
                    + "a keystore that opens with SALESFORCE.JWT_KEY_PASSWORD: " + e.getClass().getSimpleName(), e);
        }
    }

    private static boolean isKeyEntry(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (Exception e) {
            return false;
        }
    }
}
