package dev.sfstream.cli.replay;

import dev.sfstream.cli.operate.CommandGroup;
import dev.sfstream.cli.operate.OperatorException;
import dev.sfstream.cli.operate.OperatorCommand;
import dev.sfstream.cli.operate.ReplayRedis;
import dev.sfstream.config.SalesforceSettings;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sfstream replay show [CHANNEL] | set CHANNEL ID | reset CHANNEL --config FILE}: the replay positions in
 * the configured Redis ({@code PUSHTOPIC_REPLAY_REDIS_URI}, keys {@code PUSHTOPIC_REPLAY_KEY_PREFIX + channel}).
 * A change is refused while the owning service looks running (see {@link ChangeGuard}) unless {@code --force}.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Shows or changes the replay positions services store in Redis.",
        subcommands = {ReplayCommand.Show.class, ReplayCommand.Set.class, ReplayCommand.Reset.class})
public final class ReplayCommand extends CommandGroup {
    /** What the subcommands share: the config, and running an action on the positions it names. */
    abstract static class OnPositions extends OperatorCommand {
        @Override
        protected int run(PrintWriter out) {
            SalesforceSettings settings = config.salesforce();
            try (ReplayRedis redis = ReplayRedis.open(settings)) {
                return act(new ReplayPositions(redis, settings.replayKeyPrefix(), settings.replayTtlSeconds()), out);
            }
        }

        abstract int act(ReplayPositions positions, PrintWriter out);
    }

    /** {@code replay show [CHANNEL]}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Each stored position: channel, replay id, owning service, lease, expiry.")
    static final class Show extends OnPositions {
        @Parameters(paramLabel = "CHANNEL", arity = "0..1", description = "Only this channel.")
        String channel;

        @Override
        int act(ReplayPositions positions, PrintWriter out) {
            List<StoredPosition> shown = channel == null ? positions.all() : List.of(positions.existing(channel));
            shown.forEach(position -> out.println(position.line()));
            if (channel == null) {
                out.println(shown.size() + (shown.size() == 1 ? " stored position" : " stored positions"));
            }
            return 0;
        }
    }

    /** {@code replay set CHANNEL ID}. */
    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Stores ID as the channel's position: the service resumes after it at its next start.")
    static final class Set extends OnPositions {
        @Parameters(index = "0", paramLabel = "CHANNEL")
        String channel;
        @Parameters(index = "1", paramLabel = "ID", description = "A replay id (positive).")
        long replayId;
        @Option(names = "--force", description = "Change it even if the service looks running, or nothing is stored.")
        boolean force;

        @Override
        int act(ReplayPositions positions, PrintWriter out) {
            if (replayId <= 0) {
                throw new OperatorException("ID " + replayId + " is not a replay id; to start over use "
                        + "sfstream replay reset");
            }
            String before = "nothing";
            if (!force || positions.find(channel).isPresent()) {
                StoredPosition position = positions.existing(channel);
                ChangeGuard.check(position, force);
                before = position.replayId();
            }
            positions.set(channel, replayId);
            out.println(channel + ": replay id " + before + " -> " + replayId);
            return 0;
        }
    }

    /** {@code replay reset CHANNEL}. */
    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = "Deletes the channel's position: the next start uses REPLAY_DEFAULT (new or all).")
    static final class Reset extends OnPositions {
        @Parameters(paramLabel = "CHANNEL")
        String channel;
        @Option(names = "--force", description = "Reset it even if the service looks running.")
        boolean force;

        @Override
        int act(ReplayPositions positions, PrintWriter out) {
            StoredPosition position = positions.existing(channel);
            ChangeGuard.check(position, force);
            positions.reset(channel);
            out.println(channel + ": replay id " + position.replayId() + " deleted; the next start uses REPLAY_DEFAULT");
            return 0;
        }
    }
}
