package dev.sfstream.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.delivery.EventHandler;
import dev.sfstream.delivery.StreamEvent;
import dev.sfstream.notification.Notification;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ChannelFanOutTest {
    @ServiceName("fan-out")
    public static class TwoHandlers {
        @Subscribe("/topic/a")
        public void first(Notification notification) {
        }

        @Subscribe("/topic/a")
        public void second(String channel, Notification notification) {
        }
    }

    @Test
    void everyEntrypointRunsAndARetryRunsOnlyTheOnesThatFailed() throws Exception {
        StreamingModel model = StreamingScan.scan(TwoHandlers.class);
        List<String> runs = new CopyOnWriteArrayList<>();
        List<Map<String, Object>> contexts = new CopyOnWriteArrayList<>();
        boolean[] secondFails = {true};
        ChannelFanOut fanOut = new ChannelFanOut(model.entrypointsOn("/topic/a"), (entrypoint, arguments, data, parents) -> {
            runs.add(entrypoint.name() + arguments.size());
            contexts.add(data);
            if (entrypoint.name().equals("second") && secondFails[0]) {
                throw new IllegalStateException("second failed");
            }
            return null;
        }, () -> "client-1", null);
        StreamEvent event = new StreamEvent("/topic/a", 7, Map.of("event", Map.of("replayId", 7)));

        Set<Integer> done = new HashSet<>();
        EventHandler.Progress progress = new EventHandler.Progress() {
            @Override
            public boolean isDone(int part) {
                return done.contains(part);
            }

            @Override
            public void done(int part) {
                done.add(part);
            }
        };
        assertThatThrownBy(() -> fanOut.handle(event, progress)).hasMessage("second failed");
        secondFails[0] = false;
        fanOut.handle(event, progress);

        assertThat(runs).containsExactly("first1", "second2", "second2");
        assertThat(contexts.get(0)).containsEntry("client_id", "client-1").containsEntry("replay_id", 7L);
    }
}
