package dev.sfstream.streaming;

import java.time.Duration;

/** Streaming settings with short back-offs and timeouts, to match the emulator's fast timers. */
final class FastSettings {
    private FastSettings() {
    }

    static StreamingSettings fast() {
        return StreamingSettings.defaults()
                .withReconnectBackOffBase(Duration.ofMillis(50))
                .withReconnectBackOffCap(Duration.ofMillis(400))
                .withLongBackOff(Duration.ofMillis(800))
                .withHandlerBackOff(Duration.ofMillis(10))
                .withCommitInterval(Duration.ofMillis(50))
                .withStopTimeout(Duration.ofSeconds(5))
                .withDisconnectTimeout(Duration.ofSeconds(1))
                .withMaxNetworkDelay(Duration.ofSeconds(3));
    }
}
