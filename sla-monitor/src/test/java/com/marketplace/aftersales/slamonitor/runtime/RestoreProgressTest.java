package com.marketplace.aftersales.slamonitor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** How far each store's restore from its changelog has come, as the dashboards see it. */
class RestoreProgressTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RestoreProgress progress = new RestoreProgress(registry, List.of("case-clocks", "timers"));
    private final TopicPartition p0 = new TopicPartition("sla-monitor-timers-changelog", 0);
    private final TopicPartition p1 = new TopicPartition("sla-monitor-timers-changelog", 1);

    @Test
    void theRemainingRecordsShrinkBatchByBatchAndVanishWhenTheRestoreEnds() {
        assertThat(remaining("timers")).isZero();

        progress.onRestoreStart(p0, "timers", 0, 1000);
        progress.onRestoreStart(p1, "timers", 500, 800);
        assertThat(remaining("timers")).isEqualTo(1300);
        assertThat(remaining("case-clocks")).isZero();

        progress.onBatchRestored(p0, "timers", 399, 400);
        assertThat(remaining("timers")).isEqualTo(900);
        assertThat(registry.get(RestoreProgress.RESTORED).tag("store", "timers").counter().count()).isEqualTo(400);

        progress.onRestoreEnd(p1, "timers", 300);
        progress.onRestoreSuspended(p0, "timers", 400);
        assertThat(remaining("timers")).isZero();
    }

    private double remaining(String store) {
        return registry.get(RestoreProgress.REMAINING).tag("store", store).gauge().value();
    }
}
