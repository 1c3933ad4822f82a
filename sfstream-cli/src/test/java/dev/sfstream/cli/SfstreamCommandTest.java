package dev.sfstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The help of every command shows its texts as written: picocli's own {@code ${...}} lookups leave no holes. */
class SfstreamCommandTest {
    private final CommandLine sfstream = SfstreamCommand.commandLine();

    @Test
    void runHelpShowsTheConfigInterpolationSyntaxLiterally() {
        assertThat(sfstream.getSubcommands().get("run").getUsageMessage())
                .contains("${ENV:default} interpolated").doesNotContain("null");
    }

    @Test
    void noHelpTextShowsAnUnresolvedLookup() {
        assertThat(sfstream.getUsageMessage()).doesNotContain("null");
        sfstream.getSubcommands().forEach((name, command) ->
                assertThat(command.getUsageMessage()).as("sfstream " + name + " --help").doesNotContain("null"));
    }

    @Test
    void theWholeTreeListsEveryCommand() {
        assertThat(sfstream.getSubcommands()).containsOnlyKeys("emulator", "run", "demo", "tail", "topics",
                "publish", "replay", "dead-letters");
    }

    /** A command started on its own (as {@code main} does) reads and shows exactly what it does in the tree. */
    @Test
    void aCommandOnItsOwnHasTheHelpItHasInTheTree() {
        sfstream.getSubcommands().forEach((name, command) ->
                assertThat(SfstreamCommand.subcommandLine(name).getUsageMessage()).as("sfstream " + name + " --help")
                        .isEqualTo(command.getUsageMessage()));
        assertThat(SfstreamCommand.subcommandLine("topics").getSubcommands().get("list").getUsageMessage())
                .isEqualTo(sfstream.getSubcommands().get("topics").getSubcommands().get("list").getUsageMessage());
        assertThat(SfstreamCommand.subcommandLine("nonsense")).isNull();
    }

    @Test
    void anUnknownOptionOfACommandIsReportedWithItsUsage() {
        StringWriter err = new StringWriter();
        int status = SfstreamCommand.execute(new String[] {"run", "--no-such-option", "com.acme.Service"},
                line -> line.setErr(new PrintWriter(err, true)));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'").contains("Usage: sfstream run ");
    }

    @Test
    void versionAndHelpGoToTheWholeTree() {
        StringWriter out = new StringWriter();
        assertThat(SfstreamCommand.execute(new String[] {"--version"}, line -> line.setOut(new PrintWriter(out, true))))
                .isZero();
        assertThat(out.toString()).isEqualTo("sfstream 0.1.0" + System.lineSeparator());
    }
}
