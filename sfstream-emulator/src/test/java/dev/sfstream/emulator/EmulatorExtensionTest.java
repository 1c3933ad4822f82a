package dev.sfstream.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.spi.EmulatorTimers;
import dev.sfstream.emulator.spi.PubSubTimers;
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

    @Test
    void exposesThePubSubApiOnAPortOfItsOwnWithFastTimers(Emulator emulator) {
        assertThat(EMULATOR.pubSubPort()).isPositive().isNotEqualTo(emulator.port());
        assertThat(emulator.pubSubTarget()).isEqualTo("127.0.0.1:" + EMULATOR.pubSubPort());
        assertThat(emulator.pubSubTimers()).isEqualTo(PubSubTimers.fast());
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
