package dev.sfstream.emulator;

import dev.sfstream.emulator.internal.records.SalesforceIds;
import java.util.Objects;

/**
 * A user of the emulated org.
 *
 * @param password the password without the security token; logins send {@code password + securityToken}
 * @param userId the 18-character user id (key prefix {@code 005})
 * @param refreshToken a refresh token the OAuth {@code refresh_token} grant accepts for this user, or null
 */
public record EmulatorUser(String username, String password, String securityToken, String userId,
                           String firstName, String lastName, String email, String refreshToken) {
    public EmulatorUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        securityToken = securityToken == null ? "" : securityToken;
        if (userId == null || !userId.startsWith("005") || SalesforceIds.canonical(userId).isEmpty()) {
            throw new IllegalArgumentException("userId of " + username + " must be a 15- or 18-character id"
                    + " starting with 005, got '" + userId + "'");
        }
        userId = SalesforceIds.canonical(userId).orElseThrow();
        Objects.requireNonNull(lastName, "lastName");
        email = email == null ? username : email;
    }

    public String fullName() {
        return firstName == null ? lastName : firstName + " " + lastName;
    }
}
