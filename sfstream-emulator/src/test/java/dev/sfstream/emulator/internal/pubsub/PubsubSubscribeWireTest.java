package dev.sfstream.emulator.internal.pubsub;

import static dev.sfstream.emulator.internal.pubsub.PubsubAssertions.assertSalesforceError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.ByteString;
import dev.sfstream.pubsub.api.FetchRequest;
import dev.sfstream.pubsub.api.FetchResponse;
import dev.sfstream.pubsub.api.ReplayPreset;
import io.grpc.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PubsubSubscribeWireTest extends PubsubWireTestBase {
    private static final String TOPIC = "/event/Ping__e";


    @Test
    void deliversNoMoreThanRequestedAndReportsWhatIsStillOwed() {
        publish(5);
        var subscription = client.subscribe(TOPIC, ReplayPreset.EARLIEST, null, 2);

        await().until(() -> events(subscription).size() == 2);
        FetchResponse last = last(subscription);
        assertThat(last.getPendingNumRequested()).isZero();
        assertThat(last.getLatestReplayId()).isEqualTo(events(subscription).get(1));

        subscription.request(10);
        await().until(() -> events(subscription).size() == 5);
        assertThat(last(subscription).getPendingNumRequested()).isEqualTo(7);
        assertThat(events(subscription)).doesNotHaveDuplicates();
    }

    @Test
    void requestsAddUpToAtMostOneHundredOutstanding() {
        var subscription = client.subscribe(TOPIC, ReplayPreset.LATEST, null, 80);
        subscription.request(80);
        await().atMost(Duration.ofSeconds(10)).until(() -> subscription.responses().messages().stream()
                .anyMatch(keepalive -> keepalive.getPendingNumRequested() == 100));
        publish(1);

        await().until(() -> events(subscription).size() == 1);
        assertThat(last(subscription).getPendingNumRequested()).isEqualTo(99);
    }

    @Test
    void latestStartsAfterTheNewestEventAndCustomAfterTheGivenOne() {
        List<Long> ids = publish(3);
        var latest = client.subscribe(TOPIC, ReplayPreset.LATEST, null, 10);
        var custom = client.subscribe(TOPIC, ReplayPreset.CUSTOM, ReplayIds.of(ids.get(0)), 10);
        await().until(() -> events(custom).size() == 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> !latest.responses().messages().isEmpty());
        publish(1);

        await().until(() -> events(latest).size() == 1 && events(custom).size() == 3);
        assertThat(events(custom).subList(0, 2)).containsExactly(ReplayIds.of(ids.get(1)), ReplayIds.of(ids.get(2)));
        assertThat(events(latest).get(0)).isEqualTo(events(custom).get(2));
    }

    @Test
    void aKeepaliveCarriesTheLatestReplayIdWhenNothingCanBeSent() {
        List<Long> ids = publish(1);
        var subscription = client.subscribe(TOPIC, ReplayPreset.LATEST, null, 5);

        await().atMost(Duration.ofSeconds(10)).until(() -> !subscription.responses().messages().isEmpty());
        FetchResponse keepalive = subscription.responses().messages().get(0);
        assertThat(keepalive.getEventsCount()).isZero();
        assertThat(keepalive.getLatestReplayId()).isEqualTo(ReplayIds.of(ids.get(0)));
        assertThat(keepalive.getPendingNumRequested()).isEqualTo(5);
        assertThat(keepalive.getRpcId()).hasSize(36);
    }

    @Test
    void theKeepalivesLatestReplayIdIsAValidCustomPosition() {
        var empty = client.subscribe(TOPIC, ReplayPreset.LATEST, null, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> !empty.responses().messages().isEmpty());
        ByteString position = empty.responses().messages().get(0).getLatestReplayId();

        publish(1);
        var resumed = client.subscribe(TOPIC, ReplayPreset.CUSTOM, position, 1);

        await().until(() -> events(resumed).size() == 1);
        assertThat(resumed.responses().error()).isNull();
    }

    @Test
    void aStreamOwedNothingIsClosedWhenNoRequestComesWithinTheWindow() {
        publish(1);
        var subscription = client.subscribe(TOPIC, ReplayPreset.EARLIEST, null, 1);

        await().until(() -> events(subscription).size() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> subscription.responses().completed());
    }

    @Test
    void aRequestForNothingFailsTheStream() {
        var subscription = client.subscribe(TOPIC, ReplayPreset.LATEST, null, 0);

        await().until(() -> subscription.responses().ended());
        assertSalesforceError(subscription.responses().error(), Status.Code.INVALID_ARGUMENT,
                "subscription.fetch.requested.events.invalid");
    }

    @Test
    void anotherTopicWithinTheStreamFailsIt() {
        var subscription = client.subscribe(TOPIC, ReplayPreset.LATEST, null, 1);
        subscription.requests().onNext(FetchRequest.newBuilder().setTopicName("/event/Other__e").setNumRequested(1)
                .build());

        await().until(() -> subscription.responses().ended());
        assertSalesforceError(subscription.responses().error(), Status.Code.INVALID_ARGUMENT,
                "subscription.fetch.topic.mismatch");
    }

    @Test
    void aReplayIdThatIsNotEightBytesIsCorrupted() {
        var subscription = client.subscribe(TOPIC, ReplayPreset.CUSTOM, ByteString.copyFromUtf8("12345"), 1);

        await().until(() -> subscription.responses().ended());
        assertSalesforceError(subscription.responses().error(), Status.Code.INVALID_ARGUMENT,
                "subscription.fetch.replayid.corrupted");
    }

    @Test
    void aReplayIdNoLongerRetainedIsRefused() {
        List<Long> ids = publish(2);
        emulator().advanceClock(Duration.ofHours(73));

        var subscription = client.subscribe(TOPIC, ReplayPreset.CUSTOM, ReplayIds.of(ids.get(0)), 1);

        await().until(() -> subscription.responses().ended());
        assertSalesforceError(subscription.responses().error(), Status.Code.INVALID_ARGUMENT,
                "subscription.fetch.replayid.validation.failed");
    }

    @Test
    void anUnknownTopicFailsTheStream() {
        var subscription = client.subscribe("/topic/AccountUpdates", ReplayPreset.LATEST, null, 1);

        await().until(() -> subscription.responses().ended());
        assertSalesforceError(subscription.responses().error(), Status.Code.NOT_FOUND, "topic.not.found");
    }

    private List<Long> publish(int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> emulator().streaming().publish(TOPIC,
                        Map.of("payload", Map.of("Seq__c", i))))
                .toList();
    }

    private static List<ByteString> events(PubsubWireClient.Subscription subscription) {
        return subscription.responses().messages().stream().flatMap(r -> r.getEventsList().stream())
                .map(e -> e.getReplayId()).toList();
    }

    private static FetchResponse last(PubsubWireClient.Subscription subscription) {
        List<FetchResponse> responses = subscription.responses().messages().stream()
                .filter(r -> r.getEventsCount() > 0).toList();
        return responses.get(responses.size() - 1);
    }
}
