package dev.sfstream.bench.fresh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

@EnabledOnOs(OS.LINUX)
class ProcStatusTest {
    private static final Path PROC = Path.of("/proc");

    @Test
    void theMainThreadsStatusFileGivesItsSwitchesAndTheProcessPeakRss() throws Exception {
        String text = Files.readString(PROC.resolve("self/status"));

        ProcStatus status = ProcStatus.parse(text);

        assertThat(text).contains("voluntary_ctxt_switches:", "nonvoluntary_ctxt_switches:", "VmHWM:");
        assertThat(status.voluntarySwitches()).isPositive();
        assertThat(status.peakRssKiB()).isGreaterThan(1024);
    }

    @Test
    void aProcessSumsTheSwitchesOfAllItsThreads() throws Exception {
        long pid = ProcessHandle.current().pid();
        long mainThreadOnly = ProcStatus.parse(Files.readString(PROC.resolve(pid + "/status"))).switches();

        ProcStatus process = ProcStatus.of(PROC, pid);

        assertThat(process.switches()).isGreaterThan(mainThreadOnly);
        assertThat(process.peakRssKiB()).isGreaterThan(1024);
    }

    @Test
    void aFileWithoutTheFieldsReadsAsZero() {
        assertThat(ProcStatus.parse("Name:\tjava\nState:\tS (sleeping)\n")).isEqualTo(new ProcStatus(0, 0, 0));
    }

    @Test
    void aProcessThatIsGoneIsNamed() {
        assertThatThrownBy(() -> ProcStatus.of(PROC, Long.MAX_VALUE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(Long.toString(Long.MAX_VALUE));
    }
}
