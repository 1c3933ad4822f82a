package dev.sfstream.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The short soak that runs in {@code mvn verify}: one minute of traffic on a PushTopic, a platform event and a
 * CDC channel with a fault every ~3 s. Asserts loss and leaks strictly; nothing here depends on timing.
 */
class ShortSoakTest {
    private static final long SEED = 20261128L;

    @Test
    void underRandomFaultsEveryEventIsHandledOrDeadLetteredAndNothingLeaks() throws Exception {
        SoakSettings settings = new SoakSettings(Duration.ofSeconds(60), 20, Duration.ofSeconds(3),
                Duration.ofSeconds(90), true, SEED);

        SoakReport report = new SoakRun(settings, System.out::println).run();
        System.out.println("SOAK " + report);

        assertThat(report.published()).as("events published").isGreaterThan(1000);
        assertThat(report.faults().values().stream().mapToInt(Integer::intValue).sum()).as("faults injected")
                .isGreaterThanOrEqualTo(5);
        assertThat(report.missingCount()).as("events neither handled nor dead-lettered, e.g. %s",
                report.missingSample()).isZero();
        assertThat(report.unknownEvents()).as("handled events that were never published").isZero();
        assertThat(report.deadLettered()).as("the always-failing events are dead-lettered").isPositive();
        assertThat(report.deadLettersWithoutReason()).as("dead letters without a reason").isZero();
        assertThat(report.unexpectedDeadLetters()).as("events dead-lettered that the handler would have handled")
                .isZero();
        assertThat(report.duplicates()).as("duplicates, bounded by what was in flight at the faults")
                .isLessThanOrEqualTo(report.duplicateBound());
        assertThat(report.threadsAfter()).as("threads after the session stopped")
                .isLessThanOrEqualTo(report.threadsBefore() + SoakReport.LEAK_TOLERANCE);
        if (report.socketsBefore() >= 0) {
            assertThat(report.socketsAfter()).as("open sockets after the session stopped")
                    .isLessThanOrEqualTo(report.socketsBefore() + SoakReport.LEAK_TOLERANCE);
        }
        assertThat(report.problems()).isEmpty();
    }
}
