package dev.sfstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The help of every command shows its texts as written: picocli's own {@code ${...}} lookups leave no holes. */
class MainHelpTest {
    private final CommandLine sfstream = new CommandLine(new Main());

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
}
