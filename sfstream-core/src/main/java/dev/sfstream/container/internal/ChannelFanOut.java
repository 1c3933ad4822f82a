package dev.sfstream.container.internal;

import dev.sfstream.container.HandlerInvoker;
import dev.sfstream.delivery.EventHandler;
import dev.sfstream.delivery.StreamEvent;
import dev.sfstream.notification.Notification;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Supplier;

/**
 * The one handler of a subscribed channel: runs every entrypoint on the channel for each event, each as
 * its own worker. When some entrypoints fail the event fails (so the pipeline retries it), and a retry
 * runs only the entrypoints that have not yet succeeded for that event.
 */
public final class ChannelFanOut implements EventHandler {
    /** Worker context key of the Bayeux client id, as the original's {@code CLIENT_ID_CONTEXT_KEY}. */
    public static final String CLIENT_ID_KEY = "client_id";
    /** Worker context key of the replay id, as the original's {@code REPLAY_ID_CONTEXT_KEY}. */
    public static final String REPLAY_ID_KEY = "replay_id";

    private final List<StreamingEntrypoint> entrypoints;
    private final HandlerInvoker invoker;
    private final Supplier<String> clientId;
    private final Map<StreamEvent, Set<Integer>> succeededByEvent = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * @param entrypoints the entrypoints on the channel
     * @param invoker runs one worker
     * @param clientId the streaming session's current Bayeux client id
     */
    public ChannelFanOut(List<StreamingEntrypoint> entrypoints, HandlerInvoker invoker, Supplier<String> clientId) {
        this.entrypoints = List.copyOf(entrypoints);
        this.invoker = invoker;
        this.clientId = clientId;
    }

    @Override
    public void handle(StreamEvent event) throws Exception {
        Notification notification = new Notification(event.channel(), event.data());
        Map<String, Object> context = new LinkedHashMap<>();
        String client = clientId.get();
        if (client != null) {
            context.put(CLIENT_ID_KEY, client);
        }
        if (event.hasReplayId()) {
            context.put(REPLAY_ID_KEY, event.replayId());
        }
        Set<Integer> succeeded = succeededByEvent.computeIfAbsent(event, key -> new HashSet<>());
        Exception firstFailure = null;
        for (int i = 0; i < entrypoints.size(); i++) {
            synchronized (succeeded) {
                if (succeeded.contains(i)) {
                    continue;
                }
            }
            StreamingEntrypoint entrypoint = entrypoints.get(i);
            try {
                invoker.invoke(entrypoint.method(), entrypoint.arguments(notification), context, List.of());
                synchronized (succeeded) {
                    succeeded.add(i);
                }
            } catch (Exception failure) {
                if (firstFailure == null) {
                    firstFailure = failure;
                } else {
                    firstFailure.addSuppressed(failure);
                }
            }
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
        succeededByEvent.remove(event);
    }
}
