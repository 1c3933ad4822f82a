package dev.sfstream.emulator.internal.pubsub;

import static dev.sfstream.emulator.internal.pubsub.PubsubAssertions.assertSalesforceError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.ByteString;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.ManagedSubscription;
import dev.sfstream.pubsub.api.CommitReplayResponse;
import dev.sfstream.pubsub.api.ErrorCode;
import io.grpc.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PubsubManagedSubscribeWireTest extends PubsubWireTestBase {
    private static final String TOPIC = "/event/Ping__e";
    private static final String ALL = "Ping_All";
    private static final String NEW = "Ping_New";

    @Override
    protected void configure(Emulator.Builder builder) {
        builder.managedSubscription(ManagedSubscription.of(ALL, TOPIC)
                        .withDefaultReplay(ManagedSubscription.Start.EARLIEST)
                        .withErrorRecoveryReplay(ManagedSubscription.Start.EARLIEST))
                .managedSubscription(ManagedSubscription.of(NEW, TOPIC));
    }

    @Test
    void aRestartedStreamStartsAfterTheReplayIdCommittedOnTheServer() throws InterruptedException {
        List<Long> ids = publish(3);
        var first = client.managedSubscribe("", ALL, 10);
        await().until(() -> first.events().size() == 3);

        first.commit("commit-1", ReplayIds.of(ids.get(1)));
        await().until(() -> first.commits().size() == 1);
        CommitReplayResponse commit = first.commits().get(0);
        assertThat(commit.getCommitRequestId()).isEqualTo("commit-1");
        assertThat(commit.getReplayId()).isEqualTo(ReplayIds.of(ids.get(1)));
        assertThat(commit.hasError()).isFalse();
        assertThat(commit.getProcessTime()).isPositive();
        assertThat(emulator().committedReplayId(ALL)).hasValue(ids.get(1));
        first.requests().onCompleted();
        await().until(() -> first.responses().ended());

        String id = subscriptionId(ALL);
        assertThat(id).startsWith("18x").hasSize(18);
        var again = client.managedSubscribe(id, "", 10);
        await().until(() -> again.events().size() == 1);
        assertThat(again.events()).containsExactly(ReplayIds.of(ids.get(2)));
    }

    @Test
    void withoutACommitTheDefaultReplayDecidesAndLatestSkipsOlderEvents() {
        publish(2);
        var latest = client.managedSubscribe("", NEW, 10);
        await().atMost(Duration.ofSeconds(10)).until(() -> !latest.responses().messages().isEmpty());
        List<Long> fresh = publish(1);

        await().until(() -> latest.events().size() == 1);
        assertThat(latest.events()).containsExactly(ReplayIds.of(fresh.get(0)));
        assertThat(latest.responses().messages().get(0).getRpcId()).hasSize(36);
    }

    @Test
    void aCommittedIdNoLongerRetainedResumesAtTheErrorRecoveryReplay() {
        List<Long> old = publish(2);
        var first = client.managedSubscribe("", ALL, 10);
        await().until(() -> first.events().size() == 2);
        first.commit("c", ReplayIds.of(old.get(0)));
        await().until(() -> first.commits().size() == 1);
        first.requests().onCompleted();
        await().until(() -> first.responses().ended());
        emulator().advanceClock(Duration.ofHours(73));
        List<Long> later = publish(2);

        var again = client.managedSubscribe("", ALL, 10);
        await().until(() -> again.events().size() == 2);
        assertThat(again.events()).containsExactly(ReplayIds.of(later.get(0)), ReplayIds.of(later.get(1)));
    }

    @Test
    void aCommitTheServerCannotKeepAnswersWithACommitError() {
        publish(1);
        var stream = client.managedSubscribe("", ALL, 10);
        await().until(() -> stream.events().size() == 1);

        stream.commit("short", ByteString.copyFromUtf8("abc"));
        stream.commit("future", ReplayIds.of(1_000_000));
        await().until(() -> stream.commits().size() == 2);

        assertThat(stream.commits()).allSatisfy(c -> assertThat(c.getError().getCode()).isEqualTo(ErrorCode.COMMIT));
        assertThat(stream.commits()).extracting(CommitReplayResponse::getCommitRequestId)
                .containsExactly("short", "future");
        assertThat(emulator().committedReplayId(ALL)).isEmpty();
        assertThat(stream.responses().ended()).isFalse();
    }

    @Test
    void aSubscriptionServesOneStreamAtATime() {
        var first = client.managedSubscribe("", ALL, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> !first.responses().messages().isEmpty());

        var second = client.managedSubscribe("", ALL, 1);

        await().until(() -> second.responses().ended());
        assertSalesforceError(second.responses().error(), Status.Code.FAILED_PRECONDITION,
                "managed.subscription.concurrent.access");
        assertThat(first.responses().ended()).isFalse();
    }

    @Test
    void unnamedUnknownAndStoppedSubscriptionsAreRefused() {
        assertRefused(client.managedSubscribe("", "", 1), Status.Code.INVALID_ARGUMENT,
                "managed.subscription.validation.empty");
        assertRefused(client.managedSubscribe("", "Nope", 1), Status.Code.NOT_FOUND, "managed.subscription.not.found");
        assertRefused(client.managedSubscribe("18xRm0000000000AAA", "", 1), Status.Code.NOT_FOUND,
                "managed.subscription.not.found");
        emulator().declareManagedSubscription(ManagedSubscription.of(NEW, TOPIC)
                .withState(ManagedSubscription.State.STOP));
        assertRefused(client.managedSubscribe("", NEW, 1), Status.Code.FAILED_PRECONDITION,
                "managed.subscription.state.stopped");
    }

    @Test
    void stoppingASubscriptionThroughTheControlApiEndsItsStream() {
        var stream = client.managedSubscribe("", NEW, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> !stream.responses().messages().isEmpty());

        String answer = rest.post("/__emulator__/pubsub/managed-subscriptions", "{\"developerName\": \"" + NEW
                + "\", \"topicName\": \"" + TOPIC + "\", \"state\": \"STOP\"}").body();

        assertThat(answer).contains("\"state\":\"STOP\"").contains("\"id\":\"18x");
        await().until(() -> stream.responses().ended());
        assertSalesforceError(stream.responses().error(), Status.Code.FAILED_PRECONDITION,
                "managed.subscription.state.stopped");
    }

    @Test
    void theControlApiDeclaresAndListsSubscriptions() {
        String created = rest.post("/__emulator__/pubsub/managed-subscriptions", "{\"developerName\": \"Orders\","
                + " \"topicName\": \"/data/AccountChangeEvent\", \"defaultReplay\": \"earliest\"}").body();
        String bad = rest.post("/__emulator__/pubsub/managed-subscriptions", "{\"developerName\": \"Bad__Name\","
                + " \"topicName\": \"/event/X__e\"}").body();

        assertThat(created).contains("\"developerName\":\"Orders\"");
        assertThat(bad).contains("developerName 'Bad__Name'");
        String list = rest.get("/__emulator__/pubsub/managed-subscriptions").body();
        assertThat(list).contains("\"developerName\":\"Orders\"", "\"defaultReplay\":\"EARLIEST\"",
                "\"developerName\":\"" + ALL + "\"", "\"committedReplayId\":null");
    }

    @Test
    void aRequestForNothingWithoutACommitOrForAnotherSubscriptionFailsTheStream() {
        var nothing = client.managedSubscribe("", ALL, 1);
        nothing.request(0);
        await().until(() -> nothing.responses().ended());
        assertSalesforceError(nothing.responses().error(), Status.Code.INVALID_ARGUMENT,
                "subscription.fetch.requested.events.invalid");

        var other = client.managedSubscribe("", ALL, 1);
        other.requests().onNext(dev.sfstream.pubsub.api.ManagedFetchRequest.newBuilder().setDeveloperName(NEW)
                .setNumRequested(1).build());
        await().until(() -> other.responses().ended());
        assertSalesforceError(other.responses().error(), Status.Code.INVALID_ARGUMENT, "managed.subscription.mismatch");
    }

    private void assertRefused(PubsubWireClient.Managed stream, Status.Code code, String errorCode) {
        await().until(() -> stream.responses().ended());
        assertSalesforceError(stream.responses().error(), code, errorCode);
    }

    private String subscriptionId(String developerName) {
        String list = rest.get("/__emulator__/pubsub/managed-subscriptions").body();
        int at = list.indexOf("\"developerName\":\"" + developerName + "\"");
        int id = list.lastIndexOf("\"id\":\"", at);
        return list.substring(id + 6, id + 24);
    }

    private List<Long> publish(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> emulator().streaming().publish(TOPIC, Map.of("payload", Map.of("Seq__c", i))))
                .toList();
    }
}
