package dev.sfstream.soak.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay on a free loopback port in front of one server (RabbitMQ, the emulator's HTTP or gRPC port), so that
 * the soak can cut the network between the service and that server and restore it. While cut, every relayed
 * connection is reset and new connections are reset as soon as they are accepted.
 */
public final class TcpRelay implements AutoCloseable {
    /** Prefix of the relay's threads: they belong to the harness, not to the service under test. */
    public static final String THREAD_PREFIX = "soak-relay";
    private static final int CONNECT_TIMEOUT_MILLIS = 5000;

    private final String name;
    private final String targetHost;
    private final int targetPort;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean cut;
    private volatile boolean closed;

    private TcpRelay(String name, String targetHost, int targetPort) throws IOException {
        this.name = name;
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, THREAD_PREFIX + "-" + name + "-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Opens a relay named {@code name} (for thread names and messages) to {@code targetHost:targetPort}. */
    public static TcpRelay open(String name, String targetHost, int targetPort) {
        try {
            return new TcpRelay(name, targetHost, targetPort);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the " + name + " relay to " + targetHost + ":" + targetPort
                    + ": " + e.getMessage(), e);
        }
    }

    /** The loopback port clients connect to instead of the target's. */
    public int port() {
        return server.getLocalPort();
    }

    /** Resets every relayed connection and refuses new ones until {@link #restore()}. */
    public void cut() {
        cut = true;
        for (Socket socket : open) {
            reset(socket);
        }
    }

    /** Relays new connections again. */
    public void restore() {
        cut = false;
    }

    public boolean isCut() {
        return cut;
    }

    /** Connections relayed so far. */
    public int connections() {
        return connections.get();
    }

    @Override
    public void close() {
        closed = true;
        cut();
        try {
            server.close();
        } catch (IOException ignored) {
            // Closing a listening socket has nothing to report.
        }
    }

    @Override
    public String toString() {
        return name + " relay 127.0.0.1:" + port() + " -> " + targetHost + ":" + targetPort + (cut ? " (cut)" : "");
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return;
            }
            if (cut) {
                reset(client);
                continue;
            }
            Socket upstream = new Socket();
            try {
                upstream.connect(new InetSocketAddress(targetHost, targetPort), CONNECT_TIMEOUT_MILLIS);
            } catch (IOException e) {
                reset(client);
                reset(upstream);
                continue;
            }
            open.add(client);
            open.add(upstream);
            int number = connections.incrementAndGet();
            pump(client, upstream, name + "-" + number + "-up");
            pump(upstream, client, name + "-" + number + "-down");
            if (cut) {
                reset(client);
                reset(upstream);
            }
        }
    }

    private void pump(Socket from, Socket to, String label) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException endOfConnection) {
                // Either side closed or the relay was cut: both ends are closed below.
            } finally {
                reset(from);
                reset(to);
            }
        }, THREAD_PREFIX + "-" + label);
        thread.setDaemon(true);
        thread.start();
    }

    /** Closes with an RST (linger 0), as a cut cable or a killed peer does. */
    private void reset(Socket socket) {
        open.remove(socket);
        try {
            if (!socket.isClosed()) {
                if (socket.isConnected()) {
                    socket.setSoLinger(true, 0);
                }
                socket.close();
            }
        } catch (IOException ignored) {
            // Already gone.
        }
    }
}
