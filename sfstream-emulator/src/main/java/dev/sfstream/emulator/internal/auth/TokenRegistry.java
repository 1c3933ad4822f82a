package dev.sfstream.emulator.internal.auth;

import dev.sfstream.emulator.EmulatorUser;
import dev.sfstream.emulator.OrgFixture;
import dev.sfstream.emulator.spi.AccessTokens;
import dev.sfstream.emulator.spi.Principal;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access and refresh tokens the org has issued. Access tokens stay valid until revoked, one by one
 * (OAuth revoke) or all at once (the control API), after which clients must log in again.
 */
public final class TokenRegistry implements AccessTokens {
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Principal> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, EmulatorUser> refreshTokens = new ConcurrentHashMap<>();
    private final OrgFixture org;

    public TokenRegistry(OrgFixture org) {
        this.org = org;
        for (EmulatorUser user : org.users()) {
            if (user.refreshToken() != null) {
                refreshTokens.put(user.refreshToken(), user);
            }
        }
    }

    /** A new access token for the user, shaped like Salesforce's ({@code 00D...!AR...}). */
    public String issue(EmulatorUser user) {
        byte[] bytes = new byte[72];
        random.nextBytes(bytes);
        String token = org.orgId().substring(0, 15) + "!AR" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(bytes).replace('-', '.').replace('_', '.');
        accessTokens.put(token, principal(user));
        return token;
    }

    public Principal principal(EmulatorUser user) {
        return new Principal(user.userId(), org.orgId(), user.username());
    }

    public Optional<EmulatorUser> refreshTokenUser(String refreshToken) {
        return refreshToken == null ? Optional.empty() : Optional.ofNullable(refreshTokens.get(refreshToken));
    }

    /** Revokes one access or refresh token; false when it was not known. */
    public boolean revoke(String token) {
        if (token == null) {
            return false;
        }
        return accessTokens.remove(token) != null | refreshTokens.remove(token) != null;
    }

    /** Invalidates every access token issued so far; the users' refresh tokens stay usable. */
    public int revokeAllAccessTokens() {
        int count = accessTokens.size();
        accessTokens.clear();
        return count;
    }

    @Override
    public Optional<Principal> authenticate(String authorizationHeader) {
        String token = bareToken(authorizationHeader);
        return token == null ? Optional.empty() : Optional.ofNullable(accessTokens.get(token));
    }

    /** The token of an {@code Authorization} header ({@code Bearer t}, {@code OAuth t} or bare), or null. */
    public static String bareToken(String authorizationHeader) {
        if (authorizationHeader == null || authorizationHeader.isBlank()) {
            return null;
        }
        String value = authorizationHeader.trim();
        int space = value.indexOf(' ');
        if (space > 0) {
            String scheme = value.substring(0, space);
            if (!scheme.equalsIgnoreCase("Bearer") && !scheme.equalsIgnoreCase("OAuth")) {
                return null;
            }
            value = value.substring(space + 1).trim();
        }
        return value.isEmpty() ? null : value;
    }
}
