package dev.sfstream.cli.run;

import dev.sfstream.config.ConfigLoader;
import dev.sfstream.config.ConfigurationException;
import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.InvalidServiceException;
import dev.sfstream.container.ServiceContainer;
import dev.sfstream.container.ServiceRunner;
import dev.sfstream.container.ServiceStartException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sfstream run --config config.yaml [--classpath JAR_OR_DIR ...] [--log-level L] [--log-format text|json]
 * [--metrics-port N [--metrics-host H]] com.acme.Service ...}:
 * runs the services until Ctrl-C or SIGTERM, then stops them gracefully and exits with status 0. A bad
 * configuration or a failed start exits with 1; a service that fails for good while running (its streaming
 * session gave up) stops the others and exits with 2.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs services (classes annotated @ServiceName) until Ctrl-C or SIGTERM, like `nameko run`.")
public final class RunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Option(names = "--config", paramLabel = "FILE",
            description = "YAML configuration (SALESFORCE, AMQP_URI, max_workers; $${ENV:default} interpolated).")
    Path config;

    @Option(names = "--classpath", paramLabel = "JAR_OR_DIR",
            description = "A jar or a directory of classes (and jars) holding the services; repeatable.")
    List<String> classpath = new ArrayList<>();

    @Option(names = "--log-level", paramLabel = "LEVEL", description = "trace, debug, info (default), warn, error or off.")
    String logLevel = "info";

    @Option(names = "--log-format", paramLabel = "FORMAT",
            description = "text (default) or json: one JSON object a line, with the handler's MDC "
                    + "(service, entrypoint, channel, replay_id, call_id).")
    String logFormat = "text";

    @Option(names = "--metrics-port", paramLabel = "PORT",
            description = "Serve Prometheus text at /metrics and the services' state at /health on this port "
                    + "(0 picks one); off by default.")
    Integer metricsPort;

    @Option(names = "--metrics-host", paramLabel = "HOST",
            description = "The address --metrics-port listens on (default 127.0.0.1, loopback only).")
    String metricsHost = "127.0.0.1";

    @Option(names = "--stop-timeout", paramLabel = "SECONDS",
            description = "How long stopping waits for in-flight handlers (default 10).")
    long stopTimeoutSeconds = 10;

    @Parameters(arity = "1..*", paramLabel = "SERVICE", description = "Service class names, e.g. com.acme.Service.")
    List<String> services;

    /**
     * Runs the command when {@link RunArguments} can read the arguments (the usual case), without picocli; an
     * unexpected failure is printed and exits with 1, as picocli does.
     *
     * @param arguments what follows {@code run} on the command line
     * @return the exit status, or empty when picocli has to read the arguments
     */
    public static Optional<Integer> executeWithoutPicocli(List<String> arguments) {
        return RunArguments.parse(arguments).map(command -> {
            try {
                return command.call();
            } catch (Exception unexpected) {
                unexpected.printStackTrace();
                return 1;
            }
        });
    }

    @Override
    public Integer call() throws Exception {
        try {
            return run();
        } catch (ConfigurationException | InvalidServiceException | ServiceStartException
                 | IllegalArgumentException failure) {
            LOG.error("{}", failure.getMessage());
            return 1;
        }
    }

    private int run() throws InterruptedException {
        LogLevel.apply(logLevel);
        LogFormat.apply(logFormat);
        try (Observability observability = metricsPort == null ? null : new Observability()) {
            return run(observability);
        }
    }

    private int run(Observability observability) throws InterruptedException {
        StopSignal stop = new StopSignal().install();
        ClassLoader loader = ServiceClassPath.of(classpath, RunCommand.class.getClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        List<Class<?>> classes = services.stream().map(name -> ServiceClassPath.load(loader, name))
                .<Class<?>>map(type -> type).toList();
        Map<String, Object> raw = config == null ? Map.of() : ConfigLoader.fromProcessEnvironment().load(config);
        SfstreamConfig loaded = SfstreamConfig.of(raw);
        List<ServiceContainer> containers = classes.stream().map(type -> {
            ServiceContainer.Builder builder = ServiceContainer.builder(type).config(loaded)
                    .failureListener(stop::serviceFailed);
            return (observability == null ? builder : observability.observe(builder, type)).build();
        }).toList();
        if (observability != null) {
            LOG.info("Serving /metrics and /health at {}", observability.serve(metricsHost, metricsPort, containers));
        }
        ServiceRunner runner = new ServiceRunner(containers);
        runner.start();
        LOG.info("Running {}; press Ctrl-C to stop", containers.stream().map(ServiceContainer::serviceName)
                .toList());
        String signal = stop.await();
        if (stop.failure() != null) {
            LOG.error("{}; stopping every service (at most {} s) and exiting with status 2", stop.failure(),
                    stopTimeoutSeconds);
            runner.stop(Duration.ofSeconds(stopTimeoutSeconds));
            return 2;
        }
        LOG.info("Received {}: stopping gracefully (at most {} s)", signal, stopTimeoutSeconds);
        runner.stop(Duration.ofSeconds(stopTimeoutSeconds));
        LOG.info("Stopped");
        return 0;
    }
}
