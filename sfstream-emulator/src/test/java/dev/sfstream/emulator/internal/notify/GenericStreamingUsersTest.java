package dev.sfstream.emulator.internal.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.BayeuxTestClient;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.OrgFixture;
import dev.sfstream.emulator.WireClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Generic streaming pushes with {@code userIds}: per-user delivery, push results and online users. */
class GenericStreamingUsersTest {
    private static final String INTEGRATION_ID = "005xx000001SwiUAAS";
    private static final String OTHER_ID = "005xx000001SwjAAAS";

    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension();

    private final WireClient integration = new WireClient(EMULATOR.baseUrl()).loginDefault();
    private final WireClient other = new WireClient(EMULATOR.baseUrl())
            .login(OrgFixture.OTHER_USERNAME, OrgFixture.DEFAULT_PASSWORD + OrgFixture.OTHER_SECURITY_TOKEN);

    @Test
    void aPushWithUserIdsReachesOnlyThoseUsersSessions() throws Exception {
        String id = channel("/u/Targeted");
        try (BayeuxTestClient integrationBayeux = subscribed(integration, "/u/Targeted");
             BayeuxTestClient otherBayeux = subscribed(other, "/u/Targeted")) {

            HttpResponse<String> targeted = push(id, "for other", "\"" + OTHER_ID + "\"");
            HttpResponse<String> broadcast = push(id, "for everyone", "");

            assertThat(targeted.statusCode()).isEqualTo(200);
            assertThat(targeted.body()).isEqualTo("[{\"fanoutCount\":1,\"userOnlineStatus\":{\"" + OTHER_ID
                    + "\":true}}]");
            assertThat(broadcast.body()).isEqualTo("[{\"fanoutCount\":-1,\"userOnlineStatus\":{}}]");
            await().atMost(Duration.ofSeconds(10)).until(() -> payloads(otherBayeux, "/u/Targeted").size() == 2
                    && payloads(integrationBayeux, "/u/Targeted").size() == 1);
            assertThat(payloads(otherBayeux, "/u/Targeted")).containsExactly("for other", "for everyone");
            assertThat(payloads(integrationBayeux, "/u/Targeted")).containsExactly("for everyone");
        }
    }

    @Test
    void pushResultsCountTheAddressedUsersWhoAreSubscribed() throws Exception {
        String id = channel("/u/Counted");
        try (BayeuxTestClient integrationBayeux = subscribed(integration, "/u/Counted");
             BayeuxTestClient otherBayeux = subscribed(other, "/u/Counted")) {

            HttpResponse<String> both = push(id, "both", "\"" + INTEGRATION_ID.substring(0, 15) + "\", \""
                    + OTHER_ID + "\"");

            assertThat(both.body()).isEqualTo("[{\"fanoutCount\":2,\"userOnlineStatus\":{\""
                    + INTEGRATION_ID.substring(0, 15) + "\":true,\"" + OTHER_ID + "\":true}}]");
            await().atMost(Duration.ofSeconds(10)).until(() -> payloads(otherBayeux, "/u/Counted").size() == 1
                    && payloads(integrationBayeux, "/u/Counted").size() == 1);
        }
    }

