package dev.sfstream.emulator.internal.auth;

import dev.sfstream.emulator.SessionPolicy;
import dev.sfstream.emulator.spi.Principal;
import java.time.Instant;

/** An access token's user, when it was issued and when it was last used (emulator clock). */
record IssuedToken(Principal principal, Instant issuedAt, Instant lastUsed) {
    boolean expiredAt(Instant now, SessionPolicy policy) {
        boolean idle = policy.idleTimeout() != null && !now.isBefore(lastUsed.plus(policy.idleTimeout()));
        boolean old = policy.absoluteLifetime() != null && !now.isBefore(issuedAt.plus(policy.absoluteLifetime()));
        return idle || old;
    }

    IssuedToken usedAt(Instant now) {
        return now.isAfter(lastUsed) ? new IssuedToken(principal, issuedAt, now) : this;
    }
}
