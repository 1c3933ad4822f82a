package dev.sfstream.emulator.internal.pubsub;

import dev.sfstream.emulator.internal.events.EventDefinitions;
import dev.sfstream.emulator.spi.AccessTokens;
import dev.sfstream.emulator.spi.ChannelDirectory;
import dev.sfstream.emulator.spi.EmulatorClock;
import dev.sfstream.emulator.spi.EventLog;
import dev.sfstream.emulator.spi.PubSubTimers;
import dev.sfstream.emulator.spi.StreamingBus;
import io.grpc.Server;
import io.grpc.ServerCredentials;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The emulator's Pub/Sub API server: gRPC on its own port (plaintext, or TLS with the emulator's certificate), over
 * the emulator's one event store.
 */
public final class PubSubServer implements AutoCloseable {
    /** Requests up to this size reach the service, which answers Salesforce's 4 MB limit itself. */
    private static final int MAX_INBOUND_BYTES = 16 * 1024 * 1024;

    private final ServerParts parts;
    private final Duration authRevalidation;
    private Server server;

    public PubSubServer(String orgId, AccessTokens tokens, ChannelDirectory channels, EventLog log, StreamingBus bus,
                        EventDefinitions definitions, PubSubTimers timers, EmulatorClock clock,
                        Duration authRevalidation) {
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "sfstream-emulator-pubsub");
            thread.setDaemon(true);
            return thread;
        });
        this.parts = new ServerParts(orgId, tokens, channels, log, bus, definitions, new PubSubFaults(), timers,
                clock, scheduler, new OpenStreams(), new ManagedSubscriptions());
        this.authRevalidation = authRevalidation;
    }

    /** Serves on {@code host:port} with {@code credentials} (insecure: plaintext, TLS: the emulator's key). */
    public synchronized void start(String host, int port, ServerCredentials credentials) {
        try {
            // Every handler is short and never blocks (state in memory; delays and timers go to the scheduler), so
            // it runs on the connection's own thread: one thread hand-off less per request and per response.
            server = NettyServerBuilder.forAddress(new InetSocketAddress(host, port), credentials)
                    .directExecutor().maxInboundMessageSize(MAX_INBOUND_BYTES)
                    .addService(ServerInterceptors.intercept(new PubSubService(parts),
                            new AuthInterceptor(parts.tokens(), parts.faults())))
                    .build().start();
        } catch (IOException e) {
            throw new IllegalStateException("the Pub/Sub API could not start on " + host + ":" + port + ": "
                    + e.getMessage(), e);
        }
        long tick = Math.max(10, Math.min(parts.timers().keepalive().toMillis(),
                parts.timers().subscribeIdle().toMillis()) / 10);
        parts.scheduler().scheduleAtFixedRate(this::tick, tick, tick, TimeUnit.MILLISECONDS);
        long revalidate = authRevalidation.toMillis();
        parts.scheduler().scheduleAtFixedRate(this::revalidateTokens, revalidate, revalidate, TimeUnit.MILLISECONDS);
    }

    public int port() {
        Server current = server;
        if (current == null) {
            throw new IllegalStateException("the Pub/Sub API is not started");
        }
        return current.getPort();
    }

    public PubSubFaults faults() {
        return parts.faults();
    }

    /** The org's managed event subscriptions. */
    public ManagedSubscriptions managedSubscriptions() {
        return parts.managed();
    }

    /** The open Subscribe, ManagedSubscribe and PublishStream calls. */
    public int openStreams() {
        return parts.streams().count();
    }

    /** Ends every open stream with {@code status}, the {@code error-code} trailer and the message; returns how many. */
    public int closeStreams(Status status, String errorCode, String message) {
        return parts.streams().closeAll(rpcId -> PubSubErrors.error(status, errorCode, message, rpcId));
    }

    /** Ends every open stream with {@code UNAVAILABLE}, as a server that lost its sessions resets them. */
    public int resetStreams() {
        return parts.streams().closeAll(PubSubErrors::unavailable);
    }

    /**
     * A fault: every started Subscribe and ManagedSubscribe stream sends {@code count} keepalives now, each naming
     * its topic's newest replay id even when events it owes are available; returns how many streams sent them.
     */
    public int sendKeepalivesAhead(int count) {
        int streams = 0;
        for (OpenStreams.OpenStream stream : parts.streams().all()) {
            boolean sent = false;
            for (int i = 0; i < count; i++) {
                sent |= stream.keepaliveAhead();
            }
            streams += sent ? 1 : 0;
        }
        return streams;
    }

    /** Ends with {@code UNAUTHENTICATED} every stream whose token is no longer valid. */
    public void revalidateTokens() {
        for (OpenStreams.OpenStream stream : parts.streams().all()) {
            if (parts.tokens().authenticate(stream.scope().token()).isEmpty()) {
                stream.fail(PubSubErrors.auth(stream.scope().rpcId()));
            }
        }
    }

    /** Stalls every stream (no responses, no keepalives), or ends the stall and sends what they owe. */
    public void stall(boolean stalled) {
        parts.faults().stall(stalled);
        if (!stalled) {
            parts.streams().all().forEach(OpenStreams.OpenStream::wake);
        }
    }

    /** Clears every fault and sends what stalled streams owe. */
    public void clearFaults() {
        parts.faults().clear();
        parts.streams().all().forEach(OpenStreams.OpenStream::wake);
    }

    private void tick() {
        long now = System.nanoTime();
        for (OpenStreams.OpenStream stream : parts.streams().all()) {
            try {
                stream.tick(now);
            } catch (RuntimeException e) {
                stream.fail(new StatusRuntimeException(Status.INTERNAL.withCause(e)));
            }
        }
    }

    @Override
    public synchronized void close() {
        parts.scheduler().shutdownNow();
        if (server != null) {
            server.shutdownNow();
            try {
                server.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
        }
    }
}
