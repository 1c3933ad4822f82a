package dev.sfstream.bench.fresh;

import dev.sfstream.emulator.OrgFixture;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code sfstream run} of the CLI distribution built from this checkout ({@code bin/sfstream}, the launcher's
 * default JVM options), running one benchmark service from a {@code --classpath} directory, with a configuration
 * written for each run: OAuth password login to the emulator, replay ids in Redis under a key prefix of the run's
 * own (so nothing is stored when it starts), {@code REPLAY_DEFAULT} {@code all} or {@code new}, default workers.
 *
 * @param name the client's name in results
 * @param distribution the distribution's directory (holding {@code bin/sfstream} and {@code lib/})
 * @param classPath what {@code --classpath} gets: the service directory
 * @param serviceClass the service to run
 * @param redisUri the replay store's Redis
 * @param transport {@code cometd} or {@code pubsub}
 */
public record SfstreamRunLaunch(String name, Path distribution, List<Path> classPath, String serviceClass,
                                String redisUri, String transport) implements FreshClient {

    public SfstreamRunLaunch {
        classPath = List.copyOf(classPath);
        if (!Files.isExecutable(distribution.resolve("bin/sfstream"))) {
            throw new IllegalArgumentException("no CLI distribution at " + distribution
                    + " (bin/sfstream missing): build it with ./sfstream --help");
        }
    }

    @Override
    public ClientLaunch launch(Target target, Path runDirectory, String runId) {
        Path config = runDirectory.resolve("config.yaml");
        try {
            Files.createDirectories(runDirectory);
            Files.writeString(config, config(target, runId));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + config, e);
        }
        String entries = classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        return new ClientLaunch(name, List.of(distribution.resolve("bin/sfstream").toString(), "run",
                "--config", config.toString(), "--classpath", entries, serviceClass),
                Map.of("JAVA_HOME", Launchers.javaHome()));
    }

    private String config(Target target, String runId) {
        StringBuilder yaml = new StringBuilder("SALESFORCE:\n");
        line(yaml, "AUTH", "password");
        line(yaml, "USERNAME", OrgFixture.DEFAULT_USERNAME);
        line(yaml, "PASSWORD", OrgFixture.DEFAULT_PASSWORD);
        line(yaml, "SECURITY_TOKEN", OrgFixture.DEFAULT_SECURITY_TOKEN);
        line(yaml, "CLIENT_ID", OrgFixture.CONSUMER_KEY);
        line(yaml, "CLIENT_SECRET", OrgFixture.CONSUMER_SECRET);
        line(yaml, "LOGIN_URL", target.baseUrl());
        yaml.append("  PUSHTOPIC_REPLAY_ENABLED: true\n");
        line(yaml, "PUSHTOPIC_REPLAY_REDIS_URI", redisUri);
        line(yaml, "PUSHTOPIC_REPLAY_KEY_PREFIX", "bench:" + runId + ":salesforce:replay_id:");
        line(yaml, "REPLAY_DEFAULT", target.replayAll() ? "all" : "new");
        line(yaml, "TRANSPORT", transport);
        if (transport.equals("pubsub")) {
            line(yaml, "PUBSUB_HOST", java.net.URI.create(target.baseUrl()).getHost());
            yaml.append("  PUBSUB_PORT: ").append(target.pubSubPort()).append('\n');
            yaml.append("  PUBSUB_PLAINTEXT: true\n");
        }
        return yaml.toString();
    }

    private static void line(StringBuilder yaml, String key, String value) {
        yaml.append("  ").append(key).append(": \"").append(value).append("\"\n");
    }
}
