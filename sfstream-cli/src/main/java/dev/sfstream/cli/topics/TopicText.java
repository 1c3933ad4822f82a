package dev.sfstream.cli.topics;

import dev.sfstream.pushtopic.PushTopic;
import java.util.ArrayList;
import java.util.List;

/** How {@code topics} prints a PushTopic: one line for {@code list}, a block for {@code show}. */
final class TopicText {
    private TopicText() {
    }

    /** {@code NAME  active|inactive  fields=NotifyForFields  ops=create,update,...  QUERY}. */
    static String line(PushTopic topic) {
        return String.format("%-25s  %-8s  fields=%-10s  ops=%-32s  %s", topic.name(),
                topic.active() ? "active" : "inactive", topic.notifyForFields(), String.join(",", operations(topic)),
                topic.query());
    }

    /** Every field, one per line. */
    static String block(PushTopic topic) {
        return String.join(System.lineSeparator(),
                "Name:             " + topic.name(),
                "Id:               " + topic.id(),
                "Channel:          /topic/" + topic.name(),
                "Query:            " + topic.query(),
                "ApiVersion:       " + topic.apiVersion(),
                "IsActive:         " + topic.active(),
                "NotifyForFields:  " + topic.notifyForFields(),
                "NotifyFor ops:    " + (operations(topic).isEmpty() ? "none" : String.join(", ", operations(topic))));
    }

    private static List<String> operations(PushTopic topic) {
        List<String> operations = new ArrayList<>();
        if (topic.notifyForOperationCreate()) {
            operations.add("create");
        }
        if (topic.notifyForOperationUpdate()) {
            operations.add("update");
        }
        if (topic.notifyForOperationDelete()) {
            operations.add("delete");
        }
        if (topic.notifyForOperationUndelete()) {
            operations.add("undelete");
        }
        return operations;
    }
}
