package dev.sfstream.bench.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfstream.bench.fresh.ProbeReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventProbeTest {
    @TempDir
    Path directory;

    @Test
    void unstampedEventsMarkTheSubscriptionLiveButOnlyCountedEventsEndTheMeasurement() {
        Path report = directory.resolve("report.properties");
        EventProbe probe = new EventProbe(report, 3);

        probe.onEvent(0);
        assertThat(EventProbe.firstMarker(report)).exists();
        probe.onEvent(micros(Instant.now().minusMillis(4)));
        probe.onEvent(-1);
        assertThat(report).doesNotExist();
        probe.onEvent(micros(Instant.now().minusMillis(2)));

        ProbeReport figures = ProbeReport.read(report);
        assertThat(figures.events()).isEqualTo(3);
        assertThat(figures.pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(figures.lastEventMicros()).isGreaterThanOrEqualTo(figures.firstEventMicros());
        assertThat(figures.cpuNanos()).isGreaterThanOrEqualTo(figures.cpuNanosAtFirst()).isPositive();
        assertThat(figures.allocatedBytes()).isGreaterThanOrEqualTo(figures.allocatedBytesAtFirst());
        assertThat(figures.latencyP50Micros()).isGreaterThanOrEqualTo(2_000);
        assertThat(figures.latencyP99Micros()).isGreaterThanOrEqualTo(figures.latencyP50Micros());
    }

    @Test
    void eventsAfterTheLastCountedOneLeaveTheReportAsItWas() throws Exception {
        Path report = directory.resolve("report.properties");
        EventProbe probe = new EventProbe(report, 1);
        probe.onEvent(-1);
        String written = Files.readString(report);

        probe.onEvent(-1);

        assertThat(Files.readString(report)).isEqualTo(written);
    }

    @Test
    void aReportWithoutAFigureIsRefusedNamingIt() {
        assertThatThrownBy(() -> ProbeReport.parse("events=3\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'pid'");
    }

    @Test
    void aCountOutOfRangeIsRefused() {
        assertThatThrownBy(() -> new EventProbe(directory.resolve("r"), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 0");
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000L;
    }
}
