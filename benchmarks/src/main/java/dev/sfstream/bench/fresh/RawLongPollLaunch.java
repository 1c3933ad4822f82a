package dev.sfstream.bench.fresh;

import dev.sfstream.bench.client.RawLongPoll;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The floor ({@link RawLongPoll}: a long-poll loop that parses no JSON) in a fresh JVM on this JVM's class path,
 * with the JVM's default options: what the emulator and loopback alone take, for reading the other clients' times.
 *
 * @param maxMessageBytes the largest response it accepts
 */
public record RawLongPollLaunch(int maxMessageBytes) implements FreshClient {
    @Override
    public String name() {
        return "floor-raw-longpoll";
    }

    @Override
    public ClientLaunch launch(Target target, Path runDirectory, String runId) {
        return new ClientLaunch(name(), List.of(Launchers.java(), "-cp", Launchers.classPath(),
                RawLongPoll.class.getName(), target.baseUrl(), target.channel(), target.replayAll() ? "-2" : "-1",
                Integer.toString(maxMessageBytes)), Map.of());
    }
}
