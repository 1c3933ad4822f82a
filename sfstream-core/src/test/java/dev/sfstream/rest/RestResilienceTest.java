package dev.sfstream.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfstream.auth.EmulatorLogins;
import dev.sfstream.auth.SalesforceLogin;
import dev.sfstream.auth.Session;
import dev.sfstream.auth.SessionSource;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RestResilienceTest {
    private static final String QUERY_PATH = "/services/data/v37.0/query";
    private static final String CONTACTS_PATH = "/services/data/v37.0/sobjects/Contact";

    @RegisterExtension
    final EmulatorExtension emulatorExtension = new EmulatorExtension();

    private Emulator emulator;
    private SalesforceLogin login;
    private SalesforceApi api;

    @BeforeEach
    void connect() {
        emulator = emulatorExtension.emulator();
        login = new SalesforceLogin(EmulatorLogins.password(emulator));
        api = SalesforceApi.connect(login, RestSettings.defaults("37.0")
                .withRetries(4, Duration.ofMillis(10), Duration.ofMillis(50)));
        login.current();
    }

    @AfterEach
    void close() {
        api.close();
        login.close();
    }

    @Test
    void retriesAQueryAnswered503() {
        EmulatorFaults.inject(emulator, "{\"path\": \"" + QUERY_PATH + "\", \"status\": 503, \"times\": 2}");
        assertThat(api.query("SELECT Id FROM Account").totalSize()).isZero();
        assertThat(requestsTo(QUERY_PATH)).isEqualTo(3);
    }

    @Test
    void retriesAQueryWhoseConnectionDropped() {
        EmulatorFaults.inject(emulator, "{\"path\": \"" + QUERY_PATH + "\", \"drop\": true, \"times\": 1}");
        assertThat(api.query("SELECT Id FROM Account").totalSize()).isZero();
        assertThat(requestsTo(QUERY_PATH)).isEqualTo(2);
    }

    @Test
    void givesUpAfterTheLastAttemptWithAServerError() {
        EmulatorFaults.inject(emulator, "{\"path\": \"" + QUERY_PATH + "\", \"status\": 500, \"times\": -1}");
        assertThatThrownBy(() -> api.query("SELECT Id FROM Account"))
                .isInstanceOfSatisfying(SalesforceException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SalesforceErrorKind.SERVER_ERROR);
                    assertThat(e.status()).isEqualTo(500);
                });
        assertThat(requestsTo(QUERY_PATH)).isEqualTo(4);
    }

    @Test
    void doesNotRepeatACreateAnswered503() {
        EmulatorFaults.inject(emulator, "{\"path\": \"" + CONTACTS_PATH + "\", \"status\": 503, \"times\": 1}");
        assertThatThrownBy(() -> api.create("Contact", Map.of("LastName", "Once")))
                .isInstanceOfSatisfying(SalesforceException.class,
                        e -> assertThat(e.kind()).isEqualTo(SalesforceErrorKind.SERVER_ERROR));
        assertThat(requestsTo(CONTACTS_PATH)).isEqualTo(1);
        assertThat(emulator.records("Contact")).isEmpty();
    }

    @Test
    void doesNotRepeatACreateWhoseConnectionDropped() {
        EmulatorFaults.inject(emulator, "{\"path\": \"" + CONTACTS_PATH + "\", \"drop\": true, \"times\": 1}");
        assertThatThrownBy(() -> api.create("Contact", Map.of("LastName", "Once")))
                .isInstanceOfSatisfying(SalesforceException.class,
                        e -> assertThat(e.kind()).isEqualTo(SalesforceErrorKind.UNAVAILABLE))
                .hasMessageContaining("not repeated because it is not idempotent");
        assertThat(requestsTo(CONTACTS_PATH)).isEqualTo(1);
    }

    @Test
    void retriesACreateWhoseConnectionCouldNotBeOpened() {
        SessionSource nowhere = fixedSession(URI.create("http://127.0.0.1:1"));
        try (SalesforceApi unreachable = SalesforceApi.connect(nowhere, RestSettings.defaults("37.0")
                .withRetries(3, Duration.ofMillis(5), Duration.ofMillis(10)))) {
            assertThatThrownBy(() -> unreachable.create("Contact", Map.of("LastName", "X")))
                    .isInstanceOfSatisfying(SalesforceException.class,
                            e -> assertThat(e.kind()).isEqualTo(SalesforceErrorKind.UNAVAILABLE))
                    .hasMessageContaining("(3 attempt(s))");
        }
    }

    @Test
    void aSlowAnswerTimesOut() {
        EmulatorFaults.inject(emulator, "{\"path\": \"" + QUERY_PATH + "\", \"delayMs\": 3000, \"status\": 200, "
                + "\"body\": \"{}\", \"times\": 1}");
        try (SalesforceApi impatient = SalesforceApi.connect(login, RestSettings.defaults("37.0")
                .withRetries(1, Duration.ofMillis(5), Duration.ofMillis(10)).withRequestTimeout(Duration.ofMillis(300)))) {
            assertThatThrownBy(() -> impatient.query("SELECT Id FROM Account"))
                    .isInstanceOfSatisfying(SalesforceException.class,
                            e -> assertThat(e.kind()).isEqualTo(SalesforceErrorKind.UNAVAILABLE))
                    .hasMessageContaining("timed out after 300 ms");
        }
    }

    @Test
    void limitExceededAndRefusedAreTheirOwnKinds() {
        EmulatorFaults.inject(emulator, "{\"path\": \"" + QUERY_PATH + "\", \"status\": 403, \"body\": "
                + "\"[{\\\"message\\\":\\\"TotalRequests Limit exceeded.\\\",\\\"errorCode\\\":\\\"REQUEST_LIMIT_EXCEEDED\\\"}]\"}");
        assertThatThrownBy(() -> api.query("SELECT Id FROM Account"))
                .isInstanceOfSatisfying(SalesforceException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SalesforceErrorKind.LIMIT_EXCEEDED);
                    assertThat(e.errorCode()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
                    assertThat(e.salesforceMessage()).isEqualTo("TotalRequests Limit exceeded.");
                });
        EmulatorFaults.inject(emulator, "{\"path\": \"" + QUERY_PATH + "\", \"status\": 403, \"body\": "
                + "\"[{\\\"message\\\":\\\"insufficient access rights\\\",\\\"errorCode\\\":\\\"INSUFFICIENT_ACCESS\\\"}]\"}");
        assertThatThrownBy(() -> api.query("SELECT Id FROM Account"))
                .isInstanceOfSatisfying(SalesforceException.class,
                        e -> assertThat(e.kind()).isEqualTo(SalesforceErrorKind.REFUSED));
    }

    @Test
    void aSessionStillRejectedAfterRenewalIsAnInvalidSessionError() {
        SessionSource stale = fixedSession(URI.create(emulator.baseUrl()));
        try (SalesforceApi rejected = SalesforceApi.connect(stale, RestSettings.defaults("37.0"))) {
            assertThatThrownBy(() -> rejected.query("SELECT Id FROM Account"))
                    .isInstanceOfSatisfying(SalesforceException.class, e -> {
                        assertThat(e.kind()).isEqualTo(SalesforceErrorKind.INVALID_SESSION);
                        assertThat(e.status()).isEqualTo(401);
                        assertThat(e.errorCode()).isEqualTo("INVALID_SESSION_ID");
                    })
                    .message().doesNotContain("not-a-real-token");
        }
        assertThat(requestsTo(QUERY_PATH)).isEqualTo(2);
    }

    @Test
    void tenConcurrentCallersWithARevokedTokenCauseExactlyOneLogin() throws Exception {
        emulator.createRecord("Account", Map.of("Name", "Apollo"));
        emulator.revokeAllTokens();
        long loginsBefore = EmulatorLogins.tokenRequests(emulator);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Long>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return api.query("SELECT Id FROM Account").totalSize();
                }));
            }
            start.countDown();
            for (Future<Long> call : calls) {
                assertThat(call.get()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(EmulatorLogins.tokenRequests(emulator) - loginsBefore).isEqualTo(1);
    }

    private long requestsTo(String pathPrefix) {
        return emulator.requests().stream().filter(r -> r.path().startsWith(pathPrefix)).count();
    }

    /** A source whose session never changes: renewing gives the same token back. */
    private static SessionSource fixedSession(URI instance) {
        Session session = new Session("not-a-real-token", instance, null, null, Instant.now());
        return new SessionSource() {
            @Override
            public Session current() {
                return session;
            }

            @Override
            public Session renew(Session rejected) {
                return session;
            }
        };
    }
}
