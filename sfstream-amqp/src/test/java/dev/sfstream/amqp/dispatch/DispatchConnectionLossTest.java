package dev.sfstream.amqp.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.GetResponse;
import dev.sfstream.amqp.broker.BrokerTestBase;
import dev.sfstream.amqp.broker.TestBroker;
import dev.sfstream.container.ServiceContext;
import dev.sfstream.container.WorkerContext;
import dev.sfstream.events.EventDispatcher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The broker closes the dispatcher's connection ({@code rabbitmqctl close_connection}) while events are dispatched. */
class DispatchConnectionLossTest extends BrokerTestBase {
    @Test
    void everyEventDispatchedWhileTheConnectionIsDroppedArrivesAtLeastOnce() throws Exception {
        String service = broker.service("drop-dispatch");
        String queue = broker.bindTemporaryQueue(service + ".events", "numbered");
        EventDispatcherProvider provider = new EventDispatcherProvider();
        provider.start(new ServiceContext(service, Map.of("AMQP_URI", TestBroker.URI)));
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean dropsDone = new AtomicBoolean();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Thread> workers = new ArrayList<>();
        try {
            for (int w = 0; w < 3; w++) {
                Thread worker = new Thread(() -> {
                    EventDispatcher dispatcher = provider.get(WorkerContext.start(service, "send", List.of(), Map.of()));
                    int afterDrops = 0;
                    while (afterDrops < 30) {
                        if (dropsDone.get()) {
                            afterDrops++;
                        }
                        int n = next.getAndIncrement();
                        try {
                            dispatcher.dispatch("numbered", n);
                        } catch (RuntimeException e) {
                            failures.add(e);
                            return;
                        }
                    }
                });
                worker.start();
                workers.add(worker);
            }
            String connection = EventDispatcherProvider.connectionName(service);
            for (int drop = 0; drop < 2; drop++) {
                int before = next.get();
                await().atMost(Duration.ofSeconds(30)).until(() -> next.get() > before + 50);
                await().atMost(Duration.ofSeconds(30)).until(() -> TestBroker.closeConnections(connection) > 0);
            }
            dropsDone.set(true);
            for (Thread worker : workers) {
                worker.join(Duration.ofSeconds(60).toMillis());
            }
        } finally {
            provider.stop();
        }

        assertThat(failures).isEmpty();
        int dispatched = next.get();
        Set<Integer> seen = new HashSet<>();
        try (Channel channel = broker.channel()) {
            GetResponse message;
            while ((message = channel.basicGet(queue, true)) != null) {
                seen.add(Integer.parseInt(new String(message.getBody(), StandardCharsets.UTF_8)));
            }
        }
        assertThat(dispatched).isGreaterThan(100);
        for (int n = 0; n < dispatched; n++) {
            assertThat(seen).as("event %d", n).contains(n);
        }
    }
}
