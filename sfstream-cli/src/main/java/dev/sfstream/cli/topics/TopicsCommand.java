package dev.sfstream.cli.topics;

import dev.sfstream.cli.operate.CommandGroup;
import dev.sfstream.cli.operate.OperatorException;
import dev.sfstream.cli.operate.OperatorCommand;
import dev.sfstream.cli.operate.Org;
import dev.sfstream.pushtopic.PushTopic;
import dev.sfstream.pushtopic.PushTopicDeclarer;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sfstream topics list | show NAME | delete NAME --config FILE}: the org's PushTopics over REST. */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Lists, shows or deletes the org's PushTopics (query and notify settings).",
        subcommands = {TopicsCommand.ListTopics.class, TopicsCommand.ShowTopic.class, TopicsCommand.DeleteTopic.class})
public final class TopicsCommand extends CommandGroup {
    private static PushTopic existing(Org org, String name) {
        return new PushTopicDeclarer(org.api()).find(name).orElseThrow(() -> new OperatorException(
                "no PushTopic named " + name + " (sfstream topics list shows those there are)"));
    }

    /** {@code topics list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "One line per PushTopic: name, active, NotifyForFields, operations, query.")
    static final class ListTopics extends OperatorCommand {
        @Override
        protected int run(PrintWriter out) {
            try (Org org = Org.login(config.salesforce())) {
                PushTopicDeclarer topics = new PushTopicDeclarer(org.api());
                List<String> names = org.api().query("SELECT Name FROM PushTopic ORDER BY Name").stream()
                        .map(row -> String.valueOf(row.get("Name"))).toList();
                names.forEach(name -> topics.find(name).ifPresent(topic -> out.println(TopicText.line(topic))));
                out.println(names.size() + (names.size() == 1 ? " PushTopic" : " PushTopics"));
                return 0;
            }
        }
    }

    /** What {@code show} and {@code delete} share: the config and an existing topic's name. */
    abstract static class OneTopic extends OperatorCommand {
        @Parameters(paramLabel = "NAME", description = "The PushTopic's name (its channel is /topic/NAME).")
        String name;

        @Override
        protected int run(PrintWriter out) {
            try (Org org = Org.login(config.salesforce())) {
                act(org, existing(org, name), out);
                return 0;
            }
        }

        abstract void act(Org org, PushTopic topic, PrintWriter out);
    }

    /** {@code topics show NAME}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Every setting of one PushTopic.")
    static final class ShowTopic extends OneTopic {
        @Override
        void act(Org org, PushTopic topic, PrintWriter out) {
            out.println(TopicText.block(topic));
        }
    }

    /** {@code topics delete NAME}. */
    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Deletes one PushTopic; its subscribers get nothing more (a service declares it again at "
                    + "its next start).")
    static final class DeleteTopic extends OneTopic {
        @Override
        void act(Org org, PushTopic topic, PrintWriter out) {
            org.api().delete("PushTopic", topic.id());
            out.println("Deleted PushTopic " + topic.name() + " (" + topic.id() + ")");
        }
    }
}
