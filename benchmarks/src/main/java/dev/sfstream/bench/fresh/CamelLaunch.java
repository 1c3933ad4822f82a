package dev.sfstream.bench.fresh;

import dev.sfstream.bench.probe.CamelSink;
import dev.sfstream.emulator.OrgFixture;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Apache Camel's salesforce component in a fresh JVM, used as its documentation says: Camel Main with the
 * component configured in {@code application.properties} (OAuth username-password login to the emulator) and a
 * YAML route from {@code salesforce:subscribe:BenchAccounts?replayId=-2} to a bean ({@link CamelSink}) that hands
 * each event to the probe. Its class path is Camel's own (resolved from {@code benchmarks/camel/pom.xml}, with other
 * Jetty and CometD versions than sfstream's), the probe's classes and the run's configuration directory.
 *
 * @param camelClassPath Camel's class path, as {@code dependency:build-classpath} wrote it
 * @param probeClasses the directory with the probe's classes
 */
public record CamelLaunch(String camelClassPath, Path probeClasses) implements FreshClient {
    private static final String LOGBACK = """
            <configuration>
              <appender name="out" class="ch.qos.logback.core.ConsoleAppender">
                <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n</pattern></encoder>
              </appender>
              <root level="INFO"><appender-ref ref="out"/></root>
            </configuration>
            """;

    /** The Camel client, when {@code classpathFile} names its class path; empty without one. */
    public static Optional<CamelLaunch> from(Path classpathFile) {
        if (classpathFile == null || !Files.isRegularFile(classpathFile)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CamelLaunch(Files.readString(classpathFile).trim(), null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Camel's class path from " + classpathFile, e);
        }
    }

    /** The same client, taking the probe's classes from {@code directory}. */
    public CamelLaunch withProbeClasses(Path directory) {
        return new CamelLaunch(camelClassPath, directory);
    }

    @Override
    public String name() {
        return "camel-salesforce";
    }

    @Override
    public ClientLaunch launch(Target target, Path runDirectory, String runId) {
        Path config = runDirectory.resolve("camel-config");
        try {
            Files.createDirectories(config.resolve("camel"));
            Files.writeString(config.resolve("application.properties"), properties(target));
            Files.writeString(config.resolve("camel/bench.yaml"), route(target));
            Files.writeString(config.resolve("logback.xml"), LOGBACK);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Camel's configuration in " + config, e);
        }
        String classPath = String.join(File.pathSeparator, config.toString(), probeClasses.toString(), camelClassPath);
        return new ClientLaunch(name(), List.of(Launchers.java(), "-cp", classPath, "org.apache.camel.main.Main"),
                Map.of());
    }

    private static String properties(Target target) {
        return "camel.main.name = bench-camel\n"
                + "camel.main.routesIncludePattern = classpath:camel/*.yaml\n"
                + "camel.component.salesforce.authenticationType = USERNAME_PASSWORD\n"
                + "camel.component.salesforce.loginUrl = " + target.baseUrl() + "\n"
                + "camel.component.salesforce.clientId = " + OrgFixture.CONSUMER_KEY + "\n"
                + "camel.component.salesforce.clientSecret = " + OrgFixture.CONSUMER_SECRET + "\n"
                + "camel.component.salesforce.userName = " + OrgFixture.DEFAULT_USERNAME + "\n"
                + "camel.component.salesforce.password = " + OrgFixture.DEFAULT_PASSWORD
                + OrgFixture.DEFAULT_SECURITY_TOKEN + "\n"
                + "camel.component.salesforce.apiVersion = 37.0\n";
    }

    private static String route(Target target) {
        String topic = target.channel().substring(target.channel().lastIndexOf('/') + 1);
        return "- beans:\n"
                + "    - name: probe\n"
                + "      type: " + CamelSink.class.getName() + "\n"
                + "- route:\n"
                + "    id: bench-catch-up\n"
                + "    from:\n"
                + "      uri: salesforce:subscribe:" + topic + "\n"
                + "      parameters:\n"
                + "        replayId: " + (target.replayAll() ? "-2" : "-1") + "\n"
                + "      steps:\n"
                + "        - bean:\n"
                + "            ref: probe\n";
    }
}
