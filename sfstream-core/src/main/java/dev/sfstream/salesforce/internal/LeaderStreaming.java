package dev.sfstream.salesforce.internal;

import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.EntrypointExtension;
import dev.sfstream.container.HandlerInvoker;
import dev.sfstream.container.LeaderElection;
import dev.sfstream.failure.Failure;
import dev.sfstream.streaming.StreamingSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The streaming session of a service run with a leader election: opened when this replica becomes the
 * leader (resuming from the committed replay ids), stopped gracefully when it loses the lead. Opening
 * and stopping run on a thread of their own, so that the election keeps renewing its lease meanwhile.
 * Stop commits before giving the lead up, so the standby resumes exactly where this replica stopped. It is active
 * only while this replica streams.
 */
final class LeaderStreaming implements EntrypointExtension.Running {
    private static final Logger LOG = LoggerFactory.getLogger(LeaderStreaming.class);
    private static final Duration STANDBY_STOP_TIMEOUT = Duration.ofSeconds(10);

    private final StreamingModel model;
    private final SfstreamConfig config;
    private final SalesforceConnection salesforce;
    private final HandlerInvoker invoker;
    private final StreamingOptions options;
    private final Consumer<Failure> containerFailed;
    private final ExecutorService worker;
    private volatile LeaderElection.Membership membership;
    private volatile boolean streaming;
    private volatile boolean leaving;
    /** The streaming sessions of the current leadership term, null between terms; confined to the worker thread. */
    private List<StreamingSession> term;

    private LeaderStreaming(StreamingModel model, SfstreamConfig config, SalesforceConnection salesforce,
                            HandlerInvoker invoker, StreamingOptions options) {
        this.model = model;
        this.config = config;
        this.salesforce = salesforce;
        this.invoker = invoker;
        this.containerFailed = options.sessionFailed();
        this.options = options.withSessionFailed(this::sessionFailed);
        this.worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, model.name() + "-leader-1");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Joins the election; streaming starts when, and only while, this replica leads. */
    static LeaderStreaming join(StreamingModel model, SfstreamConfig config, SalesforceConnection salesforce,
                                HandlerInvoker invoker, StreamingOptions options) {
        LeaderStreaming leader = new LeaderStreaming(model, config, salesforce, invoker, options);
        leader.membership = options.leaderElection().join(model.name(), () -> leader.submit(leader::lead),
                () -> leader.submit(leader::standBy));
        LOG.info("Service {}: joined the leader election; streaming starts when this replica leads", model.name());
        return leader;
    }

    @Override
    public boolean isActive() {
        return streaming;
    }

    /** Whether this replica can still prove it leads; events are handed to handlers only while it can. */
    private boolean holdsLease() {
        LeaderElection.Membership current = membership;
        return current != null && current.holdsLease();
    }

    private void lead() {
        if (leaving || term != null) {
            return;
        }
        LOG.info("Service {}: this replica leads; streaming from the committed replay ids", model.name());
        List<StreamingSession> sessions = new ArrayList<>();
        try {
            StreamingBinding.open(model, config, salesforce, invoker, options, (name, session) -> sessions.add(session),
                    this::holdsLease, () -> { });
            term = sessions;
            streaming = true;
        } catch (InterruptedException interrupted) {
            releaseNewestFirst(sessions, StreamingSession::kill);
            Thread.currentThread().interrupt();
        } catch (RuntimeException failure) {
            releaseNewestFirst(sessions, StreamingSession::kill);
            membership.leave();
            containerFailed.accept(new Failure(Failure.Kind.INTERNAL, null, true,
                    "the leader could not start streaming: " + failure.getMessage(), failure));
        }
    }

    private void standBy() {
        if (term != null) {
            LOG.warn("Service {}: this replica no longer leads; stopping its streaming session", model.name());
            endTerm(STANDBY_STOP_TIMEOUT);
        }
    }

    /** Stops the term's sessions gracefully (they commit), newest first, sharing {@code timeout}. */
    private void endTerm(Duration timeout) {
        streaming = false;
        if (term != null) {
            long deadline = System.nanoTime() + timeout.toNanos();
            releaseNewestFirst(term, session ->
                    session.stop(Duration.ofNanos(Math.max(0, deadline - System.nanoTime()))));
            term = null;
        }
    }

    /** Stops or kills each session, newest first; a failure is logged so that it does not keep the others running. */
    private void releaseNewestFirst(List<StreamingSession> sessions, Consumer<StreamingSession> release) {
        for (int i = sessions.size() - 1; i >= 0; i--) {
            try {
                release.accept(sessions.get(i));
            } catch (RuntimeException failure) {
                LOG.warn("Service {}: releasing a streaming session failed: {}", model.name(), failure.toString());
            }
        }
    }

    private void sessionFailed(Failure reason) {
        // Give the lead up so that a standby can try; this replica's container reports the failure.
        submit(() -> {
            endTerm(STANDBY_STOP_TIMEOUT);
            membership.leave();
        });
        containerFailed.accept(reason);
    }

    /** Stops streaming gracefully (commits), then leaves the election so that a standby takes over at once. */
    @Override
    public void stop(Duration timeout) {
        leaving = true;
        submit(() -> endTerm(timeout));
        shutDown(timeout.plus(STANDBY_STOP_TIMEOUT));
        membership.leave();
    }

    /** Stops at once without committing and without giving the lead up: a standby takes over when it expires. */
    @Override
    public void kill() {
        leaving = true;
        membership.abandon();
        submit(() -> {
            streaming = false;
            if (term != null) {
                releaseNewestFirst(term, StreamingSession::kill);
                term = null;
            }
        });
        shutDown(STANDBY_STOP_TIMEOUT);
    }

    private void shutDown(Duration timeout) {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void submit(Runnable step) {
        try {
            worker.execute(step);
        } catch (RejectedExecutionException stopped) {
            // Leaving: later election news no longer matter.
        }
    }
}
