package dev.sfstream.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfstream.annotation.HandleNotification;
import dev.sfstream.annotation.HandleSObjectNotification;
import dev.sfstream.annotation.NotifyForFields;
import dev.sfstream.pushtopic.NotifyFor;
import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.container.Dependency;
import dev.sfstream.container.InvalidServiceException;
import dev.sfstream.container.internal.HandlerScanner;
import dev.sfstream.notification.Notification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scanning Salesforce entrypoints: argument tuples, channels, PushTopic declarations and the mistakes named. */
class StreamingEntrypointsTest {
    private final HandlerScanner scanner = StreamingScan.scanner(StreamingScan.extension());
    private static final Notification NOTIFICATION = new Notification("/topic/X", Map.of());

    @ServiceName("tuples")
    static class Tuples {
        @Subscribe("/topic/InvoiceStatementUpdates")
        public void subscribed(String channel, Notification notification) {
        }

        @HandleNotification(name = "ContactUpdates", query = "SELECT Id FROM Contact")
        public void named(String name, Notification notification) {
        }

        @HandleSObjectNotification("Contact")
        public void sobject(String sobjectType, String recordType, Notification notification) {
        }

        @HandleSObjectNotification(sobjectType = "Contact", recordType = "Student")
        public void student(String sobjectType, String recordType, Notification notification) {
        }

        @Subscribe("/event/Order__e")
        public void onlyNotification(Notification notification) {
        }
    }

    @Test
    void argumentTuplesAreTheOriginals() {
        StreamingModel model = StreamingScan.scan(Tuples.class);
        assertThat(model.name()).isEqualTo("tuples");
        assertThat(arguments(model, "subscribed")).containsExactly("/topic/InvoiceStatementUpdates", NOTIFICATION);
        assertThat(arguments(model, "named")).containsExactly("ContactUpdates", NOTIFICATION);
        assertThat(arguments(model, "sobject")).containsExactly("Contact", null, NOTIFICATION);
        assertThat(arguments(model, "student")).containsExactly("Contact", "Student", NOTIFICATION);
        assertThat(arguments(model, "onlyNotification")).containsExactly(NOTIFICATION);
    }

    @Test
    void channelNamesAreTheOriginals() {
        StreamingModel model = StreamingScan.scan(Tuples.class);
        assertThat(model.channels()).containsExactly("/event/Order__e", "/topic/Contact", "/topic/ContactStudent",
                "/topic/ContactUpdates", "/topic/InvoiceStatementUpdates");
    }

    @ServiceName("stacked")
    static class Stacked {
        @Subscribe("/topic/a")
        @Subscribe("/topic/c")
        public void handleAAndC(String channel, Notification notification) {
        }

        @Subscribe("/topic/a")
        @Subscribe("/topic/b")
        public void handleAAndB(String channel, Notification notification) {
        }
    }

    @Test
    void stackedEntrypointsShareChannelsAndFanOut() {
        StreamingModel model = StreamingScan.scan(Stacked.class);
        assertThat(model.streaming()).hasSize(4);
        assertThat(model.channels()).containsExactly("/topic/a", "/topic/b", "/topic/c");
        assertThat(model.entrypointsOn("/topic/a")).extracting(entrypoint -> entrypoint.method().name())
                .containsExactlyInAnyOrder("handleAAndC", "handleAAndB");
        assertThat(model.entrypointsOn("/topic/c")).extracting(entrypoint -> entrypoint.method().name())
                .containsExactly("handleAAndC");
    }

    @ServiceName("declarations")
    static class Declarations {
        @HandleNotification(name = "AccountUpdates")
        @HandleNotification(name = "ContactUpdates", query = "SELECT Id FROM Contact",
                notifyForFields = NotifyForFields.REFERENCED, notifyForOperationCreate = false,
                notifyForOperationDelete = false, notifyForOperationUndelete = false)
        public void generic(String name, Notification notification) {
        }

        @HandleSObjectNotification(value = "Contact", declare = false)
        @HandleSObjectNotification(sobjectType = "Contact", recordType = "Student", excludeCurrentUser = false)
        public void sobjects(String sobjectType, String recordType, Notification notification) {
        }
    }

    @Test
    void onlyEntrypointsWithQueryOrDeclareDeclare() {
        List<TopicDeclaration> declarations = StreamingScan.scan(Declarations.class).declarations();
        assertThat(declarations).extracting(TopicDeclaration::name).containsExactly("ContactStudent", "ContactUpdates");
        TopicDeclaration query = declarations.get(1);
        assertThat(query.query()).isEqualTo("SELECT Id FROM Contact");
        assertThat(query.notifyFor()).isEqualTo(new NotifyFor(NotifyForFields.REFERENCED, false, true, false, false));
        TopicDeclaration sobject = declarations.get(0);
        assertThat(sobject.forSObject()).isTrue();
        assertThat(sobject.sobjectType()).isEqualTo("Contact");
        assertThat(sobject.recordType()).isEqualTo("Student");
        assertThat(sobject.excludeCurrentUser()).isFalse();
        assertThat(sobject.notifyFor()).isEqualTo(NotifyFor.ALL);
    }

