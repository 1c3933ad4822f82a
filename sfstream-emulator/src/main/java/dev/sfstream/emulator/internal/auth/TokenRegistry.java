package dev.sfstream.emulator.internal.auth;

import dev.sfstream.emulator.EmulatorUser;
import dev.sfstream.emulator.OrgFixture;
import dev.sfstream.emulator.SessionPolicy;
import dev.sfstream.emulator.spi.AccessTokens;
import dev.sfstream.emulator.spi.EmulatorClock;
import dev.sfstream.emulator.spi.Principal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The access and refresh tokens the org has issued. Access tokens stay valid until revoked, one by one
 * (OAuth revoke) or all at once (the control API), or until the {@link SessionPolicy} expires them on the
 * emulator's clock; then clients must log in again. Revocation listeners hear about every revocation.
 */
public final class TokenRegistry implements AccessTokens {
    private final SecureRandom random = new SecureRandom();
    private final Map<String, IssuedToken> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, EmulatorUser> refreshTokens = new ConcurrentHashMap<>();
    private final List<Runnable> revocationListeners = new CopyOnWriteArrayList<>();
    private final OrgFixture org;
    private final EmulatorClock clock;
    private final SessionPolicy policy;

    public TokenRegistry(OrgFixture org, EmulatorClock clock, SessionPolicy policy) {
        this.org = org;
        this.clock = clock;
        this.policy = policy;
        for (EmulatorUser user : org.users()) {
            if (user.refreshToken() != null) {
                refreshTokens.put(user.refreshToken(), user);
            }
        }
    }

    /** Runs after every revocation (one token or all), so that held streaming connects can end at once. */
    public void onRevocation(Runnable listener) {
        revocationListeners.add(listener);
    }

    public SessionPolicy policy() {
        return policy;
    }

    /** A new access token for the user, shaped like Salesforce's ({@code 00D...!AR...}). */
    public String issue(EmulatorUser user) {
        String token = org.orgId().substring(0, 15) + "!AR" + randomText(72);
        Instant now = clock.now();
        accessTokens.put(token, new IssuedToken(principal(user), now, now));
        return token;
    }

    public Principal principal(EmulatorUser user) {
        return new Principal(user.userId(), org.orgId(), user.username());
    }

    public Optional<EmulatorUser> refreshTokenUser(String refreshToken) {
        return refreshToken == null ? Optional.empty() : Optional.ofNullable(refreshTokens.get(refreshToken));
    }

    /**
     * Replaces a refresh token by a new one for the same user; empty when the old one is unknown or was
     * already used by a concurrent rotation.
     */
    public Optional<String> rotateRefreshToken(String refreshToken, EmulatorUser user) {
        if (refreshToken == null || !refreshTokens.remove(refreshToken, user)) {
            return Optional.empty();
        }
        String next = "5Aep" + randomText(64);
        refreshTokens.put(next, user);
        return Optional.of(next);
    }

    /** Revokes one access or refresh token; false when it was not known. */
    public boolean revoke(String token) {
        if (token == null) {
            return false;
        }
        boolean known = accessTokens.remove(token) != null | refreshTokens.remove(token) != null;
        if (known) {
            revoked();
        }
        return known;
    }

    /** Invalidates every access token issued so far; the users' refresh tokens stay usable. */
    public int revokeAllAccessTokens() {
        int count = accessTokens.size();
        accessTokens.clear();
        revoked();
        return count;
    }

    /** Resolves a live token and counts this request as a use of it (the idle timeout restarts). */
    @Override
    public Optional<Principal> authenticate(String authorizationHeader) {
        String token = bareToken(authorizationHeader);
        if (token == null) {
            return Optional.empty();
        }
        Instant now = clock.now();
        IssuedToken live = accessTokens.computeIfPresent(token,
                (key, issued) -> issued.expiredAt(now, policy) ? null : issued.usedAt(now));
        return Optional.ofNullable(live).map(IssuedToken::principal);
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

    private String randomText(int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw).replace('-', '.').replace('_', '.');
    }

    private void revoked() {
        for (Runnable listener : revocationListeners) {
            listener.run();
        }
    }
}
