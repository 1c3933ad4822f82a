package dev.sfstream.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RestSettingsTest {
    @Test
    void defaultsRetryIdempotentRequestsThreeTimesAsTheOriginalsReadRetries() {
        RestSettings settings = RestSettings.defaults("37.0");
        assertThat(settings.maxAttempts()).isEqualTo(4);
        assertThat(settings.clientName()).isEqualTo("sfstream");
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.queryBatchSize()).isNull();
    }

    @Test
    void refusesValuesThatWouldBreakTheWireWithTheValueNamed() {
        assertThatThrownBy(() -> RestSettings.defaults("v37"))
                .hasMessage("REST apiVersion 'v37' is not an API version like 37.0");
        assertThatThrownBy(() -> RestSettings.defaults("37.0").withClientName("a; b"))
                .hasMessageStartingWith("REST clientName 'a; b' must be 1 to 64 letters");
        assertThatThrownBy(() -> RestSettings.defaults("37.0").withQueryBatchSize(100))
                .hasMessage("REST queryBatchSize 100 must be between 200 and 2000 (Salesforce's range)");
        assertThatThrownBy(() -> RestSettings.defaults("37.0").withRetries(0, null, null))
                .hasMessage("REST maxAttempts 0 must be between 1 and 20");
        assertThatThrownBy(() -> RestSettings.defaults("37.0").withRequestTimeout(Duration.ZERO))
                .hasMessage("REST requestTimeout PT0S must be positive");
        assertThat(RestSettings.defaults("37.0").withClientName(null).clientName()).isNull();
    }
}
