package dev.sfstream.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkerContextTest {
    @Test
    void callIdsAreServiceMethodAndARandomVersionFourUuidAsNamekosAre() {
        WorkerContext worker = WorkerContext.start("orders", "handle", List.of(), Map.of());

        assertThat(worker.callId()).matches("orders\\.handle\\.[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        UUID uuid = UUID.fromString(worker.callId().substring("orders.handle.".length()));
        assertThat(uuid.version()).isEqualTo(4);
        assertThat(uuid.variant()).isEqualTo(2);
        assertThat(worker.callIdStack()).containsExactly(worker.callId());
    }

    @Test
    void callIdsDoNotRepeat() {
        Set<String> ids = new HashSet<>();
        IntStream.range(0, 20_000).parallel()
                .mapToObj(i -> WorkerContext.start("orders", "handle", List.of(), Map.of()).callId())
                .toList().forEach(ids::add);
        assertThat(ids).hasSize(20_000);
    }

    @Test
    void theStackKeepsTheLastTenParentCallsThenTheWorkersOwn() {
        List<String> parents = IntStream.rangeClosed(1, 12).mapToObj(i -> "caller.method." + i).toList();

        WorkerContext worker = WorkerContext.start("orders", "handle", parents, Map.of("replay_id", 5L));

        assertThat(worker.callIdStack()).hasSize(11);
        assertThat(worker.callIdStack().subList(0, 10)).isEqualTo(parents.subList(2, 12));
        assertThat(worker.callIdStack().get(10)).isEqualTo(worker.callId()).startsWith("orders.handle.");
        assertThat(worker.data()).containsEntry("replay_id", 5L);
    }
}
