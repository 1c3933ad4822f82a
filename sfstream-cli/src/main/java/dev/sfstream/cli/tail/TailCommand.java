package dev.sfstream.cli.tail;

import dev.sfstream.failure.Failure;
import dev.sfstream.cli.operate.OperatorException;
import dev.sfstream.cli.operate.OperatorCommand;
import dev.sfstream.cli.operate.Org;
import dev.sfstream.cli.run.StopSignal;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.streaming.StreamingSession;
import dev.sfstream.streaming.StreamingState;
import dev.sfstream.streaming.SubscriptionFailure;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sfstream tail CHANNEL [--replay new|all|ID] [--transport cometd|pubsub] [--json] [--count N] --config FILE}:
 * subscribes to one channel as the config's user and prints each event as it arrives, until Ctrl-C or after N
 * events. It stores no replay id and declares nothing; a channel Salesforce refuses is reported in one line.
 */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Prints a channel's events as they arrive (one line each, or JSON lines) until Ctrl-C or --count.")
public final class TailCommand extends OperatorCommand {
    private static final Set<String> TRANSPORTS = Set.of(StreamingSession.COMETD, "pubsub");
    private static final Duration SUBSCRIBE_TIMEOUT = Duration.ofSeconds(60);

    @Parameters(paramLabel = "CHANNEL", description = "/topic/NAME, /event/NAME__e, /data/..., /u/...")
    String channel;

    @Option(names = "--replay", paramLabel = "new|all|ID", defaultValue = "new",
            description = "new (default): events from now; all: every retained event; ID: the events after it.")
    String replay;

    @Option(names = "--transport", paramLabel = "cometd|pubsub", defaultValue = StreamingSession.COMETD,
            description = "cometd (default) or pubsub (needs the sfstream-pubsub module on the class path).")
    String transport;

    @Option(names = "--json", description = "One JSON object a line: channel, replayId, data.")
    boolean json;

    @Option(names = "--count", paramLabel = "N", defaultValue = "0",
            description = "Stop after N events (default 0: until Ctrl-C).")
    int count;

    @Override
    protected int run(PrintWriter out) throws Exception {
        if (!TRANSPORTS.contains(transport)) {
            throw new OperatorException("--transport " + transport + " is not one of cometd, pubsub");
        }
        if (!channel.startsWith("/")) {
            throw new OperatorException(channel + " is not a channel name (/topic/NAME, /event/NAME__e, ...)");
        }
        StartPosition start = StartPosition.parse(replay);
        try (Org org = Org.login(config.salesforce())) {
            return tail(org, start);
        }
    }

    private int tail(Org org, StartPosition start) throws InterruptedException {
        InMemoryReplayStore positions = new InMemoryReplayStore();
        start.after().ifPresent(id -> positions.save(channel, id));
        StreamingSession session = org.listen("sfstream-tail", transport, start.replayDefault(), positions);
        StopSignal stop = new StopSignal().install();
        EventPrinter printer = new EventPrinter(spec.commandLine().getOut(), json);
        AtomicInteger printed = new AtomicInteger();
        session.subscribe(channel, event -> {
            if (count > 0 && printed.get() >= count) {
                return;
            }
            printer.print(event);
            if (printed.incrementAndGet() == count) {
                stop.done();
            }
        });
        session.addStateListener(change -> {
            if (change.to() == StreamingState.FAILED) {
                stop.serviceFailed("tail", session.failure().orElse(
                        Failure.of(Failure.Kind.INTERNAL, true, String.valueOf(change.reason()))));
            }
        });
        try {
            session.start();
            boolean subscribed = session.awaitSubscribed(SUBSCRIBE_TIMEOUT);
            List<SubscriptionFailure> refused = session.failedSubscriptions();
            if (!refused.isEmpty()) {
                throw new OperatorException("Salesforce refused " + refused.stream().map(failure -> failure.channel()
                        + ": " + failure.error() + " (" + failure.explanation() + ")").collect(Collectors.joining(", ")));
            }
            if (!subscribed) {
                throw new OperatorException("could not subscribe to " + channel + " within " + SUBSCRIBE_TIMEOUT
                        .toSeconds() + " s" + session.failure().map(reason -> ": " + reason).orElse(""));
            }
            spec.commandLine().getErr().println("Tailing " + channel + " from " + start
                    + (count > 0 ? " until " + count + " events" : "") + "; Ctrl-C stops");
            stop.await();
            if (stop.failure() != null) {
                throw new OperatorException(stop.failure());
            }
            return 0;
        } finally {
            session.stop();
        }
    }
}
