package dev.sfstream.cli;

import dev.sfstream.cli.deadletters.DeadLettersCommand;
import dev.sfstream.cli.demo.DemoCommand;
import dev.sfstream.cli.emulator.EmulatorCommand;
import dev.sfstream.cli.publish.PublishCommand;
import dev.sfstream.cli.replay.ReplayCommand;
import dev.sfstream.cli.run.RunCommand;
import dev.sfstream.cli.tail.TailCommand;
import dev.sfstream.cli.topics.TopicsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sfstream} command line; each subcommand is its own class listed below. */
@Command(name = "sfstream", mixinStandardHelpOptions = true, version = "sfstream 0.1.0",
        description = "Salesforce Streaming API services for Java, and a local Salesforce emulator.",
        subcommands = {
            EmulatorCommand.class,
            RunCommand.class,
            DemoCommand.class,
            TailCommand.class,
            TopicsCommand.class,
            PublishCommand.class,
            ReplayCommand.class,
            DeadLettersCommand.class,
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
