package dev.sfstream.amqp.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rabbitmq.client.impl.LongStringHelper;
import dev.sfstream.container.WorkerContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NamekoHeadersTest {
    @Test
    void encodesTheStackAsAListAndContextDataWithThePrefix() {
        WorkerContext worker = WorkerContext.start("proxy", "handle", List.of("up.stream.1"),
                Map.of("client_id", "abc", "replay_id", 17L, "language", "en"));

        Map<String, Object> headers = NamekoHeaders.encode(worker);

        assertThat(headers).containsOnlyKeys("nameko.call_id_stack", "nameko.client_id", "nameko.replay_id",
                "nameko.language");
        assertThat(headers.get("nameko.call_id_stack")).isEqualTo(worker.callIdStack());
        assertThat(headers.get("nameko.replay_id")).isEqualTo(17L);
    }

    @Test
    void keepsAtMostElevenCallIds() {
        List<String> parents = IntStream.range(0, 15).mapToObj(i -> "a.b." + i).toList();
        WorkerContext worker = new WorkerContext("s", "m", new ArrayList<>(parents), Map.of());

        @SuppressWarnings("unchecked")
        List<String> stack = (List<String>) NamekoHeaders.encode(worker).get("nameko.call_id_stack");

        assertThat(stack)
                .hasSize(11).startsWith("a.b.4").endsWith("a.b.14");
    }

    @Test
    void refusesContextValuesAmqpCannotCarryNamingTheKey() {
        WorkerContext worker = new WorkerContext("s", "m", List.of("s.m.1"), Map.of("when", new Object()));

        assertThatThrownBy(() -> NamekoHeaders.encode(worker)).hasMessageContaining("'when'");
    }

    @Test
    void decodesPrefixedAndPlainHeadersAndTurnsAmqpStringsIntoJavaStrings() {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("nameko.call_id_stack", List.of(LongStringHelper.asLongString("py.svc.1"),
                LongStringHelper.asLongString("py.svc.2")));
        headers.put("nameko.user_id", LongStringHelper.asLongString("u1"));
        headers.put("nameko.replay_id", 5);
        headers.put("x-trace", LongStringHelper.asLongString("t"));
        headers.put("nameko.nothing", null);

        NamekoHeaders.CallContext context = NamekoHeaders.decode(headers);

        assertThat(context.parentCallIds()).containsExactly("py.svc.1", "py.svc.2");
        assertThat(context.data()).containsExactlyInAnyOrderEntriesOf(Map.of("user_id", "u1", "replay_id", 5,
                "x-trace", "t"));
        assertThat(NamekoHeaders.decode(null).parentCallIds()).isEmpty();
    }
}
