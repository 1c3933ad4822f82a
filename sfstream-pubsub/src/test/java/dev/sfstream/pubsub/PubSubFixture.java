package dev.sfstream.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.auth.AuthFlow;
import dev.sfstream.auth.LoginSettings;
import dev.sfstream.auth.SalesforceLogin;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.EventFieldType;
import dev.sfstream.emulator.OrgFixture;
import dev.sfstream.replay.ReplayStore;
import dev.sfstream.replay.ReplayDefault;
import dev.sfstream.streaming.StreamingSession;
import dev.sfstream.streaming.StreamingSettings;
import io.grpc.ClientInterceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/** Logs in to an emulator and builds Pub/Sub streaming sessions on it with fast timers; closes the logins. */
final class PubSubFixture implements AutoCloseable {
    static final String ORDERS = "/event/Order__e";

    private final Emulator emulator;
    private final List<SalesforceLogin> logins = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    /** A fresh emulator per test, with {@code Order__e} declared ({@code Number__c}: a number). */
    static EmulatorExtension emulatorWithOrders() {
        return new EmulatorExtension(builder -> builder.platformEvent("Order__e",
                Map.of("Number__c", EventFieldType.NUMBER)));
    }

    PubSubFixture(Emulator emulator) {
        this.emulator = emulator;
    }

    SalesforceLogin login() {
        SalesforceLogin login = new SalesforceLogin(LoginSettings.builder(AuthFlow.PASSWORD)
                .loginUrl(URI.create(emulator.baseUrl())).username(OrgFixture.DEFAULT_USERNAME)
                .password(OrgFixture.DEFAULT_PASSWORD).securityToken(OrgFixture.DEFAULT_SECURITY_TOKEN)
                .clientId(OrgFixture.CONSUMER_KEY).clientSecret(OrgFixture.CONSUMER_SECRET).build());
        logins.add(login);
        return login;
    }

    /**
     * Fast settings starting at {@code EARLIEST}: a {@code LATEST} subscription is placed when the server reads the
     * first request, which Pub/Sub does not acknowledge, so an event published at that instant could be before it.
     */
    static StreamingSettings fastSettings() {
        return StreamingSettings.defaults().withReplayDefault(ReplayDefault.ALL).withCommitInterval(Duration.ofMillis(20))
                .withReconnectBackOffBase(Duration.ofMillis(50)).withReconnectBackOffCap(Duration.ofMillis(400))
                .withStopTimeout(Duration.ofSeconds(5)).withDisconnectTimeout(Duration.ofSeconds(1));
    }

    /** The emulator's endpoint in plaintext, a watchdog of 3 s (the fast keepalive is 1 s). */
    PubSubSettings pubSubSettings() {
        return PubSubSettings.plaintext(emulator.pubSubTarget()).withSilenceTimeout(Duration.ofSeconds(3));
    }

    StreamingSession.Builder session(ReplayStore store, ClientInterceptor... interceptors) {
        return session(store, pubSubSettings(), interceptors);
    }

    StreamingSession.Builder session(ReplayStore store, PubSubSettings settings, ClientInterceptor... interceptors) {
        return StreamingSession.builder(login()).replayStore(store).settings(fastSettings()).name("pubsub-test")
                .transport(new PubSubTransportProvider(settings, List.of(interceptors)));
    }

    /** Publishes an {@code Order__e} with {@code Number__c = n} on the shared bus; returns its replay id. */
    long publishOrder(int n) {
        return publishOrder(n, Instant.now());
    }

    /** Publishes an {@code Order__e} created at {@code createdAt}; returns its replay id. */
    long publishOrder(int n, Instant createdAt) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("CreatedDate", createdAt.toString());
        payload.put("CreatedById", "005xx000001SwiUAAS");
        payload.put("Number__c", (double) n);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("payload", payload);
        return emulator.streaming().publish(ORDERS, data);
    }

    /** Publishes {@code count} orders created a minute ago (beyond the clocks' allowance); returns their replay ids. */
    List<Long> publishOldOrders(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(publishOrder(i, Instant.now().minus(Duration.ofMinutes(1))));
        }
        return ids;
    }

    /**
     * Drops every session's streams, keeps the next three calls failing with {@code UNAVAILABLE}, and publishes
     * {@code count} orders meanwhile; returns their replay ids.
     */
    List<Long> publishWhileStreamsAreDown(int count) {
        control("/__emulator__/pubsub/faults", "{\"unavailableCalls\": 3}");
        control("/__emulator__/sessions/drop", "{}");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(publishOrder(100 + i));
        }
        return ids;
    }

    /**
     * A session of {@code store} with {@code settings} on {@link #ORDERS}, started after three old orders, loses its
     * stream before its first event while five orders are published: checks that those five arrive, once each, and
     * the old ones do not, then hands the session and the five replay ids to {@code then} before closing it.
     */
    void assertStreamLostBeforeFirstEventMissesNothing(ReplayStore store, StreamingSettings settings,
            BiConsumer<StreamingSession, List<Long>> then) throws Exception {
        Set<Long> received = ConcurrentHashMap.newKeySet();
        List<Long> before = publishOldOrders(3);
        try (StreamingSession session = session(store).settings(settings).build()) {
            session.subscribe(ORDERS, event -> received.add(event.replayId()));
            session.start();
            assertThat(session.awaitSubscribed(Duration.ofSeconds(20))).isTrue();
            List<Long> during = publishWhileStreamsAreDown(5);
            await().atMost(Duration.ofSeconds(20)).until(() -> received.containsAll(during));
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2))
                    .until(() -> received.size() == during.size());
            assertThat(received).doesNotContainAnyElementsOf(before);
            then.accept(session, during);
        }
    }

    /** POSTs to the emulator's control API, e.g. {@code /__emulator__/pubsub/faults}. */
    void control(String path, String json) {
        send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    void clearFaults() {
        send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/__emulator__/pubsub/faults")).DELETE().build());
    }

    private void send(HttpRequest request) {
        try {
            HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.uri() + " answered " + reply.statusCode() + ": " + reply.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        logins.forEach(SalesforceLogin::close);
    }
}
