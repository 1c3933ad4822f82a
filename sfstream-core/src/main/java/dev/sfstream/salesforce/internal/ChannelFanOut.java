package dev.sfstream.salesforce.internal;

import dev.sfstream.container.HandlerInvoker;
import dev.sfstream.delivery.EventHandler;
import dev.sfstream.delivery.StreamEvent;
import dev.sfstream.notification.Notification;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one handler of a subscribed channel: runs every entrypoint on the channel for each event, each as
 * its own worker. When some entrypoints fail the event fails (so the pipeline retries it), and a retry
 * runs only the entrypoints that have not yet succeeded for that event: the delivery's
 * {@link EventHandler.Progress} remembers them.
 */
public final class ChannelFanOut implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelFanOut.class);
    /** Worker context key of the Bayeux client id, as the original's {@code CLIENT_ID_CONTEXT_KEY}. */
    public static final String CLIENT_ID_KEY = "client_id";
    /** Worker context key of the replay id, as the original's {@code REPLAY_ID_CONTEXT_KEY}. */
    public static final String REPLAY_ID_KEY = "replay_id";

    private final List<StreamingEntrypoint> entrypoints;
    private final HandlerInvoker invoker;
    private final Supplier<String> clientId;
    private final String ownClient;

    /**
     * @param entrypoints the entrypoints on the channel
     * @param invoker runs one worker
     * @param clientId the streaming session's current Bayeux client id
     * @param ownClient the service's own REST client name when it passes over its own changes
     *     ({@code SKIP_OWN_CHANGES}), else null
     */
    public ChannelFanOut(List<StreamingEntrypoint> entrypoints, HandlerInvoker invoker, Supplier<String> clientId,
                         String ownClient) {
        if (entrypoints.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most " + Long.SIZE + " entrypoints may share a channel, got "
                    + entrypoints.size());
        }
        this.entrypoints = List.copyOf(entrypoints);
        this.invoker = invoker;
        this.clientId = clientId;
        this.ownClient = ownClient;
    }

    @Override
    public void handle(StreamEvent event) throws Exception {
        handle(event, new Progress() {
            private long done;

            @Override
            public boolean isDone(int part) {
                return (done & (1L << part)) != 0;
            }

            @Override
            public void done(int part) {
                done |= 1L << part;
            }
        });
    }

    @Override
    public void handle(StreamEvent event, Progress progress) throws Exception {
        if (ownClient != null && event.changeEventHeader().filter(header -> header.madeByClient(ownClient)).isPresent()) {
            LOG.debug("Passing over change {} on {}: made by this service ({})", event.replayId(), event.channel(),
                    ownClient);
            return;
        }
        Notification notification = Notification.of(event);
        Map<String, Object> context = contextOf(event);
        Exception firstFailure = null;
        for (int i = 0; i < entrypoints.size(); i++) {
            if (progress.isDone(i)) {
                continue;
            }
            StreamingEntrypoint entrypoint = entrypoints.get(i);
            try {
                invoker.invoke(entrypoint.method(), entrypoint.arguments(notification), context, List.of(),
                        notification.channel());
                progress.done(i);
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
    }

    /** The worker context data of an event's workers (immutable, so that no worker copies it). */
    private Map<String, Object> contextOf(StreamEvent event) {
        String client = clientId.get();
        if (client == null) {
            return event.hasReplayId() ? Map.of(REPLAY_ID_KEY, event.replayId()) : Map.of();
        }
        return event.hasReplayId() ? Map.of(CLIENT_ID_KEY, client, REPLAY_ID_KEY, event.replayId())
                : Map.of(CLIENT_ID_KEY, client);
    }
}
