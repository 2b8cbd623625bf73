package com.marketplace.aftersales.benchmarks.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollingBaselineTest {

    @Test
    void aLongPollIntervalGetsTwoIntervalsAShortOneTheMonitorsWindow() {
        Duration tenMinutes = Duration.ofMinutes(10);

        assertThat(PollingBaseline.windowFor(tenMinutes, Duration.ofSeconds(300))).isEqualTo(tenMinutes);
        assertThat(PollingBaseline.windowFor(tenMinutes, Duration.ofSeconds(1))).isEqualTo(tenMinutes);
        assertThat(PollingBaseline.windowFor(Duration.ofMinutes(1), Duration.ofSeconds(300)))
                .isEqualTo(Duration.ofMinutes(10));
        assertThat(PollingBaseline.windowFor(Duration.ofMinutes(1), Duration.ofSeconds(30)))
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void theWindowIsAWholeNumberOfPolls() {
        assertThat(PollingBaseline.windowFor(Duration.ofMinutes(10), Duration.ofSeconds(7)))
                .isEqualTo(Duration.ofSeconds(602));
        assertThat(PollingBaseline.windowFor(Duration.ofSeconds(61), Duration.ofSeconds(2)))
                .isEqualTo(Duration.ofSeconds(62));
    }
}
