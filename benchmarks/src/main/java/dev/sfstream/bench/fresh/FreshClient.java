package dev.sfstream.bench.fresh;

import java.nio.file.Path;

/** A client the fresh-JVM scenarios start once per run. */
public interface FreshClient {
    /** Its name in results, e.g. {@code sfstream-run}. */
    String name();

    /**
     * How to start it for one run against the emulator.
     *
     * @param target the emulator and what to subscribe to
     * @param runDirectory the run's own directory (its configuration files go there)
     * @param runId unique among the runs of this benchmark (e.g. for a replay key prefix)
     */
    ClientLaunch launch(Target target, Path runDirectory, String runId);

    /**
     * What a run subscribes to.
     *
     * @param baseUrl the emulator's login and instance URL
     * @param pubSubPort its Pub/Sub port
     * @param channel the channel
     * @param replayAll true to replay everything retained ({@code -2}), false for new events only ({@code -1})
     */
    record Target(String baseUrl, int pubSubPort, String channel, boolean replayAll) {
    }
}
