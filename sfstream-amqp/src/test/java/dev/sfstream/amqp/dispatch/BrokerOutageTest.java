package dev.sfstream.amqp.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.amqp.broker.BrokerTestBase;
import dev.sfstream.amqp.broker.StallingProxy;
import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.Dependency;
import dev.sfstream.container.ServiceContainer;
import dev.sfstream.delivery.DeadLetter;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.events.EventDispatcher;
import dev.sfstream.notification.Notification;
import dev.sfstream.replay.InMemoryReplayStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A broker that is down for longer than the handler retries loses nothing: the events are held, neither
 * dead-lettered nor committed, and reach the queue once the broker is back.
 */
class BrokerOutageTest extends BrokerTestBase {
    static final String CHANNEL = "/event/Outage_Order__e";

    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();

    /** Re-publishes every order as a Nameko event. */
    @ServiceName("outage-proxy")
    public static class OrderProxy {
        @Dependency
        EventDispatcher dispatch;

        @Subscribe(CHANNEL)
        public void placed(Notification order) {
            dispatch.dispatch("order_placed", order.payload());
        }
    }

    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    private final AtomicInteger failedAttempts = new AtomicInteger();
    private final InMemoryReplayStore store = new InMemoryReplayStore();
    private StallingProxy relay;
    private ServiceContainer container;

    @AfterEach
    void stop() {
        if (container != null) {
            container.kill();
        }
        if (relay != null) {
            relay.close();
        }
    }

    @Test
    void eventsPublishedWhileTheBrokerIsDownReachTheQueueAfterItIsBackAndNoneIsDeadLettered() throws Exception {
        Emulator emulator = emulators.emulator();
        relay = new StallingProxy();
        String source = broker.service("outage-proxy");
        String queue = broker.bindTemporaryQueue(source + ".events", "order_placed");
        container = ServiceContainer.builder(OrderProxy.class).config(config(emulator, relay.uri()))
                .dependency(new RenamedDispatcherProvider(source))
                .replayStore(store).deadLetterSink(deadLetters::add)
                .streamingSettings(settings -> settings.withHandlerBackOff(Duration.ofMillis(20))
                        .withCommitInterval(Duration.ofMillis(20)))
                .workerListener((entrypoint, worker, arguments, result, failure) -> {
                    if (failure != null) {
                        failedAttempts.incrementAndGet();
                    }
                })
                .build();
        container.start();
        long first = publish(emulator, 0);
        assertThat(broker.awaitMessage(queue, Duration.ofSeconds(20)).getBody()).isNotEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> store.load(CHANNEL).orElse(0) == first);

        relay.cut();
        List<Long> published = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            published.add(publish(emulator, n));
        }
        // HANDLER_RETRIES is 0: before, the first failure dead-lettered each event and committed past it.
        await().atMost(Duration.ofSeconds(30)).until(() -> failedAttempts.get() >= 3 * published.size());
        assertThat(deadLetters).isEmpty();
        OptionalLong committedDuringOutage = store.load(CHANNEL);
        assertThat(committedDuringOutage).hasValue(first);

        relay.restore();
        Set<String> received = new HashSet<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            var message = broker.channel().basicGet(queue, true);
            if (message != null) {
                received.add(new String(message.getBody()));
            }
            return received.size() == published.size();
        });
        assertThat(received).allSatisfy(body -> assertThat(body).contains("\"n\""));
        assertThat(deadLetters).isEmpty();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> store.load(CHANNEL).orElse(0) == published.get(published.size() - 1));
    }

    private static long publish(Emulator emulator, int n) {
        return emulator.streaming().publish(CHANNEL, new LinkedHashMap<>(Map.of("payload",
                new LinkedHashMap<>(Map.of("n", n)))));
    }

    private static SfstreamConfig config(Emulator emulator, String amqpUri) {
        Map<String, Object> salesforce = emulator.salesforceConfig();
        salesforce.put("HANDLER_RETRIES", 0);
        return SfstreamConfig.of(Map.of("SALESFORCE", salesforce, "AMQP_URI", amqpUri,
                "AMQP_PUBLISH_RETRIES", 1, "AMQP_CONFIRM_TIMEOUT", 2));
    }
}
