package dev.sfstream.emulator;

import java.time.Duration;

/**
 * How long access tokens live on the emulator's clock, like an org's session timeout. Both limits are
 * optional; {@link #NONE} (the default) keeps tokens valid until revoked.
 *
 * @param idleTimeout a token unused for this long expires; every authenticated REST or Bayeux request
 *     counts as use. Null for none
 * @param absoluteLifetime a token expires this long after it was issued, however busy. Null for none
 */
public record SessionPolicy(Duration idleTimeout, Duration absoluteLifetime) {
    /** Tokens never expire on their own. */
    public static final SessionPolicy NONE = new SessionPolicy(null, null);

    public SessionPolicy {
        requirePositive("idleTimeout", idleTimeout);
        requirePositive("absoluteLifetime", absoluteLifetime);
    }

    /** Tokens expire after {@code timeout} without use (Salesforce's default org setting is 2 hours). */
    public static SessionPolicy idle(Duration timeout) {
        return new SessionPolicy(timeout, null);
    }

    /** Tokens expire {@code lifetime} after they were issued. */
    public static SessionPolicy absolute(Duration lifetime) {
        return new SessionPolicy(null, lifetime);
    }

    /** The {@code sessionSecondsValid} a SOAP login reports: the idle timeout, else the lifetime, else 7200. */
    public long secondsValid() {
        Duration limit = idleTimeout != null ? idleTimeout : absoluteLifetime;
        return limit == null ? 7200 : limit.toSeconds();
    }

    private static void requirePositive(String name, Duration value) {
        if (value != null && (value.isNegative() || value.isZero())) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
