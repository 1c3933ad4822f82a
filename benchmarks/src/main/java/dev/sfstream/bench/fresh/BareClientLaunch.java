package dev.sfstream.bench.fresh;

import dev.sfstream.bench.client.FreshBareClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The bare CometD 8 client ({@link FreshBareClient}) in a fresh JVM on this JVM's class path, with the JVM's
 * default options.
 *
 * @param maxMessageBytes the largest response it accepts (sfstream's default, 10 MiB)
 */
public record BareClientLaunch(int maxMessageBytes) implements FreshClient {
    @Override
    public String name() {
        return "bare-cometd";
    }

    @Override
    public ClientLaunch launch(Target target, Path runDirectory, String runId) {
        return new ClientLaunch(name(), List.of(Launchers.java(), "-cp", Launchers.classPath(),
                FreshBareClient.class.getName(), target.baseUrl(), target.channel(), target.replayAll() ? "-2" : "-1",
                Integer.toString(maxMessageBytes)), Map.of());
    }
}
