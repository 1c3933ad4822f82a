package dev.sfstream.cli.deadletters;

import dev.sfstream.cli.operate.OperatorException;
import dev.sfstream.cli.operate.OperatorCommand;
import dev.sfstream.cli.operate.Org;
import dev.sfstream.cli.operate.ReplayRedis;
import dev.sfstream.cli.run.ServiceClassPath;
import dev.sfstream.config.SalesforceSettings;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import redis.clients.jedis.Jedis;

/**
 * {@code sfstream dead-letters retry --service CLASS [--classpath JAR_OR_DIR ...] --config FILE}: runs the service's
 * handlers again on each dead letter, oldest first (see {@link Redelivery}); an entry is removed from the list only
 * once its handlers succeeded, and one that fails again stays, with the new failure printed. Exit status 0 when
 * every entry was handled, 1 otherwise.
 */
@Command(name = "retry", mixinStandardHelpOptions = true,
        description = "Runs the service's handlers again on each dead letter; removes an entry only after success.")
final class RetryCommand extends OperatorCommand {
    @Option(names = "--service", paramLabel = "CLASS", required = true,
            description = "The service class whose handlers take the letters, e.g. com.acme.Service.")
    String service;

    @Option(names = "--classpath", paramLabel = "JAR_OR_DIR",
            description = "A jar or a directory of classes (and jars) holding the service; repeatable, as for run.")
    List<String> classpath = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long each letter's handlers may take (default 30).")
    long timeoutSeconds;

    @Override
    protected int run(PrintWriter out) throws InterruptedException {
        ClassLoader loader = ServiceClassPath.of(classpath, RetryCommand.class.getClassLoader());
        Class<?> type = ServiceClassPath.load(loader, service);
        Map<String, Object> raw = config.raw();
        SalesforceSettings settings = SalesforceSettings.from(raw);
        try (ReplayRedis redis = ReplayRedis.open(settings)) {
            List<DeadLetterEntry> letters = DeadLettersCommand.entries(redis);
            if (letters.isEmpty()) {
                out.println("No dead letters in " + DeadLettersCommand.LIST_KEY);
                return 0;
            }
            Thread.currentThread().setContextClassLoader(loader);
            try (Org org = Org.login(settings);
                 Redelivery redelivery = Redelivery.start(type, raw, org.api(),
                         letters.stream().map(DeadLetterEntry::channel).filter(channel -> channel != null).toList())) {
                return retry(letters, redelivery, redis, out);
            }
        }
    }

    private int retry(List<DeadLetterEntry> letters, Redelivery redelivery, ReplayRedis redis, PrintWriter out)
            throws InterruptedException {
        int handled = 0;
        for (DeadLetterEntry letter : letters) {
            String name = letter.channel() + " replayId=" + letter.fields().get("replayId");
            if (letter.channel() == null) {
                out.println("skipped " + letter.line() + ": no channel");
                continue;
            }
            Redelivery.Outcome outcome = redelivery.deliver(letter.channel(), letter.data(),
                    Duration.ofSeconds(timeoutSeconds));
            switch (outcome) {
                case HANDLED -> {
                    try (Jedis jedis = redis.connection()) {
                        jedis.lrem(DeadLettersCommand.LIST_KEY, 1, letter.raw());
                    }
                    handled++;
                    out.println("handled " + name + ": removed");
                }
                case FAILED -> out.println("failed  " + name + ": " + redelivery.failure(letter.channel()) + "; kept");
                case TIMED_OUT -> out.println("failed  " + name + ": not handled within " + timeoutSeconds
                        + " s (does " + service + " handle " + letter.channel() + "?); kept");
            }
        }
        out.println(handled + " of " + letters.size() + " dead letters handled and removed");
        if (handled < letters.size()) {
            throw new OperatorException((letters.size() - handled) + " dead letters failed again and stay in "
                    + DeadLettersCommand.LIST_KEY);
        }
        return 0;
    }
}
