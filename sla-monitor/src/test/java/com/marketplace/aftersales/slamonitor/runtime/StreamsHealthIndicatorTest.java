package com.marketplace.aftersales.slamonitor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class StreamsHealthIndicatorTest {

    @Test
    void notReadyBeforeTheStreamsClientRuns() {
        StreamsRuntime notStarted = new StreamsRuntime(new StreamsBuilder().build(), new Properties(),
                Duration.ofSeconds(1), new SimpleMeterRegistry(), event -> { },
                new RestoreProgress(new SimpleMeterRegistry(), java.util.List.of()));

        Health health = new StreamsHealthIndicator(notStarted).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("state", "NOT_STARTED");
    }
}
