package dev.sfstream.bench.fresh;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A client whose main class is on the harness's own class path (the bare CometD client, the floor), in a fresh JVM
 * with the JVM's default options. The main class takes {@code LOGIN_URL CHANNEL REPLAY_FROM MAX_MESSAGE_BYTES}.
 *
 * @param name its name in results, e.g. {@code bare-cometd}
 * @param mainClass the class whose {@code main} runs it
 * @param maxMessageBytes the largest response it accepts
 */
public record HarnessClientLaunch(String name, Class<?> mainClass, int maxMessageBytes) implements FreshClient {
    @Override
    public ClientLaunch launch(Target target, Path runDirectory, String runId) {
        return new ClientLaunch(name, List.of(Launchers.java(), "-cp", Launchers.classPath(), mainClass.getName(),
                target.baseUrl(), target.channel(), target.replayAll() ? "-2" : "-1",
                Integer.toString(maxMessageBytes)), Map.of());
    }
}
