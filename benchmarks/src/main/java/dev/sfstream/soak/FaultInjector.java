package dev.sfstream.soak;

import dev.sfstream.harness.PrivateRedis;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Injects one fault at a time, chosen at random, through the emulator's control API (or the private Redis). */
public final class FaultInjector {
    private static final String TOO_BUSY = "503::Server is too busy.  Please try your request again later.";

    private final ControlApi control;
    private final PrivateRedis redis;
    private final Random random;
    private final List<FaultKind> kinds;
    private final Map<FaultKind, Integer> injected = new EnumMap<>(FaultKind.class);

    /** {@code redis} may be null: then Redis is never restarted. Injects the faults of the streaming soak. */
    public FaultInjector(ControlApi control, PrivateRedis redis, Random random) {
        this(control, redis, random, java.util.Arrays.stream(FaultKind.values())
                .filter(kind -> !kind.wholeServiceOnly()).toList());
    }

    /**
     * Injects faults of the given kinds; {@code redis} may be null: then Redis is never restarted. The kinds of the
     * whole service outside the emulator ({@link FaultKind#BROKER_LOSS}, {@link FaultKind#EMULATOR_RESTART}) are
     * not injected here.
     */
    public FaultInjector(ControlApi control, PrivateRedis redis, Random random, List<FaultKind> kinds) {
        this.control = control;
        this.redis = redis;
        this.random = random;
        List<FaultKind> chosen = new ArrayList<>(kinds);
        if (redis == null) {
            chosen.remove(FaultKind.REDIS_RESTART);
        }
        this.kinds = List.copyOf(chosen);
    }

    /** Injects a random fault and returns which. */
    public FaultKind injectRandom() {
        FaultKind kind = kinds.get(random.nextInt(kinds.size()));
        inject(kind);
        return kind;
    }

    public void inject(FaultKind kind) {
        switch (kind) {
            case DROPPED_SESSIONS -> control.post("sessions/drop", "{}");
            case REVOKED_TOKENS -> control.post("tokens/revoke", "{}");
            case SERVER_TOO_BUSY -> control.fault("{\"channel\":\"/meta/connect\",\"error\":\"" + TOO_BUSY
                    + "\",\"failureReason\":\"" + TOO_BUSY + "\",\"times\":1}");
            case HTTP_502 -> control.fault("{\"path\":\"/cometd\",\"status\":502,\"times\":1}");
            case DELAYS -> control.fault("{\"path\":\"/cometd\",\"delayMs\":" + (200 + random.nextInt(1300))
                    + ",\"times\":" + (1 + random.nextInt(3)) + "}");
            case SERVER_DISCONNECT -> control.post("sessions/disconnect", "{}");
            case CONNECTION_RESET -> control.fault("{\"path\":\"/cometd\",\"drop\":true,\"times\":1}");
            case REDIS_RESTART -> redis.restart();
            case PUBSUB_STREAMS_CLOSED -> control.post("pubsub/streams/close",
                    "{\"status\":\"INTERNAL\",\"message\":\"soak: stream closed by the server\"}");
            case PUBSUB_UNAVAILABLE -> control.post("pubsub/faults", "{\"unavailableCalls\":" + (1 + random.nextInt(3))
                    + "}");
            case BROKER_LOSS, EMULATOR_RESTART -> throw new IllegalArgumentException(kind
                    + " is injected by the whole-service soak, not through the emulator's control API");
        }
        injected.merge(kind, 1, Integer::sum);
    }

    /** How many faults of each kind were injected. */
    public Map<FaultKind, Integer> injected() {
        return Map.copyOf(injected);
    }
}
