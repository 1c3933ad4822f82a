package dev.sfstream.soak.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TcpRelayTest {
    private ServerSocket echo;
    private TcpRelay relay;

    @BeforeEach
    void startEchoServerBehindRelay() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread server = new Thread(this::echoEveryConnection, "echo-server");
        server.setDaemon(true);
        server.start();
        relay = TcpRelay.open("echo", "127.0.0.1", echo.getLocalPort());
    }

    @AfterEach
    void stop() throws IOException {
        relay.close();
        echo.close();
    }

    @Test
    void relaysBytesBothWays() throws IOException {
        try (Socket client = connect()) {
            assertThat(roundTrip(client, "hello")).isEqualTo("hello");
        }
        assertThat(relay.connections()).isEqualTo(1);
    }

    @Test
    void aCutResetsOpenConnectionsAndRefusesNewOnesUntilRestored() throws IOException {
        try (Socket open = connect()) {
            assertThat(roundTrip(open, "before")).isEqualTo("before");

            relay.cut();

            assertThatThrownBy(() -> roundTrip(open, "during")).isInstanceOf(IOException.class);
            try (Socket refused = connect()) {
                assertThatThrownBy(() -> roundTrip(refused, "during")).isInstanceOf(IOException.class);
            }
        }

        relay.restore();

        try (Socket again = connect()) {
            assertThat(roundTrip(again, "after")).isEqualTo("after");
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", relay.port());
        socket.setSoTimeout(5000);
        return socket;
    }

    /** Writes {@code text} and reads its echo; an end of stream counts as a failure. */
    private static String roundTrip(Socket socket, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(bytes);
        out.flush();
        byte[] echoed = socket.getInputStream().readNBytes(bytes.length);
        if (echoed.length < bytes.length) {
            throw new IOException("the connection ended after " + echoed.length + " bytes");
        }
        return new String(echoed, StandardCharsets.UTF_8);
    }

    private void echoEveryConnection() {
        while (!echo.isClosed()) {
            try {
                Socket accepted = echo.accept();
                Thread pump = new Thread(() -> {
                    try (accepted; InputStream in = accepted.getInputStream();
                         OutputStream out = accepted.getOutputStream()) {
                        in.transferTo(out);
                    } catch (IOException closed) {
                        // The relay reset the connection.
                    }
                }, "echo-connection");
                pump.setDaemon(true);
                pump.start();
            } catch (IOException closed) {
                return;
            }
        }
    }
}
