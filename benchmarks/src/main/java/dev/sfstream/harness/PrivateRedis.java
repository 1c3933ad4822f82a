package dev.sfstream.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A redis-server of our own on a free loopback port, in a temporary directory. Benchmarks read its
 * command statistics without other users' traffic, and the soak can restart it without disturbing anyone
 * (the shared Redis on 6379 is never touched). The data survives a {@link #restart()} through an RDB dump.
 */
public final class PrivateRedis implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final String executable;
    private final Path directory;
    private final int port;
    private final Thread stopAtExit = new Thread(this::killAtExit, "private-redis-stop");
    private Process process;

    private PrivateRedis(String executable, Path directory, int port) {
        this.executable = executable;
        this.directory = directory;
        this.port = port;
    }

    /** Starts {@code redis-server} (found on the PATH) on a free port. */
    public static PrivateRedis start() {
        try {
            PrivateRedis redis = new PrivateRedis("redis-server", Files.createTempDirectory("sfstream-redis-"),
                    freePort());
            Runtime.getRuntime().addShutdownHook(redis.stopAtExit);
            redis.launch();
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare a private redis-server: " + e.getMessage(), e);
        }
    }

    /** Whether a {@code redis-server} executable can be started from the PATH. */
    public static boolean available() {
        try {
            Process probe = new ProcessBuilder("redis-server", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public int port() {
        return port;
    }

    /** {@code redis://127.0.0.1:port/0}, for {@code PUSHTOPIC_REPLAY_REDIS_URI}. */
    public String uri() {
        return "redis://127.0.0.1:" + port + "/0";
    }

    /** Saves, stops and starts the server again on the same port; clients see their connections dropped. */
    public synchronized void restart() {
        stopProcess(true);
        launch();
    }

    /** Stops the server (saving its data) without starting it again. */
    public synchronized void stop() {
        stopProcess(true);
    }

    /** Starts a stopped server again. */
    public synchronized void resume() {
        if (process == null || !process.isAlive()) {
            launch();
        }
    }

    /** The {@code calls} of every command from {@code INFO commandstats}, e.g. {@code set -> 12}. */
    public Map<String, Long> commandCalls() {
        Map<String, Long> calls = new LinkedHashMap<>();
        try (Jedis jedis = new Jedis("127.0.0.1", port)) {
            for (String line : jedis.info("commandstats").split("\r?\n")) {
                if (!line.startsWith("cmdstat_")) {
                    continue;
                }
                String name = line.substring("cmdstat_".length(), line.indexOf(':'));
                for (String field : line.substring(line.indexOf(':') + 1).split(",")) {
                    if (field.startsWith("calls=")) {
                        calls.put(name, Long.parseLong(field.substring("calls=".length())));
                    }
                }
            }
        }
        return calls;
    }

    @Override
    public synchronized void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException exiting) {
            // The JVM is already exiting: the hook stops the server.
        }
        stopProcess(false);
        try (var files = Files.walk(directory)) {
            List<Path> paths = new ArrayList<>(files.toList());
            java.util.Collections.reverse(paths);
            for (Path path : paths) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A leftover temporary directory is harmless.
        }
    }

    /** A JVM stopped by a signal must not leave its redis-server running. */
    private void killAtExit() {
        Process running = process;
        if (running != null) {
            running.destroy();
        }
    }

    private void launch() {
        try {
            process = new ProcessBuilder(executable, "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--dir", directory.toString(), "--dbfilename", "dump.rdb", "--save", "", "--appendonly", "no",
                    "--logfile", directory.resolve("redis.log").toString())
                    .redirectErrorStream(true).redirectOutput(directory.resolve("stdout.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start redis-server (is it installed?): " + e.getMessage(), e);
        }
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited at start on port " + port + "; see "
                        + directory.resolve("redis.log"));
            }
            try (Jedis jedis = new Jedis("127.0.0.1", port)) {
                if ("PONG".equals(jedis.ping())) {
                    return;
                }
            } catch (JedisException notYet) {
                waitBriefly();
            }
        }
        throw new IllegalStateException("redis-server on port " + port + " did not answer within " + START_TIMEOUT);
    }

    private void stopProcess(boolean save) {
        if (process == null || !process.isAlive()) {
            return;
        }
        try (Jedis jedis = new Jedis("127.0.0.1", port)) {
            jedis.shutdown(save ? redis.clients.jedis.params.ShutdownParams.shutdownParams().save()
                    : redis.clients.jedis.params.ShutdownParams.shutdownParams().nosave());
        } catch (JedisException alreadyGoing) {
            // The connection closes as the server exits.
        }
        ChildProcesses.awaitExit(process);
    }

    private static void waitBriefly() {
        try {
            TimeUnit.MILLISECONDS.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for redis-server", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
