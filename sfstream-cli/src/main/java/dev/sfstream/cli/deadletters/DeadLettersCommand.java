package dev.sfstream.cli.deadletters;

import dev.sfstream.cli.operate.CommandGroup;
import dev.sfstream.cli.operate.OperatorCommand;
import dev.sfstream.cli.operate.ReplayRedis;
import dev.sfstream.redis.RedisDeadLetterSink;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Response;
import redis.clients.jedis.Transaction;

/**
 * {@code sfstream dead-letters list | retry | purge --config FILE}: the list {@code sfstream:dead_letters} at
 * {@code PUSHTOPIC_REPLAY_REDIS_URI}, where {@code DEAD_LETTER: redis} puts the events whose handler failed every
 * retry.
 */
@Command(name = "dead-letters", mixinStandardHelpOptions = true,
        description = "Lists, retries or purges the dead letters (DEAD_LETTER: redis) in Redis.",
        subcommands = {DeadLettersCommand.ListLetters.class, RetryCommand.class, DeadLettersCommand.Purge.class})
public final class DeadLettersCommand extends CommandGroup {
    /** The list's key. */
    static final String LIST_KEY = RedisDeadLetterSink.DEFAULT_LIST_KEY;


    /** Every entry, oldest first. */
    static List<DeadLetterEntry> entries(ReplayRedis redis) {
        try (Jedis jedis = redis.connection()) {
            return jedis.lrange(LIST_KEY, 0, -1).stream().map(DeadLetterEntry::parse).toList();
        }
    }

    /** What list and purge share: the config and its Redis. */
    abstract static class OnList extends OperatorCommand {
        @Override
        protected int run(PrintWriter out) {
            try (ReplayRedis redis = ReplayRedis.open(config.salesforce())) {
                return act(redis, out);
            }
        }

        abstract int act(ReplayRedis redis, PrintWriter out);
    }

    /** {@code dead-letters list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "One line per dead letter, oldest first: when, channel, replay id, attempts, failure.")
    static final class ListLetters extends OnList {
        @Option(names = "--json", description = "Each entry as stored (a JSON object with the event's data).")
        boolean json;

        @Override
        int act(ReplayRedis redis, PrintWriter out) {
            List<DeadLetterEntry> entries = entries(redis);
            for (int i = 0; i < entries.size(); i++) {
                out.println(json ? entries.get(i).raw() : i + "  " + entries.get(i).line());
            }
            if (!json) {
                out.println(entries.size() + (entries.size() == 1 ? " dead letter in " : " dead letters in ")
                        + LIST_KEY + " at " + redis);
            }
            return 0;
        }
    }

    /** {@code dead-letters purge}. */
    @Command(name = "purge", mixinStandardHelpOptions = true, description = "Deletes every dead letter.")
    static final class Purge extends OnList {
        @Override
        int act(ReplayRedis redis, PrintWriter out) {
            try (Jedis jedis = redis.connection()) {
                Transaction both = jedis.multi();
                Response<Long> length = both.llen(LIST_KEY);
                both.del(LIST_KEY);
                both.exec();
                long count = length.get();
                out.println("Purged " + count + (count == 1 ? " dead letter" : " dead letters") + " from " + LIST_KEY);
            }
            return 0;
        }
    }
}
