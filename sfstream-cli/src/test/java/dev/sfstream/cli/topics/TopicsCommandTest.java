package dev.sfstream.cli.topics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.cli.operate.OperatorCli;
import dev.sfstream.cli.operate.OperatorCli.Result;
import dev.sfstream.emulator.EmulatorExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code sfstream topics list | show | delete} against the emulator, and their errors. */
class TopicsCommandTest {
    private static final List<String> LIST = List.of("topics", "list");
    private static final List<String> SHOW = List.of("topics", "show");

    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();
    @TempDir
    Path dir;

    @Test
    void listsShowsAndDeletesPushTopics() {
        emulators.emulator().createRecord("PushTopic", Map.of("Name", "OpsContacts", "Query",
                "SELECT Id, LastName FROM Contact", "ApiVersion", "37.0", "NotifyForFields", "Select",
                "NotifyForOperationDelete", false));
        emulators.emulator().createRecord("PushTopic", Map.of("Name", "OpsAccounts", "Query",
                "SELECT Id, Name FROM Account", "ApiVersion", "37.0"));
        OperatorCli cli = OperatorCli.forEmulator(emulators.emulator(), dir, Map.of());

        Result listed = cli.run(LIST);
        assertThat(listed.status()).as(listed.err()).isZero();
        assertThat(listed.out().lines().toList()).hasSize(3);
        assertThat(listed.out()).containsPattern("OpsAccounts +active +fields=Referenced +ops=create,update,delete,"
                        + "undelete +SELECT Id, Name FROM Account")
                .containsPattern("OpsContacts +active +fields=Select +ops=create,update,undelete +SELECT Id, LastName")
                .contains("2 PushTopics");
        assertThat(listed.out().indexOf("OpsAccounts")).as("sorted by name").isLessThan(listed.out().indexOf("OpsContacts"));

        Result shown = cli.run(SHOW, "OpsContacts");
        assertThat(shown.status()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("Channel:          /topic/OpsContacts")
                .contains("Query:            SELECT Id, LastName FROM Contact").contains("NotifyForFields:  Select")
                .contains("NotifyFor ops:    create, update, undelete").contains("IsActive:         true");

        Result deleted = cli.run(List.of("topics", "delete"), "OpsContacts");
        assertThat(deleted.status()).as(deleted.err()).isZero();
        assertThat(deleted.out()).startsWith("Deleted PushTopic OpsContacts (0");
        assertThat(cli.run(LIST).out()).doesNotContain("OpsContacts").contains("1 PushTopic");
    }

    @Test
    void anUnknownTopicIsOneLineAndStatusOne() {
        OperatorCli cli = OperatorCli.forEmulator(emulators.emulator(), dir, Map.of());
        for (List<String> command : List.of(SHOW, List.of("topics", "delete"))) {
            Result unknown = cli.run(command, "NoSuchTopic");
            assertThat(unknown.status()).isEqualTo(1);
            assertThat(unknown.err()).isEqualTo("sfstream " + String.join(" ", command)
                    + ": no PushTopic named NoSuchTopic (sfstream topics list shows those there are)"
                    + System.lineSeparator());
        }
    }

    @Test
    void aMissingConfigKeyIsNamed() {
        Map<String, Object> section = emulators.emulator().salesforceConfig();
        section.remove("SECURITY_TOKEN");
        Result missing = OperatorCli.withSection(dir, section).run(LIST);
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("sfstream topics list: `SALESFORCE` configuration does not contain "
                + "mandatory `SECURITY_TOKEN` key").doesNotContain("password");

        Result noConfig = OperatorCli.raw("topics", "list");
        assertThat(noConfig.status()).isEqualTo(2);
        assertThat(noConfig.err()).contains("Missing required option: '--config=FILE'");
        assertThat(OperatorCli.raw("topics", "list", "--config", dir.resolve("missing.yaml").toString()).err())
                .contains("--config " + dir.resolve("missing.yaml") + " does not exist");
        assertThat(OperatorCli.raw("topics", "show", "--help").out()).contains("Usage: sfstream topics show")
                .contains("--config=FILE");
    }
}
