package dev.sfstream.delivery.internal;

import dev.sfstream.delivery.DeadLetterSink;
import dev.sfstream.delivery.EventHandler;
import dev.sfstream.delivery.StreamEvent;
import dev.sfstream.replay.SessionReplay;
import java.time.Clock;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Takes events off the CometD thread at once and hands them to handlers on a worker pool: same-record
 * events in order, others in parallel, failures retried then dead-lettered, and every finished event
 * reported to the channel's watermark. Accepting never blocks; instead the session asks
 * {@link #whenRoom} before each poll, which is how a full pipeline pauses polling.
 */
public final class DeliveryPipeline {
    private final PipelineOptions options;
    private final SessionReplay replay;
    private final DeliveryMetrics metrics;
    private final ExecutorService workers;
    private final ScheduledExecutorService retryScheduler;
    private final HandOff handOff;
    private final KeyedExecutor keyed;
    private final HandlerRunner runner;
    private final DependencyOutage outage;
    private final AtomicInteger outstanding = new AtomicInteger();
    private final Queue<Consumer<Boolean>> roomWaiters = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean aborted = new AtomicBoolean();
    private final Object drained = new Object();

    public DeliveryPipeline(PipelineOptions options, SessionReplay replay, DeadLetterSink deadLetters,
            DeliveryMetrics metrics, String threadPrefix, Consumer<String> gaveUp, BooleanSupplier handOver) {
        this.options = options;
        this.replay = replay;
        this.metrics = metrics;
        this.workers = Executors.newFixedThreadPool(options.maxWorkers(), NamedThreads.factory(threadPrefix + "-worker"));
        this.retryScheduler = Executors.newSingleThreadScheduledExecutor(NamedThreads.factory(threadPrefix + "-retry"));
        this.handOff = new HandOff(workers);
        this.keyed = new KeyedExecutor(handOff);
        this.outage = new DependencyOutage(options.outageLimit(), gaveUp, System::nanoTime);
        this.runner = new HandlerRunner(options.handlerRetries(), options.handlerBackOff(), options.handlerTimeout(),
                retryScheduler, workers,
                deadLetters, outage, aborted::get, handOver, Clock.systemUTC());
    }

    /**
     * Accepts an event received on a CometD thread. Returns false when the event was not taken: a
     * duplicate of one already received, or the pipeline is closing (the event is then replayed later).
     */
    public boolean accept(StreamEvent event, EventHandler handler) {
        if (closed.get()) {
            return false;
        }
        DeliveryMetrics.Channel counters = metrics.of(event.channel());
        counters.received.increment();
        if (event.hasReplayId() && !replay.receive(event.channel(), event.replayId())) {
            counters.duplicates.increment();
            return false;
        }
        outstanding.incrementAndGet();
        keyed.submit(new Delivery(event, handler, counters));
        return true;
    }

    /**
     * Runs {@code receive}, which accepts the events of one reply on this thread; they start on the workers
     * together when it returns, waking the workers once for the whole reply.
     */
    public void acceptTogether(Runnable receive) {
        handOff.together(receive);
    }

    /** One accepted event: handled in its key's turn, then reported finished. One object per event. */
    private final class Delivery extends HandlerRunner.Run {
        private final StreamEvent event;
        private final EventHandler handler;

        Delivery(StreamEvent event, EventHandler handler, DeliveryMetrics.Channel counters) {
            super(OrderingKeys.keysOf(event, options.ordering()), counters);
            this.event = event;
            this.handler = handler;
        }

        @Override
        StreamEvent event() {
            return event;
        }

        @Override
        EventHandler handler() {
            return handler;
        }

        @Override
        void start() {
            runner.handle(this);
        }

        @Override
        void completed() {
            done();
            finished(event);
        }
    }

    private void finished(StreamEvent event) {
        if (event.hasReplayId()) {
            replay.complete(event.channel(), event.replayId());
        }
        int left = outstanding.decrementAndGet();
        if (left < options.queueCapacity()) {
            releaseWaiters(true);
        }
        if (left == 0) {
            synchronized (drained) {
                drained.notifyAll();
            }
        }
    }

    /**
     * Whether polling must pause: too many events are waiting or running, a dependency of the handlers is
     * unavailable (events are held), or the pipeline is closing.
     */
    public boolean isFull() {
        return closed.get() || outstanding.get() >= options.queueCapacity() || outage.active();
    }

    /** How many more events are taken before the pipeline is full; zero when full, closing or holding. */
    public int room() {
        return isFull() ? 0 : Math.max(0, options.queueCapacity() - outstanding.get());
    }

    /** Events accepted and not yet done. */
    public int outstanding() {
        return outstanding.get();
    }

    /**
     * Runs {@code proceed} with true as soon as there is room (at once if there is), or with false if the
     * pipeline closes first.
     */
    public void whenRoom(Consumer<Boolean> proceed) {
        if (closed.get()) {
            proceed.accept(false);
            return;
        }
        if (!isFull()) {
            proceed.accept(true);
            return;
        }
        roomWaiters.add(proceed);
        if (!isFull() || closed.get()) {
            releaseWaiters(!closed.get());
        }
    }

    private void releaseWaiters(boolean room) {
        Consumer<Boolean> waiter;
        while ((!room || !isFull()) && (waiter = roomWaiters.poll()) != null) {
            waiter.accept(room);
        }
    }

    /** Stops taking events; in-flight events carry on. Waiting polls are released with false. */
    public void close() {
        closed.set(true);
        releaseWaiters(false);
    }

    /** Closes, then waits up to {@code timeout} for in-flight events to finish; true when all did. */
    public boolean drain(Duration timeout) throws InterruptedException {
        close();
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (drained) {
            while (outstanding.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(drained, left);
            }
        }
        return true;
    }

    /** Abandons unfinished events (they stay uncommitted), interrupts handlers and releases every thread. */
    public void abort(Duration grace) throws InterruptedException {
        close();
        aborted.set(true);
        retryScheduler.shutdownNow();
        workers.shutdownNow();
        workers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
        retryScheduler.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
    }

}
