package dev.sfstream.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class SfstreamConfigTest {
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(SfstreamConfig.class);

    @BeforeEach
    void captureLogs() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void releaseLogs() {
        logger.detachAppender(logged);
    }

    @Test
    void aMisspeltTopLevelKeyIsWarnedAboutAndTheDefaultApplies() {
        SfstreamConfig config = SfstreamConfig.of(Map.of("max_wokers", 4, "OTHER_EXTENSION_KEY", "x"));

        assertThat(config.maxWorkers()).isEqualTo(SfstreamConfig.DEFAULT_MAX_WORKERS);
        assertThat(logged.list).extracting(ILoggingEvent::getLevel, ILoggingEvent::getFormattedMessage)
                .containsExactly(tuple(Level.WARN,
                        "Config key `max_wokers` is not known; did you mean `max_workers`?"));
    }
}
