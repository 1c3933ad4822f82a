package dev.sfstream.cli.demo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Whether Redis and RabbitMQ answer on their default ports on this machine. */
final class LocalServers {
    static final String HOST = "127.0.0.1";
    static final int REDIS_PORT = 6379;
    static final int RABBITMQ_PORT = 5672;
    private static final int PROBE_TIMEOUT_MILLIS = 500;

    private LocalServers() {
    }

    static boolean redisReachable() {
        return reachable(REDIS_PORT);
    }

    static boolean rabbitMqReachable() {
        return reachable(RABBITMQ_PORT);
    }

    private static boolean reachable(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), PROBE_TIMEOUT_MILLIS);
            return true;
        } catch (IOException unreachable) {
            return false;
        }
    }
}
