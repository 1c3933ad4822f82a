package dev.sfstream.replay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InMemoryReplayStoreTest {
    @Test
    void keepsOnePositionPerChannel() {
        InMemoryReplayStore store = new InMemoryReplayStore();
        assertThat(store.load("/topic/A")).isEmpty();
        store.save("/topic/A", 5);
        store.save("/topic/B", 7);
        store.save("/topic/A", 6);
        assertThat(store.load("/topic/A")).hasValue(6);
        assertThat(store.load("/topic/B")).hasValue(7);
    }
}
