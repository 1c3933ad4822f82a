package dev.sfstream.bench.client;

import dev.sfstream.bench.probe.EventProbe;
import dev.sfstream.emulator.OrgFixture;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.client.CompletableResponseListener;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The floor of a catch-up: a Bayeux long-poll loop over Jetty's HTTP client that parses no JSON. It handshakes,
 * subscribes with the replay extension, and then sends each {@code /meta/connect} as soon as the previous reply
 * is in, counting the events of a reply by searching its bytes for the channel. What it takes is what the
 * emulator and loopback take to serve the events; every real client adds its parse and dispatch on top. Main
 * class in a fresh JVM; arguments {@code LOGIN_URL CHANNEL REPLAY_FROM MAX_MESSAGE_BYTES}.
 *
 * @param http the started client the polls go through
 * @param url the Bayeux endpoint
 * @param bearer the {@code Authorization} header
 * @param maxMessageBytes the largest reply accepted
 */
public record RawLongPoll(HttpClient http, String url, String bearer, int maxMessageBytes) {
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*\"([^\"]+)\"");
    /** Longer than a long poll is held (Salesforce: 110 s), so that only a dead server ends the wait. */
    private static final long TIMEOUT_SECONDS = 150;

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: RawLongPoll LOGIN_URL CHANNEL REPLAY_FROM MAX_MESSAGE_BYTES");
        }
        EventProbe probe = EventProbe.fromEnvironment();
        run(args[0], args[1], Long.parseLong(args[2]), Integer.parseInt(args[3]), events -> {
            for (int i = events; i > 0; i--) {
                probe.onEvent(-1);
            }
        });
    }

    /**
     * Logs in, subscribes to {@code channel} from {@code replayFrom} and polls until the thread is interrupted,
     * telling {@code events} how many events each reply held.
     */
    public static void run(String loginUrl, String channel, long replayFrom, int maxMessageBytes, IntConsumer events)
            throws Exception {
        PasswordGrant grant = PasswordGrant.login(loginUrl, OrgFixture.DEFAULT_USERNAME, OrgFixture.DEFAULT_PASSWORD,
                OrgFixture.DEFAULT_SECURITY_TOKEN, OrgFixture.CONSUMER_KEY, OrgFixture.CONSUMER_SECRET);
        HttpClient http = new HttpClient();
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("raw-http");
        threads.setDaemon(true);
        http.setExecutor(threads);
        http.start();
        try {
            new RawLongPoll(http, grant.instanceUrl() + "/cometd/37.0", "Bearer " + grant.accessToken(),
                    maxMessageBytes).poll(channel, replayFrom, events);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } finally {
            http.stop();
        }
    }

    private void poll(String channel, long replayFrom, IntConsumer events) throws Exception {
        String handshake = exchange("[{\"channel\":\"/meta/handshake\",\"version\":\"1.0\","
                + "\"supportedConnectionTypes\":[\"long-polling\"],\"ext\":{\"replay\":true}}]");
        Matcher id = CLIENT_ID.matcher(handshake);
        if (!handshake.contains("\"successful\":true") || !id.find()) {
            throw new IllegalStateException("handshake refused: " + handshake);
        }
        String clientId = id.group(1);
        String subscribe = exchange("[{\"channel\":\"/meta/subscribe\",\"clientId\":\"" + clientId
                + "\",\"subscription\":\"" + channel + "\",\"ext\":{\"replay\":{\"" + channel + "\":" + replayFrom
                + "}}}]");
        if (!subscribe.contains("\"successful\":true")) {
            throw new IllegalStateException("subscribe refused: " + subscribe);
        }
        String connect = "[{\"channel\":\"/meta/connect\",\"clientId\":\"" + clientId
                + "\",\"connectionType\":\"long-polling\"}]";
        byte[] event = ("\"channel\":\"" + channel + "\"").getBytes(StandardCharsets.UTF_8);
        byte[] refused = "\"successful\":false".getBytes(StandardCharsets.UTF_8);
        CompletableFuture<ContentResponse> next = send(connect);
        while (!Thread.currentThread().isInterrupted()) {
            byte[] reply = next.get(TIMEOUT_SECONDS, TimeUnit.SECONDS).getContent();
            // the next poll leaves before this reply is read, as sfstream's does
            next = send(connect);
            if (count(reply, refused) > 0) {
                throw new IllegalStateException("connect refused: " + new String(reply, StandardCharsets.UTF_8));
            }
            events.accept(count(reply, event));
        }
    }

    private CompletableFuture<ContentResponse> send(String body) {
        return new CompletableResponseListener(http.POST(url)
                .headers(headers -> headers.put(HttpHeader.AUTHORIZATION, bearer))
                .body(new StringRequestContent("application/json;charset=UTF-8", body)), maxMessageBytes).send();
    }

    private String exchange(String body) throws Exception {
        return new String(send(body).get(TIMEOUT_SECONDS, TimeUnit.SECONDS).getContent(), StandardCharsets.UTF_8);
    }

    /** How often {@code pattern} occurs in {@code bytes}. */
    static int count(byte[] bytes, byte[] pattern) {
        int found = 0;
        outer:
        for (int i = 0; i <= bytes.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            found++;
            i += pattern.length - 1;
        }
        return found;
    }
}
