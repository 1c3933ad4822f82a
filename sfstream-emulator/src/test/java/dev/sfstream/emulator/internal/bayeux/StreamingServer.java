package dev.sfstream.emulator.internal.bayeux;

import dev.sfstream.emulator.spi.EmulatorClock;
import dev.sfstream.emulator.spi.EmulatorTimers;
import java.net.URI;
import java.time.Clock;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** A Jetty server on a free loopback port with only the streaming endpoint installed, for tests. */
final class StreamingServer implements AutoCloseable {
    final TestOrg org = new TestOrg();
    final EmulatorClock clock = new EmulatorClock(Clock.systemUTC());
    final StreamingEndpoint endpoint;
    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server);

    StreamingServer(EmulatorTimers timers, StreamingOptions options) throws Exception {
        endpoint = new StreamingEndpoint(clock, timers, org, org, options);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        endpoint.install(context);
        server.setHandler(context);
        server.start();
    }

    static StreamingServer start() throws Exception {
        return new StreamingServer(EmulatorTimers.fast(), StreamingOptions.defaults());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort() + path);
    }

    @Override
    public void close() throws Exception {
        endpoint.close();
        server.stop();
    }
}
