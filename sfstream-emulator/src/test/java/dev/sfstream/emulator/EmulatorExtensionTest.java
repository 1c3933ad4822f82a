package dev.sfstream.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.spi.EmulatorTimers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmulatorExtensionTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension();

    @Test
    void injectsTheRunningEmulatorWithFastTimers(Emulator emulator) {
        assertThat(emulator).isSameAs(EMULATOR.emulator());
        assertThat(emulator.isRunning()).isTrue();
        assertThat(emulator.timers()).isEqualTo(EmulatorTimers.fast());
        assertThat(emulator.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
    }

    @Nested
    class NestedTests {
        @Test
        void shareTheOuterClassEmulator(Emulator emulator) {
            assertThat(emulator).isSameAs(EMULATOR.emulator());
            assertThat(emulator.isRunning()).isTrue();
        }
    }
}
