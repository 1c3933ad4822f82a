package dev.sfstream.amqp.broker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP relay in front of the local RabbitMQ that can stop passing the broker's bytes to the client
 * while still passing the client's bytes to the broker: the broker handles a publish and sends its
 * confirm, but the client never sees it, as with a stalled broker or network path. It can also be cut
 * (every connection dropped, new ones closed at once, as with a broker that is down) and restored.
 */
public final class StallingProxy implements AutoCloseable {
    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "stalling-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Object gate = new Object();
    private boolean stalled; // guarded by gate
    private volatile boolean closed;
    private volatile boolean cut;

    /** Relays every connection made to {@link #port()} to RabbitMQ on 127.0.0.1:5672. */
    public StallingProxy() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptConnections);
    }

    /** An {@code AMQP_URI} that reaches the broker through this proxy. */
    public String uri() {
        return "amqp://guest:guest@127.0.0.1:" + server.getLocalPort() + "/";
    }

    /** From now on, holds back whatever the broker sends until {@link #close()}. */
    public void stallBrokerToClient() {
        synchronized (gate) {
            stalled = true;
        }
    }

    /** Drops every relayed connection and closes new ones at once until {@link #restore()}. */
    public void cut() {
        cut = true;
        sockets.forEach(StallingProxy::closeQuietly);
        sockets.clear();
    }

    /** Relays new connections again after {@link #cut()}. */
    public void restore() {
        cut = false;
    }

    private void acceptConnections() {
        while (!closed) {
            try {
                Socket client = server.accept();
                if (cut) {
                    closeQuietly(client);
                    continue;
                }
                Socket broker = new Socket("127.0.0.1", 5672);
                sockets.add(client);
                sockets.add(broker);
                threads.execute(() -> relay(client, broker, false));
                threads.execute(() -> relay(broker, client, true));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void relay(Socket from, Socket to, boolean stallable) {
        byte[] buffer = new byte[8192];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (stallable) {
                    awaitUnstalled();
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // a side closed, or the proxy is closing
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void awaitUnstalled() throws InterruptedException {
        synchronized (gate) {
            while (stalled && !closed) {
                gate.wait();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (gate) {
            gate.notifyAll();
        }
        closeQuietly(server);
        sockets.forEach(StallingProxy::closeQuietly);
        threads.shutdownNow();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
