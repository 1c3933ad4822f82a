package dev.sfstream.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.sfstream.delivery.StreamEvent;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.EventFieldType;
import dev.sfstream.pubsub.internal.PubSubPublisher;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.rest.RestSettings;
import dev.sfstream.rest.SalesforceApi;
import dev.sfstream.streaming.StreamingSession;
import dev.sfstream.testkit.EntrypointWaiter;
import dev.sfstream.testkit.ServiceUnderTest;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.MethodDescriptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Platform events published over Pub/Sub or REST reach subscribers; refused events are typed failures; a batch too
 * large for one request goes over one PublishStream.
 */
class PublishingTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension(builder -> builder.platformEvent("Order__e",
            Map.of("Number__c", EventFieldType.NUMBER, "Note__c", EventFieldType.LONG_TEXT_AREA)));

    @Test
    void eventsPublishedOverPubSubReachSubscribersWithTheirReplayIds(Emulator emulator) throws Exception {
        List<StreamEvent> received = new CopyOnWriteArrayList<>();
        try (PubSubFixture fixture = new PubSubFixture(emulator);
             EventPublisher publisher = EventPublisher.pubSub(fixture.login(), fixture.pubSubSettings());
             StreamingSession session = fixture.session(new InMemoryReplayStore()).build()) {
            session.subscribe(PubSubFixture.ORDERS, received::add);
            session.start();
            List<PublishResult> results = publisher.publishAll("Order__e",
                    List.of(Map.of("Number__c", 1), Map.of("Number__c", "2.5", "Note__c", "x".repeat(1_100_000))));
            assertThat(results.get(0).succeeded()).isTrue();
            assertThat(results.get(0).replayId()).isPositive();
            assertThat(results.get(1).failed()).get().satisfies(failure ->
                    assertThat(failure.code()).isEqualTo("PUBLISH"));
            assertThatThrownBy(results.get(1)::orThrow).isInstanceOf(EventPublishException.class);
            await().atMost(WAIT).until(() -> received.size() == 1);
            assertThat(received.get(0).replayId()).isEqualTo(results.get(0).replayId());
            assertThat(((Map<?, ?>) received.get(0).data().get("payload")).get("Number__c")).isEqualTo(1.0);
        }
    }

    @Test
    void aCallRefusedAsAWholeThrowsNamingTheTopic(Emulator emulator) {
        try (PubSubFixture fixture = new PubSubFixture(emulator);
             EventPublisher publisher = EventPublisher.pubSub(fixture.login(), fixture.pubSubSettings())) {
            assertThatThrownBy(() -> publisher.publish("/data/AccountChangeEvent", Map.of("Name", "Acme")))
                    .isInstanceOf(EventPublishException.class).hasMessageContaining("/data/AccountChangeEvent")
                    .hasMessageContaining("may not publish");
            assertThatThrownBy(() -> publisher.publish("/topic/AccountNames", Map.of("Name", "Acme")))
                    .isInstanceOf(EventPublishException.class).hasMessageContaining("/topic/AccountNames")
                    .hasMessageContaining("NOT_FOUND");
            assertThatThrownBy(() -> publisher.publish("Order__e", Map.of("Bogus__c", 1)))
                    .isInstanceOf(EventPublishException.class).hasMessageContaining("Bogus__c");
        }
    }

    @Test
    void restPublishesTheSameEvents(Emulator emulator) throws Exception {
        List<StreamEvent> received = new CopyOnWriteArrayList<>();
        try (PubSubFixture fixture = new PubSubFixture(emulator);
             SalesforceApi api = SalesforceApi.connect(fixture.login(), RestSettings.defaults("60.0"));
             EventPublisher publisher = EventPublisher.rest(api);
             StreamingSession session = fixture.session(new InMemoryReplayStore()).build()) {
            session.subscribe(PubSubFixture.ORDERS, received::add);
            session.start();
            assertThat(publisher.publish("Order__e", Map.of("Number__c", 3)).orThrow().id()).isNotBlank();
            await().atMost(WAIT).until(() -> received.size() == 1);
            assertThat(((Map<?, ?>) received.get(0).data().get("payload")).get("Number__c")).isEqualTo(3.0);
        }
    }

    @Test
    void aServicesPublisherUsesPubSubWhenItIsTheTransport(Emulator emulator) {
        try (ServiceUnderTest service = ServiceUnderTest.builder(OrderRelayService.class, emulator)
                .salesforce("TRANSPORT", "pubsub").salesforce("PUBSUB_HOST", "127.0.0.1")
                .salesforce("PUBSUB_PORT", emulator.pubSubPort()).salesforce("PUBSUB_PLAINTEXT", true)
                .salesforce("REPLAY_DEFAULT", "all").start()) {
            EntrypointWaiter order = service.waiter("order");
            emulator.clearRequests();
            emulator.createRecord("Account", Map.of("Name", "Acme"));
            assertThat(order.awaitResult(WAIT)).isEqualTo(42.0);
            assertThat(emulator.requests()).noneMatch(request -> request.path().contains("Order__e"));
        }
    }

    @Test
    void aLargeBatchIsPublishedOnOneStreamWithPerEventResults(Emulator emulator) throws Exception {
        List<String> methods = new CopyOnWriteArrayList<>();
        List<StreamEvent> received = new CopyOnWriteArrayList<>();
        List<Map<String, Object>> events = new ArrayList<>();
        IntStream.range(0, 450).forEach(i -> events.add(Map.of("Number__c", i)));
        events.set(321, Map.of("Number__c", 321, "Note__c", "x".repeat(1_100_000)));
        try (PubSubFixture fixture = new PubSubFixture(emulator);
             EventPublisher publisher = new PubSubPublisher(fixture.login(), fixture.pubSubSettings(),
                     List.of(recording(methods)));
             StreamingSession session = fixture.session(new InMemoryReplayStore()).build()) {
            session.subscribe(PubSubFixture.ORDERS, received::add);
            session.start();

            List<PublishResult> results = publisher.publishAll("Order__e", events);

            assertThat(methods).containsOnlyOnce("eventbus.v1.PubSub/PublishStream")
                    .doesNotContain("eventbus.v1.PubSub/Publish");
            assertThat(results).hasSize(450);
            assertThat(results.get(321).failed()).get().satisfies(failure -> {
                assertThat(failure.code()).isEqualTo("PUBLISH");
                assertThat(failure.message()).contains("1 MB");
            });
            List<PublishResult> published = results.stream().filter(PublishResult::succeeded).toList();
            assertThat(published).hasSize(449).extracting(PublishResult::replayId).isSorted().doesNotHaveDuplicates();
            await().atMost(WAIT).until(() -> received.size() == 449);
            assertThat(received).extracting(StreamEvent::replayId)
                    .containsExactlyInAnyOrderElementsOf(published.stream().map(PublishResult::replayId).toList());
        }
    }

    @Test
    void aSmallBatchStaysOneUnaryPublish(Emulator emulator) {
        List<String> methods = new CopyOnWriteArrayList<>();
        try (PubSubFixture fixture = new PubSubFixture(emulator);
             EventPublisher publisher = new PubSubPublisher(fixture.login(), fixture.pubSubSettings(),
                     List.of(recording(methods)))) {
            assertThat(publisher.publishAll("Order__e", List.of(Map.of("Number__c", 1), Map.of("Number__c", 2))))
                    .allMatch(PublishResult::succeeded);
            assertThat(methods).contains("eventbus.v1.PubSub/Publish").doesNotContain("eventbus.v1.PubSub/PublishStream");
        }
    }

    private static ClientInterceptor recording(List<String> methods) {
        return new ClientInterceptor() {
            @Override
            public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options,
                                                       Channel next) {
                methods.add(method.getFullMethodName());
                return next.newCall(method, options);
            }
        };
    }
}
