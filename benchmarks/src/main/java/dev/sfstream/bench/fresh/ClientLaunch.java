package dev.sfstream.bench.fresh;

import java.util.List;
import java.util.Map;

/**
 * How to start one measured client in a fresh JVM.
 *
 * @param client the client's name in results, e.g. {@code sfstream-run}
 * @param command the command line (the first word is the executable)
 * @param environment variables added to the harness's environment
 */
public record ClientLaunch(String client, List<String> command, Map<String, String> environment) {
    public ClientLaunch {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }
}
