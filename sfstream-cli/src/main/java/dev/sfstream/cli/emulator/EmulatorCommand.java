package dev.sfstream.cli.emulator;

import dev.sfstream.cli.run.StopSignal;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorUser;
import dev.sfstream.emulator.ManagedSubscription;
import dev.sfstream.emulator.OrgFixture;
import dev.sfstream.emulator.SessionPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sfstream emulator}: serves the Salesforce emulator until Ctrl-C or SIGTERM. */
@Command(name = "emulator", mixinStandardHelpOptions = true,
        description = "Start the local Salesforce emulator (login, REST, Streaming API) and serve until stopped.")
public final class EmulatorCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "0", description = "Port to listen on; 0 picks a free port (default).")
    private int port;

    @Option(names = "--pubsub-port", defaultValue = "0",
            description = "Port of the Pub/Sub API (gRPC; plaintext, or TLS with --tls); 0 picks a free port "
                    + "(default).")
    private int pubSubPort;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default 127.0.0.1).")
    private String host;

    @Option(names = "--fast-timers", description = "Use test timers (2 s connect hold, 3 s reconnect window).")
    private boolean fastTimers;

    @Option(names = "--query-batch-size", defaultValue = "2000",
            description = "Records per query page before nextRecordsUrl (default 2000).")
    private int queryBatchSize;

    @Option(names = "--jwt-certificate", paramLabel = "PEM_FILE",
            description = "X.509 certificate (PEM) whose key verifies JWT bearer assertions.")
    private Path jwtCertificate;

    @Option(names = "--rotate-refresh-tokens",
            description = "Each refresh_token grant returns a new refresh token and retires the one it used.")
    private boolean rotateRefreshTokens;

    @Option(names = "--session-timeout", paramLabel = "SECONDS",
            description = "Access tokens unused for this many seconds (emulator clock) expire; default: never.")
    private Long sessionTimeoutSeconds;

    @Option(names = "--tls", description = "Serve HTTPS, and the Pub/Sub API over TLS, with a self-signed certificate "
            + "for 127.0.0.1 and localhost, generated at start; its PEM file is printed.")
    private boolean tls;

    @Option(names = "--tls-keystore", paramLabel = "FILE",
            description = "Serve HTTPS with the first key of this PKCS#12 key store (implies --tls).")
    private Path tlsKeyStore;

    @Option(names = "--tls-keystore-password", paramLabel = "PASSWORD", description = "Password of --tls-keystore.")
    private String tlsKeyStorePassword;

    @Option(names = "--managed-subscription", paramLabel = "NAME=TOPIC[:EARLIEST]",
            description = "Declare a Pub/Sub managed event subscription (repeatable); :EARLIEST makes it start at "
                    + "the earliest retained event when it has no usable committed replay id (default LATEST).")
    private List<String> managedSubscriptions = List.of();

    @Option(names = "--platform-event", paramLabel = "NAME__e=Field__c:TYPE,...",
            description = "Declare a platform event and its fields, in schema order (repeatable), e.g. "
                    + "Order__e=Amount__c:NUMBER,Note__c:TEXT; TYPE is TEXT, LONG_TEXT_AREA, NUMBER, CHECKBOX, DATE or "
                    + "DATETIME. NAME__e alone declares an event without fields.")
    private List<String> platformEvents = List.of();

    @Spec
    private CommandSpec spec;

    /**
     * Serves until Ctrl-C or SIGTERM, then stops and returns 0. An option the emulator cannot use (a missing
     * or invalid certificate, a port taken) prints one line and returns non-zero.
     */
    @Override
    public Integer call() throws InterruptedException {
        Emulator emulator;
        StopSignal stop;
        try {
            Emulator.Builder builder = configure();
            stop = new StopSignal().install();
            emulator = builder.start();
        } catch (ParameterException invalid) {
            spec.commandLine().getErr().println(invalid.getMessage());
            return spec.exitCodeOnInvalidInput();
        } catch (IllegalArgumentException | IllegalStateException cannotStart) {
            spec.commandLine().getErr().println(cannotStart.getMessage());
            return 1;
        }
        printSettings(System.out, emulator);
        String signal = stop.await();
        emulator.stop();
        spec.commandLine().getErr().println("Received " + signal + ": Salesforce emulator stopped");
        return 0;
    }

    /**
     * The emulator builder the options describe.
     *
     * @throws ParameterException naming the option whose value cannot be used
     */
    Emulator.Builder configure() {
        Emulator.Builder builder = Emulator.builder().host(host).port(port).pubSubPort(pubSubPort)
                .queryBatchSize(queryBatchSize);
        if (fastTimers) {
            builder.fastTimers();
        }
        if (jwtCertificate != null) {
            builder.jwtCertificate(readCertificate(jwtCertificate));
        }
        if (rotateRefreshTokens) {
            builder.rotateRefreshTokens(true);
        }
        if (tlsKeyStore != null) {
            builder.tls(tlsKeyStore, tlsKeyStorePassword);
        } else if (tls) {
            builder.tls();
        }
        if (sessionTimeoutSeconds != null) {
            if (sessionTimeoutSeconds <= 0) {
                throw new ParameterException(spec.commandLine(),
                        "--session-timeout must be a positive number of seconds, got " + sessionTimeoutSeconds);
            }
            builder.sessionPolicy(SessionPolicy.idle(Duration.ofSeconds(sessionTimeoutSeconds)));
        }
        managedSubscriptions.forEach(declaration -> builder.managedSubscription(managedSubscription(declaration)));
        declarePlatformEvents(builder);
        return builder;
    }

    private void declarePlatformEvents(Emulator.Builder builder) {
        Set<String> names = new HashSet<>();
        for (String value : platformEvents) {
            PlatformEventDeclaration event;
            try {
                event = PlatformEventDeclaration.parse(value);
            } catch (IllegalArgumentException invalid) {
                throw new ParameterException(spec.commandLine(), "--platform-event " + value + ": "
                        + invalid.getMessage() + " (expected NAME__e=Field__c:TYPE,...)");
            }
            if (!names.add(event.name())) {
                throw new ParameterException(spec.commandLine(), "--platform-event " + value + ": event "
                        + event.name() + " is declared twice");
            }
            builder.platformEvent(event.name(), event.fields());
        }
    }

    private ManagedSubscription managedSubscription(String declaration) {
        int equals = declaration.indexOf('=');
        String topic = equals < 0 ? "" : declaration.substring(equals + 1);
        ManagedSubscription.Start start = ManagedSubscription.Start.LATEST;
        int colon = topic.lastIndexOf(':');
        try {
            if (colon >= 0) {
                start = ManagedSubscription.Start.valueOf(topic.substring(colon + 1).toUpperCase(Locale.ROOT));
                topic = topic.substring(0, colon);
            }
            return ManagedSubscription.of(equals < 0 ? declaration : declaration.substring(0, equals), topic)
                    .withDefaultReplay(start).withErrorRecoveryReplay(start);
        } catch (IllegalArgumentException invalid) {
            throw new ParameterException(spec.commandLine(), "--managed-subscription " + declaration + ": expected "
                    + "NAME=TOPIC or NAME=TOPIC:EARLIEST (or :LATEST): " + invalid.getMessage());
        }
    }

    private X509Certificate readCertificate(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (NoSuchFileException missing) {
            throw new ParameterException(spec.commandLine(), "--jwt-certificate " + file + ": no such file");
        } catch (IOException unreadable) {
            throw new ParameterException(spec.commandLine(), "--jwt-certificate " + file + " cannot be read ("
                    + unreadable.getClass().getSimpleName() + ")");
        } catch (CertificateException invalid) {
            throw new ParameterException(spec.commandLine(), "--jwt-certificate " + file
                    + " is not a PEM or DER X.509 certificate: " + invalid.getMessage());
        }
    }

    void printSettings(PrintStream out, Emulator emulator) {
        OrgFixture org = emulator.fixture();
        EmulatorUser user = org.users().get(0);
        out.println("Salesforce emulator listening on " + emulator.baseUrl());
        out.println("Pub/Sub API listening on " + emulator.pubSubTarget());
        emulator.certificatePem().ifPresent(pem -> out.println("TLS certificate: " + pem));
        emulator.trustStore().ifPresent(store -> out.println("TLS trust store (PKCS12, password "
                + Emulator.TRUST_STORE_PASSWORD + "): " + store));
        out.println("Login settings (config.yaml, SALESFORCE section):");
        out.println("  LOGIN_URL: " + emulator.baseUrl());
        emulator.certificatePem().ifPresent(pem -> out.println("  TRUST_STORE: " + pem));
        out.println("  USERNAME: " + user.username());
        out.println("  PASSWORD: " + user.password());
        out.println("  SECURITY_TOKEN: " + user.securityToken());
        out.println("  CLIENT_ID: " + org.connectedApp().consumerKey());
        out.println("  CLIENT_SECRET: " + org.connectedApp().consumerSecret());
        for (EmulatorUser other : org.users().subList(1, org.users().size())) {
            out.println("Other user: " + other.username() + " / " + other.password() + " / token "
                    + other.securityToken());
        }
        out.println("Refresh token rotation: " + (rotateRefreshTokens ? "on" : "off"));
        out.println("Session timeout: " + (sessionTimeoutSeconds == null ? "none (tokens live until revoked)"
                : sessionTimeoutSeconds + " s idle"));
        if (!platformEvents.isEmpty()) {
            out.println("Platform events: " + platformEvents.stream().map(value -> PlatformEventDeclaration.parse(value)
                    .name()).collect(Collectors.joining(", ")));
        }
        out.println("Control API: " + emulator.baseUrl() + "/__emulator__/ ; press Ctrl-C to stop.");
        out.flush();
    }
}
