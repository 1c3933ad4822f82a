package dev.sfstream.streaming;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Test helper: a TCP proxy in front of the emulator that, once armed, cuts the first response carrying an
 * event ({@code "data"}) in the middle, after the server has taken the event off the session's queue.
 */
final class CuttingProxy implements AutoCloseable {
    private static final byte[] EVENT_MARK = "\"data\"".getBytes(StandardCharsets.US_ASCII);

    private final URI target;
    private final ServerSocket listener;
    private final AtomicBoolean armed = new AtomicBoolean();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Thread acceptor;
    volatile int cuts;

    CuttingProxy(URI target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = daemon(this::acceptLoop);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    /** The next response that carries an event is cut after its first event's start. */
    void armCut() {
        armed.set(true);
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(target.getHost(), target.getPort());
                sockets.add(client);
                sockets.add(server);
                daemon(() -> pump(client, server, false));
                daemon(() -> pump(server, client, true));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, boolean responses) {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                int mark = responses && armed.get() ? indexOf(buffer, read) : -1;
                if (mark >= 0 && armed.compareAndSet(true, false)) {
                    out.write(buffer, 0, mark + EVENT_MARK.length);
                    out.flush();
                    cuts++;
                    from.close();
                    to.close();
                    return;
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException closed) {
            // One side went away: the other is closed below.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static int indexOf(byte[] buffer, int length) {
        outer:
        for (int i = 0; i + EVENT_MARK.length <= length; i++) {
            for (int j = 0; j < EVENT_MARK.length; j++) {
                if (buffer[i + j] != EVENT_MARK[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work, "cutting-proxy");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        sockets.forEach(CuttingProxy::closeQuietly);
        try {
            acceptor.join(2000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
