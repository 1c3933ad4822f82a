package dev.sfstream.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.sfstream.annotation.HandleNotification;
import dev.sfstream.annotation.HandleSObjectNotification;
import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.delivery.DeadLetter;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.notification.Notification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ServiceContainer.Builder#instances} and {@link ServiceContainer.Builder#placeholders}, as a DI container uses them. */
class InstancesAndPlaceholdersTest {
    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();
    private final Calls calls = new Calls();

    @ServiceName("made-by-factory")
    public static class ConstructedService {
        private final String greeting;
        @Dependency
        Calls calls;

        public ConstructedService(String greeting) {
            this.greeting = greeting;
        }

        @Subscribe("/event/${event}__e")
        public void onEvent(String channel, Notification notification) {
            calls.record("onEvent", greeting, channel, this);
        }

        @HandleNotification(name = "${topic}", query = "SELECT Id FROM ${object}")
        public void onTopic(String name, Notification notification) {
            calls.record("onTopic", greeting, name, this);
        }

        @HandleSObjectNotification(sobjectType = "${object}", recordType = "${recordType}")
        public void onRecord(String sobjectType, String recordType, Notification notification) {
            calls.record("onRecord", greeting, sobjectType + "/" + recordType, this);
        }
    }

    private static final Map<String, String> VALUES = Map.of("event", "Order", "topic", "ContactUpdates",
            "object", "Contact", "recordType", "Student");

    private static String resolve(String text) {
        String resolved = text;
        for (Map.Entry<String, String> value : VALUES.entrySet()) {
            resolved = resolved.replace("${" + value.getKey() + "}", value.getValue());
        }
        if (resolved.contains("${")) {
            throw new IllegalArgumentException("no value for " + resolved);
        }
        return resolved;
    }

    @Test
    void eachWorkerGetsAnInstanceFromTheFactoryAndAnnotationTextsAreResolved() {
        Emulator emulator = emulators.emulator();
        AtomicInteger made = new AtomicInteger();
        ServiceContainer container = EmulatorServices.container(ConstructedService.class, emulator, Map.of(), calls)
                .instances(() -> {
                    made.incrementAndGet();
                    return new ConstructedService("hello");
                })
                .placeholders(InstancesAndPlaceholdersTest::resolve)
                .build();
        container.start();
        try {
            assertThat(emulator.records("PushTopic")).anySatisfy(topic -> assertThat(topic)
                    .containsEntry("Name", "ContactUpdates").containsEntry("Query", "SELECT Id FROM Contact"))
                    .anySatisfy(topic -> assertThat(topic).containsEntry("Name", "ContactStudent"));
            emulator.streaming().publish("/event/Order__e", Map.of("payload", Map.of("Amount__c", 1)));
            emulator.streaming().publish("/topic/ContactUpdates", Map.of("event", Map.of("type", "created"),
                    "sobject", Map.of("Id", "003xx0000000001AAA")));
            emulator.streaming().publish("/topic/ContactStudent", Map.of("event", Map.of("type", "created"),
                    "sobject", Map.of("Id", "003xx0000000002AAA")));
            await().atMost(Duration.ofSeconds(10)).until(() -> calls.all().size() == 3);
            assertThat(calls.of("onEvent").get(0).arguments()).startsWith("hello", "/event/Order__e");
            assertThat(calls.of("onTopic").get(0).arguments()).startsWith("hello", "ContactUpdates");
            assertThat(calls.of("onRecord").get(0).arguments()).startsWith("hello", "Contact/Student");
            Set<Object> instances = ConcurrentHashMap.newKeySet();
            calls.all().forEach(call -> instances.add(call.arguments().get(call.arguments().size() - 1)));
            assertThat(instances).as("one instance per worker").hasSize(3);
            assertThat(made).hasValue(3);
        } finally {
            container.stop();
        }
    }

    @Test
    void withoutAFactoryTheClassNeedsAConstructorWithoutArguments() {
        assertThatThrownBy(() -> ServiceContainer.builder(ConstructedService.class)
                .placeholders(InstancesAndPlaceholdersTest::resolve).build())
                .isInstanceOf(InvalidServiceException.class)
                .hasMessageContaining("has no constructor without arguments");
    }

    @Test
    void anUnresolvablePlaceholderNamesTheMethodAndTheText() {
        UnaryOperator<String> none = text -> {
            if (text.contains("${")) {
                throw new IllegalArgumentException("Could not resolve placeholder in \"" + text + "\"");
            }
            return text;
        };
        assertThatThrownBy(() -> ServiceContainer.builder(ConstructedService.class)
                .instances(() -> new ConstructedService("x")).placeholders(none).build())
                .isInstanceOf(InvalidServiceException.class)
                .hasMessageContaining("onEvent")
                .hasMessageContaining("cannot resolve '/event/${event}__e'");
    }

    @Test
    void aFactoryThatMakesSomethingElseFailsTheWorkerNamingTheService() {
        Emulator emulator = emulators.emulator();
        List<DeadLetter> letters = new CopyOnWriteArrayList<>();
        ServiceContainer container = EmulatorServices.container(ConstructedService.class, emulator,
                        Map.of("HANDLER_RETRIES", 0), calls)
                .instances(() -> "not a service").placeholders(InstancesAndPlaceholdersTest::resolve)
                .deadLetterSink(letters::add)
                .build();
        container.start();
        try {
            emulator.streaming().publish("/event/Order__e", Map.of("payload", Map.of("Amount__c", 1)));
            await().atMost(Duration.ofSeconds(10)).until(() -> letters.size() == 1);
            assertThat(letters.get(0).failure()).contains("the instance factory of service made-by-factory made a "
                    + "java.lang.String, not a " + ConstructedService.class.getName());
            assertThat(calls.all()).isEmpty();
        } finally {
            container.stop();
        }
    }
}
