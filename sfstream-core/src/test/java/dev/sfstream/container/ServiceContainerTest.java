package dev.sfstream.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sfstream.annotation.HandleNotification;
import dev.sfstream.annotation.HandleSObjectNotification;
import dev.sfstream.annotation.NotifyForFields;
import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.RecordedRequest;
import dev.sfstream.notification.Notification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ServiceContainerTest {
    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();
    private final Calls calls = new Calls();
    private static final ObjectMapper JSON = new ObjectMapper();

    @ServiceName("notifications")
    public static class NotificationService {
        @Dependency
        Calls calls;

        @HandleNotification(name = "AccountUpdates")
        @HandleNotification(name = "ContactUpdates", query = "SELECT Id, FirstName FROM Contact",
                notifyForFields = NotifyForFields.REFERENCED, notifyForOperationCreate = false,
                notifyForOperationUpdate = true, notifyForOperationDelete = false,
                notifyForOperationUndelete = false)
        public void named(String name, Notification notification) {
            calls.record("named", name, notification);
        }

        @Subscribe("/topic/ContactUpdates")
        public void subscribed(String channel, Notification notification) {
            calls.record("subscribed", channel, notification);
        }
    }

    @Test
    void declaresSubscribesOnceAndFansOutWithTheOriginalArguments() throws Exception {
        Emulator emulator = emulators.emulator();
        emulator.createRecord("PushTopic", Map.of("Name", "AccountUpdates", "Query", "SELECT Id FROM Account",
                "ApiVersion", 37.0));
        ServiceContainer container = EmulatorServices.container(NotificationService.class, emulator, Map.of(), calls)
                .build();
        container.start();
        try {
            assertThat(container.state()).isEqualTo(ContainerState.RUNNING);
            Map<String, Object> body = pushTopicPosts(emulator).get(0);
            assertThat(body).containsEntry("Name", "ContactUpdates")
                    .containsEntry("Query", "SELECT Id, FirstName FROM Contact")
                    .containsEntry("NotifyForFields", "Referenced").containsEntry("ApiVersion", "37.0")
                    .containsEntry("NotifyForOperationCreate", false).containsEntry("NotifyForOperationUpdate", true)
                    .containsEntry("NotifyForOperationDelete", false)
                    .containsEntry("NotifyForOperationUndelete", false);
            assertThat(pushTopicPosts(emulator)).hasSize(1);
            assertThat(subscriptions(emulator, "/topic/ContactUpdates")).isEqualTo(1);
            assertThat(subscriptions(emulator, "/topic/AccountUpdates")).isEqualTo(1);
            assertThat(emulator.requests().stream().filter(request -> request.path().contains("/cometd/")
                    && request.body().contains("/meta/handshake")).count()).as("one session for both kinds")
                    .isEqualTo(1);

            emulator.streaming().publish("/topic/AccountUpdates", Map.of("event", Map.of("type", "created"),
                    "sobject", Map.of("Id", "001xx0000000001AAA")));
            emulator.streaming().publish("/topic/ContactUpdates", Map.of("event", Map.of("type", "updated"),
                    "sobject", Map.of("Id", "003xx0000000001AAA")));
            await().atMost(Duration.ofSeconds(10)).until(() -> calls.all().size() == 3);
            assertThat(calls.of("named")).extracting(call -> call.arguments().get(0))
                    .containsExactlyInAnyOrder("AccountUpdates", "ContactUpdates");
            Calls.Call subscribed = calls.of("subscribed").get(0);
            assertThat(subscribed.arguments().get(0)).isEqualTo("/topic/ContactUpdates");
            Notification notification = (Notification) subscribed.arguments().get(1);
            assertThat(notification.eventType()).isEqualTo("updated");
            assertThat(notification.replayId()).isPresent();
            assertThat(notification.sobject()).containsEntry("Id", "003xx0000000001AAA");
        } finally {
            container.stop();
        }
        assertThat(container.state()).isEqualTo(ContainerState.STOPPED);
    }

    @ServiceName("sobjects")
    public static class SObjectService {
        @Dependency
        Calls calls;

        @HandleSObjectNotification(value = "Contact", declare = false)
        @HandleSObjectNotification(sobjectType = "Contact", recordType = "Student", excludeCurrentUser = false,
                notifyForFields = NotifyForFields.REFERENCED, notifyForOperationCreate = false,
                notifyForOperationUpdate = true, notifyForOperationDelete = false,
                notifyForOperationUndelete = false)
        public void handle(String sobjectType, String recordType, Notification notification) {
            calls.record("handle", sobjectType, recordType, notification);
        }
    }

    @Test
    void sobjectEntrypointsDeclareOnlyWhenAskedAndPassTypeAndRecordType() {
        Emulator emulator = emulators.emulator();
        emulator.createRecord("PushTopic", Map.of("Name", "Contact",
                "Query", "SELECT Id, Name, LastModifiedById, LastModifiedDate FROM Contact", "ApiVersion", 37.0));
        ServiceContainer container = EmulatorServices.container(SObjectService.class, emulator, Map.of(), calls)
                .build();
        container.start();
        try {
            List<Map<String, Object>> posts = pushTopicPosts(emulator);
            assertThat(posts).hasSize(1);
            assertThat(posts.get(0)).containsEntry("Name", "ContactStudent")
                    .containsEntry("NotifyForFields", "Referenced").containsEntry("NotifyForOperationCreate", false)
                    .containsEntry("NotifyForOperationUpdate", true);
            assertThat((String) posts.get(0).get("Query"))
                    .startsWith("SELECT Id, Name, LastModifiedById, LastModifiedDate FROM Contact WHERE RecordTypeId = '")
                    .doesNotContain("LastModifiedById !=");

            emulator.streaming().publish("/topic/ContactStudent", Map.of("event", Map.of("type", "updated")));
            await().atMost(Duration.ofSeconds(10)).until(() -> calls.all().size() == 1);
            emulator.streaming().publish("/topic/Contact", Map.of("event", Map.of("type", "created")));
            await().atMost(Duration.ofSeconds(10)).until(() -> calls.all().size() == 2);
            assertThat(calls.all()).extracting(call -> call.arguments().subList(0, 2))
                    .containsExactly(List.of("Contact", "Student"), java.util.Arrays.asList("Contact", null));
        } finally {
            container.stop();
        }
    }

    @ServiceName("fragile")
    public static class FragileService {
        @Dependency
        Calls calls;

        @HandleNotification(name = "Fragile", query = "SELECT Id FROM Account")
        public void handle(Notification notification) {
            calls.record("handle", notification);
            if ("poison".equals(notification.sobject().get("Name"))) {
                throw new IllegalStateException("cannot handle poison");
            }
        }
    }

    @Test
    void aHandlerExceptionDoesNotStopTheService() {
        Emulator emulator = emulators.emulator();
        ServiceContainer container = EmulatorServices.container(FragileService.class, emulator,
                Map.of("HANDLER_RETRIES", 2), calls).build();
        container.start();
        try {
            emulator.streaming().publish("/topic/Fragile", Map.of("event", Map.of("type", "created"),
                    "sobject", Map.of("Id", "001xx0000000001AAA", "Name", "poison")));
            emulator.streaming().publish("/topic/Fragile", Map.of("event", Map.of("type", "created"),
                    "sobject", Map.of("Id", "001xx0000000002AAA", "Name", "fine")));
            await().atMost(Duration.ofSeconds(10)).until(() -> calls.all().stream().anyMatch(call ->
                    "fine".equals(((Notification) call.arguments().get(0)).sobject().get("Name"))));
            await().atMost(Duration.ofSeconds(10)).until(() -> calls.all().stream().filter(call ->
                    "poison".equals(((Notification) call.arguments().get(0)).sobject().get("Name"))).count() == 3);
            assertThat(container.state()).isEqualTo(ContainerState.RUNNING);
        } finally {
            container.stop();
        }
    }

    @Test
    void aRefusedLoginFailsTheStartAndNamesTheStep() {
        ServiceContainer container = EmulatorServices.container(FragileService.class, emulators.emulator(),
                Map.of("PASSWORD", "wrong-password"), calls).build();
        assertThatThrownBy(container::start)
                .isInstanceOf(ServiceStartException.class)
                .hasMessageStartingWith("Service fragile failed to start while logging in to Salesforce (AUTH soap)")
                .hasMessageNotContaining("wrong-password");
        assertThat(container.state()).isEqualTo(ContainerState.FAILED);
        assertThat(pushTopicPosts(emulators.emulator())).isEmpty();
    }

    @Test
    void aMissingSalesforceSectionFailsWithTheOriginalMessage() {
        ServiceContainer container = ServiceContainer.builder(FragileService.class)
                .replaceDependency(Calls.class, calls).build();
        assertThatThrownBy(container::start).isInstanceOf(ServiceStartException.class)
                .hasMessageEndingWith("`SALESFORCE` config key not found");
    }

    @Test
    void theRunnerRunsSeveralServicesEachWithItsOwnSession() {
        Emulator emulator = emulators.emulator();
        emulator.createRecord("PushTopic", Map.of("Name", "Contact",
                "Query", "SELECT Id, Name, LastModifiedById, LastModifiedDate FROM Contact", "ApiVersion", 37.0));
        Calls fragileCalls = new Calls();
        ServiceRunner runner = new ServiceRunner(List.of(
                EmulatorServices.container(SObjectService.class, emulator, Map.of(), calls).build(),
                EmulatorServices.container(FragileService.class, emulator, Map.of(), fragileCalls).build()));
        runner.start();
        try {
            assertThat(runner.containers()).extracting(ServiceContainer::state)
                    .containsOnly(ContainerState.RUNNING);
            assertThat(emulator.requests().stream().filter(request -> request.path().contains("/cometd/")
                    && request.body().contains("/meta/handshake")).count()).isEqualTo(2);
            emulator.streaming().publish("/topic/ContactStudent", Map.of("event", Map.of("type", "updated")));
            emulator.streaming().publish("/topic/Fragile", Map.of("event", Map.of("type", "created"),
                    "sobject", Map.of("Id", "001xx0000000003AAA", "Name", "fine")));
            await().atMost(Duration.ofSeconds(10)).until(() -> calls.all().size() == 1
                    && fragileCalls.all().size() == 1);
        } finally {
            runner.stop(Duration.ofSeconds(10));
        }
        assertThat(runner.containers()).extracting(ServiceContainer::state).containsOnly(ContainerState.STOPPED);
    }

    private static List<Map<String, Object>> pushTopicPosts(Emulator emulator) {
        return emulator.requests().stream()
                .filter(request -> request.method().equals("POST") && request.path().contains("/sobjects/PushTopic"))
                .map(ServiceContainerTest::json).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(RecordedRequest request) {
        try {
            return JSON.readValue(request.body(), Map.class);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + request.body(), e);
        }
    }

    private static long subscriptions(Emulator emulator, String channel) {
        return emulator.requests().stream().filter(request -> request.path().contains("/cometd/"))
                .mapToLong(request -> countOccurrences(request.body(), "\"subscription\":\"" + channel + "\""))
                .sum();
    }

    private static long countOccurrences(String text, String part) {
        long count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