    @Test
    void anAddressedUserWhoIsNotSubscribedIsReportedOffline() throws Exception {
        String id = channel("/u/HalfEmpty");
        try (BayeuxTestClient integrationBayeux = subscribed(integration, "/u/HalfEmpty")) {

            HttpResponse<String> toOther = push(id, "missed", "\"" + OTHER_ID + "\"");
            HttpResponse<String> mixed = push(id, "half", "\"" + OTHER_ID + "\", \"" + INTEGRATION_ID + "\"");

            assertThat(toOther.body()).isEqualTo("[{\"fanoutCount\":0,\"userOnlineStatus\":{\"" + OTHER_ID
                    + "\":false}}]");
            assertThat(mixed.body()).isEqualTo("[{\"fanoutCount\":1,\"userOnlineStatus\":{\"" + OTHER_ID
                    + "\":false,\"" + INTEGRATION_ID + "\":true}}]");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> payloads(integrationBayeux, "/u/HalfEmpty").size() == 1);
            assertThat(payloads(integrationBayeux, "/u/HalfEmpty")).containsExactly("half");
        }
    }

    @Test
    void aBroadcastNobodyIsSubscribedToHasAFanoutOfZero() {
        String id = channel("/u/Nobody");

        HttpResponse<String> pushed = push(id, "into the void", "");

        assertThat(pushed.body()).isEqualTo("[{\"fanoutCount\":0,\"userOnlineStatus\":{}}]");
    }

    @Test
    void getListsTheUsersSubscribedToTheChannel() throws Exception {
        String id = channel("/u/Presence");
        String path = "/services/data/v37.0/sobjects/StreamingChannel/" + id + "/push";

        assertThat(integration.get(path).body()).isEqualTo("{\"OnlineUserIds\":[],\"ChannelName\":\"/u/Presence\"}");
        try (BayeuxTestClient integrationBayeux = subscribed(integration, "/u/Presence");
             BayeuxTestClient otherBayeux = subscribed(other, "/u/Presence")) {

            assertThat(integration.get(path).body()).isEqualTo("{\"OnlineUserIds\":[\"" + INTEGRATION_ID + "\",\""
                    + OTHER_ID + "\"],\"ChannelName\":\"/u/Presence\"}");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> integration.get(path).body()
                .equals("{\"OnlineUserIds\":[],\"ChannelName\":\"/u/Presence\"}"));
    }

    @Test
    void replayKeepsEachEventToTheUsersItWasAddressedTo() throws Exception {
        String id = channel("/u/Replayed");
        push(id, "for other", "\"" + OTHER_ID + "\"");
        push(id, "for integration", "\"" + INTEGRATION_ID + "\"");
        push(id, "for everyone", "");

        try (BayeuxTestClient integrationBayeux = subscribed(integration, "/u/Replayed", -2);
             BayeuxTestClient otherBayeux = subscribed(other, "/u/Replayed", -2)) {
            push(id, "live for other", "\"" + OTHER_ID + "\"");
            push(id, "live for everyone", "");

            await().atMost(Duration.ofSeconds(10)).until(() -> payloads(otherBayeux, "/u/Replayed").size() == 4
                    && payloads(integrationBayeux, "/u/Replayed").size() == 3);
            assertThat(payloads(otherBayeux, "/u/Replayed"))
                    .containsExactly("for other", "for everyone", "live for other", "live for everyone");
            assertThat(payloads(integrationBayeux, "/u/Replayed"))
                    .containsExactly("for integration", "for everyone", "live for everyone");
        }
    }

    @Test
    void userIdsThatAreNotAnArrayOfStringsAreRefused() {
        String id = channel("/u/Refused");

        HttpResponse<String> pushed = integration.post("/services/data/v37.0/sobjects/StreamingChannel/" + id
                + "/push", "{\"pushEvents\": [{\"payload\": \"x\", \"userIds\": \"" + OTHER_ID + "\"}]}");

        assertThat(pushed.statusCode()).isEqualTo(400);
        assertThat(pushed.body()).contains("\"errorCode\":\"JSON_PARSER_ERROR\"", "'userIds' must be an array");
    }

    private String channel(String name) {
        HttpResponse<String> created = integration.post("/services/data/v37.0/sobjects/StreamingChannel/",
                "{\"Name\": \"" + name + "\"}");
        return (String) integration.object(created.body()).get("id");
    }

    private HttpResponse<String> push(String channelId, String payload, String userIds) {
        return integration.post("/services/data/v37.0/sobjects/StreamingChannel/" + channelId + "/push",
                "{\"pushEvents\": [{\"payload\": \"" + payload + "\", \"userIds\": [" + userIds + "]}]}");
    }

    private static BayeuxTestClient subscribed(WireClient user, String channel) throws Exception {
        return subscribed(user, channel, -1);
    }

    private static BayeuxTestClient subscribed(WireClient user, String channel, long replayId) throws Exception {
        BayeuxTestClient bayeux = new BayeuxTestClient(EMULATOR.baseUrl(), user.token()).handshake();
        if (!bayeux.subscribe(channel, replayId).isSuccessful()) {
            bayeux.close();
            throw new IllegalStateException("could not subscribe to " + channel);
        }
        return bayeux;
    }

    private static List<Object> payloads(BayeuxTestClient bayeux, String channel) {
        return bayeux.events(channel).stream().map(data -> data.get("payload")).toList();
    }
}
