package dev.sfstream.emulator.internal.pubsub;

import static dev.sfstream.emulator.internal.pubsub.PubsubAssertions.assertSalesforceError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.sfstream.pubsub.api.TopicRequest;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

class PubsubAuthWireTest extends PubsubWireTestBase {
    private static final TopicRequest TOPIC = TopicRequest.newBuilder().setTopicName("/event/Ping__e").build();

    @Test
    void aMissingUnknownOrForeignTokenIsRefused() throws Exception {
        String orgId = emulator().fixture().orgId();
        for (PubsubWireClient refused : new PubsubWireClient[] {new PubsubWireClient(emulator(), null),
                new PubsubWireClient(emulator(), "00Dxx0000001gPL!ARnot-a-token"),
                new PubsubWireClient(emulator(), rest.token(), "00Dxx0000009zzz"),
                new PubsubWireClient(emulator(), rest.token(), null)}) {
            try (refused) {
                assertThatThrownBy(() -> refused.blocking().getTopic(TOPIC))
                        .satisfies(e -> assertSalesforceError(e, Status.Code.UNAUTHENTICATED, "service.auth.error"));
            }
        }
        try (PubsubWireClient shortTenant = new PubsubWireClient(emulator(), rest.token(), orgId.substring(0, 15))) {
            assertThat(shortTenant.blocking().getTopic(TOPIC).getCanSubscribe()).isTrue();
        }
    }

    @Test
    void revokingTokensEndsOpenStreamsAndLaterCalls() {
        var subscription = openedSubscription("/event/Ping__e");

        rest.send("POST", "/__emulator__/tokens/revoke", null);

        await().until(() -> subscription.responses().ended());
        assertSalesforceError(subscription.responses().error(), Status.Code.UNAUTHENTICATED, "service.auth.error");
        assertThatThrownBy(() -> client.blocking().getTopic(TOPIC))
                .satisfies(e -> assertSalesforceError(e, Status.Code.UNAUTHENTICATED, "service.auth.error"));
    }

    @Test
    void droppingSessionsResetsOpenStreamsButNotTheToken() {
        var subscription = openedSubscription("/event/Ping__e");

        rest.send("POST", "/__emulator__/sessions/drop", null);

        await().until(() -> subscription.responses().ended());
        assertSalesforceError(subscription.responses().error(), Status.Code.UNAVAILABLE, "service.unavailable");
        assertThat(client.blocking().getTopic(TOPIC).getCanSubscribe()).isTrue();
    }
}
