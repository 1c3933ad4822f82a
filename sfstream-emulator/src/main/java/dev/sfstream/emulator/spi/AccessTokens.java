package dev.sfstream.emulator.spi;

import java.util.Optional;

/** Validates the access token of a request; implemented by the auth side, used by REST and Bayeux. */
public interface AccessTokens {
    /**
     * Resolves an {@code Authorization} header value ({@code Bearer t}, {@code OAuth t} or a bare
     * token) to its user; empty when the header is missing, unknown, expired or revoked.
     */
    Optional<Principal> authenticate(String authorizationHeader);
}
