package com.marketplace.aftersales.slamonitor.runtime;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Part of readiness: DOWN until the Streams client is first {@code RUNNING} (stores restored, partitions assigned),
 * so a rolling update waits for the new instance; a later rebalance keeps it UP (the client is healthy, the group
 * is moving tasks); any other state (stopping, failed) is DOWN.
 */
final class StreamsHealthIndicator implements HealthIndicator {

    private final StreamsRuntime runtime;

    StreamsHealthIndicator(StreamsRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Health health() {
        KafkaStreams.State state = runtime.state();
        if (state == null) {
            return Health.down().withDetail("state", "NOT_STARTED").build();
        }
        boolean up = state == KafkaStreams.State.RUNNING
                || state == KafkaStreams.State.REBALANCING && runtime.hasBeenRunning();
        return (up ? Health.up() : Health.down()).withDetail("state", state.name()).build();
    }
}
