package dev.sfstream.amqp.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sfstream.amqp.handler.EventHandler;
import dev.sfstream.annotation.ServiceName;
import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.Dependency;
import dev.sfstream.container.ServiceContainer;
import dev.sfstream.container.ServiceStartException;
import dev.sfstream.events.EventDispatcher;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A service whose {@code AMQP_URI} names a broker it cannot use fails to start, with one line that names
 * {@code AMQP_URI}, hides the password and says what went wrong; both the dispatcher and the event
 * handlers connect at start.
 */
class BrokerConnectFailureTest {
    private static final String SECRET = "n0t-the-guest-password";

    /** Its {@code EventDispatcher} dependency starts before its event handler. */
    @ServiceName("sfstream-amqp-it-dispatching")
    public static class Dispatching {
        @EventHandler(sourceService = "sfstream-amqp-it-nobody", eventType = "ping")
        public void onPing(Object payload) {
        }

        @Dependency
        EventDispatcher dispatch;
    }

    /** Only an event handler. */
    @ServiceName("sfstream-amqp-it-handling")
    public static class Handling {
        @EventHandler(sourceService = "sfstream-amqp-it-nobody", eventType = "ping")
        public void onPing(Object payload) {
        }
    }

    static Stream<Arguments> brokersThatCannotBeUsed() throws IOException {
        int port = closedPort();
        Stream.Builder<Arguments> cases = Stream.builder();
        for (Class<?> service : new Class<?>[] {Dispatching.class, Handling.class}) {
            String step = service == Dispatching.class
                    ? "starting the EventDispatcher dependency (EventDispatcherProvider)"
                    : "starting @EventHandler entrypoints";
            cases.add(Arguments.of(service, step, "amqp://guest:" + SECRET + "@127.0.0.1:5672/",
                    "AMQP_URI amqp://guest:****@127.0.0.1:5672/: authentication refused for user 'guest' "
                            + "(wrong user name or password)"));
            cases.add(Arguments.of(service, step, "amqp://guest:guest@127.0.0.1:5672/sfstream-no-such-vhost",
                    "AMQP_URI amqp://guest:****@127.0.0.1:5672/sfstream-no-such-vhost: virtual host "
                            + "'sfstream-no-such-vhost' refused "
                            + "(NOT_ALLOWED - vhost sfstream-no-such-vhost not found)"));
            cases.add(Arguments.of(service, step, "amqp://guest:" + SECRET + "@127.0.0.1:" + port + "/",
                    "AMQP_URI amqp://guest:****@127.0.0.1:" + port + "/: cannot reach 127.0.0.1:" + port
                            + " (Connection refused)"));
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0} with {2}")
    @MethodSource("brokersThatCannotBeUsed")
    void theStartFailsWithOneLineNamingAmqpUriWithoutThePassword(Class<?> service, String step, String uri,
                                                                  String expected) {
        ServiceContainer container = ServiceContainer.builder(service)
                .config(SfstreamConfig.of(Map.of("AMQP_URI", uri))).build();
        Instant started = Instant.now();

        ServiceStartException failure = catchThrowableOfType(ServiceStartException.class, container::start);

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).contains(step + ": cannot connect to the broker of " + expected)
                .doesNotContain(SECRET).doesNotContain("\n");
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(15));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
