package dev.sfstream.soak.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.soak.FaultKind;
import dev.sfstream.soak.SoakReport;
import dev.sfstream.soak.SoakSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The whole-service soak in {@code mvn verify}: one minute of traffic on four channels (one over Pub/Sub) through
 * the real container, RabbitMQ on 127.0.0.1:5672 and a private Redis, with a fault every ~3 s, broker losses and
 * emulator restarts among them. Asserts loss on both hops, duplicates and leaks strictly; nothing depends on timing.
 */
class ServiceSoakTest {
    /** A seed whose schedule holds a broker loss and an emulator restart (the schedule depends on the seed only). */
    private static final long SEED = 20261217L;

    @Test
    void underRandomFaultsEveryEventReachesTheQueueOrIsDeadLetteredAndNothingLeaks() throws Exception {
        SoakSettings soak = new SoakSettings(Duration.ofSeconds(60), 20, Duration.ofSeconds(3), Duration.ofSeconds(90),
                true, SEED);
        ServiceSoakSettings settings = new ServiceSoakSettings(soak, ServiceSoakSettings.LOCAL_BROKER,
                Duration.ofSeconds(8));

        ServiceSoakReport report = new ServiceSoakRun(settings, System.out::println).run();
        SoakReport hop = report.firstHop();
        System.out.println("SERVICE SOAK " + report);

        assertThat(hop.published()).as("events published").isGreaterThan(1000);
        assertThat(report.publishedByChannel()).as("events published on each channel, Pub/Sub included")
                .hasSize(4).allSatisfy((channel, count) -> assertThat(count).as(channel).isGreaterThan(250));
        assertThat(hop.faults()).as("faults injected").containsKeys(FaultKind.BROKER_LOSS, FaultKind.EMULATOR_RESTART);
        assertThat(hop.missingCount()).as("events neither handled nor dead-lettered, e.g. %s", hop.missingSample())
                .isZero();
        assertThat(hop.unknownEvents()).as("handled events that were never published").isZero();
        assertThat(hop.deadLettered()).as("the always-failing events are dead-lettered").isPositive();
        assertThat(hop.deadLettersWithoutReason()).as("dead letters without a reason").isZero();
        assertThat(hop.unexpectedDeadLetters()).as("events dead-lettered that the handler would have handled")
                .isZero();
        assertThat(report.heldThroughOutages()).as("events held through a broker outage, then handled").isPositive();
        assertThat(hop.duplicates()).as("handler duplicates, bounded by what was in flight at the faults")
                .isLessThanOrEqualTo(hop.duplicateBound());
        assertThat(report.lostOnQueue()).as("handled events missing from the queue, e.g. %s",
                report.lostOnQueueSample()).isZero();
        assertThat(report.delivered()).as("events in the queue").isEqualTo(hop.handled());
        assertThat(report.unknownOnQueue()).as("events in the queue that were never handled").isZero();
        assertThat(report.queueDuplicates()).as("queue duplicates, bounded by what was in flight at the faults")
                .isLessThanOrEqualTo(hop.duplicateBound());
        assertThat(hop.finalState()).as("the service after the faults").isEqualTo("RUNNING");
        assertThat(hop.threadsAfter()).as("threads after the service stopped: %s", hop.newThreads())
                .isLessThanOrEqualTo(hop.threadsBefore() + SoakReport.LEAK_TOLERANCE);
        if (hop.socketsBefore() >= 0) {
            assertThat(hop.socketsAfter()).as("open sockets after the service stopped")
                    .isLessThanOrEqualTo(hop.socketsBefore() + SoakReport.LEAK_TOLERANCE);
        }
        assertThat(report.problems()).isEmpty();
    }
}
