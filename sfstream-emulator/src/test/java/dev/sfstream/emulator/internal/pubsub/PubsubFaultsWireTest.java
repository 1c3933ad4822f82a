package dev.sfstream.emulator.internal.pubsub;

import static dev.sfstream.emulator.internal.pubsub.PubsubAssertions.assertSalesforceError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.sfstream.pubsub.api.TopicRequest;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PubsubFaultsWireTest extends PubsubWireTestBase {
    private static final String TOPIC = "/event/Ping__e";

    @Test
    void theNextCallsFailWithUnavailable() {
        control("/__emulator__/pubsub/faults", "{\"unavailableCalls\": 2}");
        TopicRequest request = TopicRequest.newBuilder().setTopicName(TOPIC).build();

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> client.blocking().getTopic(request))
                    .satisfies(e -> assertSalesforceError(e, Status.Code.UNAVAILABLE, "service.unavailable"));
        }
        assertThat(client.blocking().getTopic(request).getCanSubscribe()).isTrue();
    }

    @Test
    void openStreamsCanBeClosedWithAnyStatus() {
        var subscription = openedSubscription(TOPIC);

        String closed = control("/__emulator__/pubsub/streams/close", "{\"status\": \"INTERNAL\","
                + " \"errorCode\": \"subscription.internal.error\", \"message\": \"The service is unavailable.\"}");

        assertThat(closed).contains("\"closed\":1");
        await().until(() -> subscription.responses().ended());
        assertSalesforceError(subscription.responses().error(), Status.Code.INTERNAL, "subscription.internal.error");
    }

    @Test
    void aStalledStreamSendsNothingUntilTheStallEnds() {
        var subscription = openedSubscription(TOPIC);
        control("/__emulator__/pubsub/faults", "{\"stall\": true}");
        int before = subscription.responses().messages().size();
        publish();

        long keepalive = emulator().pubSubTimers().keepalive().toMillis();
        await().during(Duration.ofMillis(keepalive * 2)).atMost(Duration.ofMillis(keepalive * 4))
                .until(() -> subscription.responses().messages().size() == before);
        rest.send("DELETE", "/__emulator__/pubsub/faults", null);

        await().until(() -> subscription.responses().messages().stream().anyMatch(r -> r.getEventsCount() == 1));
    }

    @Test
    void aKeepaliveNeverNamesAnEventTheStreamStillOwes() {
        var subscription = openedSubscription(TOPIC);
        long keepalive = emulator().pubSubTimers().keepalive().toMillis();
        control("/__emulator__/pubsub/faults", "{\"delayMillis\": " + keepalive * 3 + "}");
        int before = subscription.responses().messages().size();
        publish();

        await().atMost(Duration.ofMillis(keepalive * 20)).until(() -> subscription.responses().messages().stream()
                .anyMatch(response -> response.getEventsCount() == 1));
        var responses = subscription.responses().messages();
        var event = responses.stream().filter(response -> response.getEventsCount() == 1).findFirst().orElseThrow();
        responses.subList(before, responses.indexOf(event)).forEach(earlier -> assertThat(earlier.getLatestReplayId())
                .as("a keepalive sent while the event was owed").isNotEqualTo(event.getEvents(0).getReplayId()));
    }

    @Test
    void aKeepaliveAheadNamesTheNewestIdWhileEventsAreOwedAndAvailable() {
        var subscription = openedSubscription(TOPIC);
        control("/__emulator__/pubsub/faults", "{\"stall\": true}");
        int before = subscription.responses().messages().size();
        long newest = emulator().streaming().publish(TOPIC, Map.of("payload", Map.of("Seq__c", 1)));

        assertThat(control("/__emulator__/pubsub/streams/keepalive-ahead", "{\"count\": 2}")).contains("\"streams\":1");

        await().until(() -> subscription.responses().messages().size() == before + 2);
        subscription.responses().messages().subList(before, before + 2).forEach(keepalive -> {
            assertThat(keepalive.getEventsCount()).isZero();
            assertThat(ReplayIds.parse(keepalive.getLatestReplayId())).hasValue(newest);
        });
        rest.send("DELETE", "/__emulator__/pubsub/faults", null);
        await().until(() -> subscription.responses().messages().stream().anyMatch(r -> r.getEventsCount() == 1));
    }

    @Test
    void aKeepaliveAheadCountOutOfRangeIsRefused() {
        assertThat(rest.post("/__emulator__/pubsub/streams/keepalive-ahead", "{\"count\": 0}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void responsesCanBeDelayed() {
        var subscription = openedSubscription(TOPIC);
        control("/__emulator__/pubsub/faults", "{\"delayMillis\": 1500}");

        publish();

        await().atLeast(Duration.ofMillis(1000)).atMost(Duration.ofSeconds(10))
                .until(() -> subscription.responses().messages().stream().anyMatch(r -> r.getEventsCount() == 1));
    }

    private void publish() {
        emulator().streaming().publish(TOPIC, Map.of("payload", Map.of("Seq__c", 1)));
    }

    private String control(String path, String body) {
        return rest.post(path, body).body();
    }
}
