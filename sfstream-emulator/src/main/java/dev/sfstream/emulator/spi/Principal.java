package dev.sfstream.emulator.spi;

/** The authenticated user behind an access token. */
public record Principal(String userId, String orgId, String username) {
}