    @Test
    void sobjectDefaultsAreTheOriginals() throws Exception {
        HandleSObjectNotification defaults = Tuples.class.getMethod("sobject", String.class, String.class,
                Notification.class).getAnnotation(HandleSObjectNotification.class);
        assertThat(defaults.declare()).isTrue();
        assertThat(defaults.excludeCurrentUser()).isTrue();
        assertThat(defaults.notifyForFields()).isEqualTo(NotifyForFields.ALL);
        assertThat(List.of(defaults.notifyForOperationCreate(), defaults.notifyForOperationUpdate(),
                defaults.notifyForOperationDelete(), defaults.notifyForOperationUndelete())).containsOnly(true);
    }

    @ServiceName("bad-signature")
    static class BadSignature {
        @HandleSObjectNotification("Lead")
        public void handle(String sobjectType, Notification notification) {
        }
    }

    @Test
    void wrongSignatureNamesClassMethodAndAnnotation() {
        assertThatThrownBy(() -> scanner.scan(BadSignature.class))
                .isInstanceOf(InvalidServiceException.class)
                .hasMessageStartingWith("BadSignature.handle @HandleSObjectNotification(")
                .hasMessageContaining("the method takes (String, Notification); it must take "
                        + "(String sobjectType, String recordType, Notification notification) or (Notification notification)");
    }

    @ServiceName("long-name")
    static class LongName {
        @HandleSObjectNotification(sobjectType = "OpportunityLineItem", recordType = "Renewal")
        public void handle(Notification notification) {
        }
    }

    @Test
    void pushTopicNameOverTwentyFiveCharactersIsRejected() {
        assertThatThrownBy(() -> scanner.scan(LongName.class))
                .hasMessageStartingWith("LongName.handle @HandleSObjectNotification(")
                .hasMessageContaining("PushTopic name 'OpportunityLineItemRenewal' is 26 characters; "
                        + "Salesforce allows at most 25");
    }

    @ServiceName("conflict")
    static class Conflict {
        @HandleNotification(name = "Contact", query = "SELECT Id FROM Contact")
        public void one(Notification notification) {
        }

        @HandleSObjectNotification("Contact")
        public void two(Notification notification) {
        }
    }

    @Test
    void oneTopicNameDeclaredTwoWaysIsRejected() {
        assertThatThrownBy(() -> scanner.scan(Conflict.class))
                .hasMessageContaining("Conflict.two @HandleSObjectNotification(")
                .hasMessageContaining("Conflict.one @HandleNotification(")
                .hasMessageContaining("declare PushTopic 'Contact' differently");
    }

    @ServiceName("unknown-dependency")
    static class UnknownDependency {
        @Dependency
        StringBuilder builder;

        @Subscribe("/topic/X")
        public void handle(Notification notification) {
        }
    }

    @Test
    void unknownDependencyTypeIsNamed() {
        assertThatThrownBy(() -> scanner.scan(UnknownDependency.class))
                .hasMessage("UnknownDependency.builder @Dependency: no dependency provider serves "
                        + "java.lang.StringBuilder; available: EventDispatcher (register a DependencyProvider for it)");
    }

    static class Unnamed {
        @Subscribe("/topic/X")
        public void handle(Notification notification) {
        }
    }

    @ServiceName("private-handler")
    static class PrivateHandler {
        @Subscribe("/topic/X")
        void handle(Notification notification) {
        }
    }

    @ServiceName("bad-channel")
    static class BadChannel {
        @Subscribe("InvoiceStatementUpdates")
        public void handle(Notification notification) {
        }
    }

    @ServiceName("nothing")
    static class Nothing {
        public void handle(Notification notification) {
        }
    }

    @Test
    void otherMistakesAreNamed() {
        assertThatThrownBy(() -> scanner.scan(Unnamed.class)).hasMessageContaining("Unnamed has no service name");
        assertThatThrownBy(() -> scanner.scan(PrivateHandler.class))
                .hasMessage("PrivateHandler.handle @Subscribe(\"/topic/X\"): a handler must be a public instance method");
        assertThatThrownBy(() -> scanner.scan(BadChannel.class))
                .hasMessageContaining("'InvoiceStatementUpdates' is not a channel");
        assertThatThrownBy(() -> scanner.scan(Nothing.class)).hasMessageContaining("Nothing has no entrypoint");
    }

    private static List<Object> arguments(StreamingModel model, String method) {
        return model.streaming().stream().filter(entrypoint -> entrypoint.method().name().equals(method))
                .findFirst().orElseThrow().arguments(NOTIFICATION);
    }
}
