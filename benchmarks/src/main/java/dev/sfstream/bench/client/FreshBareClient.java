package dev.sfstream.bench.client;

import dev.sfstream.bench.probe.EventProbe;
import dev.sfstream.bench.probe.SentAt;
import dev.sfstream.emulator.OrgFixture;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Main class of the bare CometD client in a fresh JVM: logs in with {@link PasswordGrant}, subscribes with
 * {@link BareSubscriber} and hands every event to the {@link EventProbe} (configured from the environment), until
 * the process is stopped. Arguments: {@code LOGIN_URL CHANNEL REPLAY_FROM MAX_MESSAGE_BYTES}.
 */
public final class FreshBareClient {
    private FreshBareClient() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: FreshBareClient LOGIN_URL CHANNEL REPLAY_FROM MAX_MESSAGE_BYTES");
        }
        EventProbe probe = EventProbe.fromEnvironment();
        PasswordGrant grant = PasswordGrant.login(args[0], OrgFixture.DEFAULT_USERNAME, OrgFixture.DEFAULT_PASSWORD,
                OrgFixture.DEFAULT_SECURITY_TOKEN, OrgFixture.CONSUMER_KEY, OrgFixture.CONSUMER_SECRET);
        BareSubscriber.subscribe(grant.instanceUrl(), grant.accessToken(), args[1], Long.parseLong(args[2]),
                Integer.parseInt(args[3]), data -> probe.onEvent(SentAt.micros(data)), Duration.ofSeconds(60));
        new CountDownLatch(1).await();
    }
}
