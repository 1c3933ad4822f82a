package dev.sfstream.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class HandOffTest {
    private final List<Runnable> started = new CopyOnWriteArrayList<>();
    private final HandOff handOff = new HandOff(started::add);

    @Test
    void tasksSubmittedOutsideABatchStartAtOnce() {
        Runnable task = () -> { };
        handOff.execute(task);
        assertThat(started).containsExactly(task);
    }

    @Test
    void tasksSubmittedWhileReceivingAReplyStartTogetherWhenItEnds() {
        Runnable first = () -> { };
        Runnable second = () -> { };

        handOff.together(() -> {
            handOff.execute(first);
            handOff.together(() -> handOff.execute(second));
            assertThat(started).isEmpty();
        });

        assertThat(started).containsExactly(first, second);
    }

    @Test
    void tasksHeldWhenReceivingFailsStillStart() {
        Runnable task = () -> { };

        assertThatCode(() -> handOff.together(() -> {
            handOff.execute(task);
            throw new IllegalStateException("reply broke off");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(started).containsExactly(task);
    }

    @Test
    void otherThreadsAreNotHeldBack() throws Exception {
        Runnable task = () -> { };
        Thread other = new Thread(() -> handOff.execute(task));

        handOff.together(() -> {
            other.start();
            join(other);
            assertThat(started).containsExactly(task);
        });
    }

    @Test
    void tasksForAStoppedPoolAreDropped() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        pool.shutdownNow();
        HandOff stopped = new HandOff(pool);

        assertThatCode(() -> stopped.together(() -> stopped.execute(() -> { }))).doesNotThrowAnyException();
        assertThatCode(() -> stopped.execute(() -> { })).doesNotThrowAnyException();
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException interrupted) {
            throw new IllegalStateException(interrupted);
        }
    }
}
