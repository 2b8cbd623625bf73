package com.marketplace.aftersales.platform.outbox;

import com.marketplace.aftersales.platform.consumer.InboundConsumerStatus;
import java.util.Optional;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Readiness includes the messaging machinery, not only the database: an instance whose consumer has stopped or whose
 * relay thread died is taken out of rotation (and its orchestrator restarts it) instead of looking healthy.
 */
public class MessagingHealth implements HealthIndicator {

    private final Optional<OutboxRelay> relay;
    private final Optional<InboundConsumerStatus> consumer;

    public MessagingHealth(Optional<OutboxRelay> relay, Optional<InboundConsumerStatus> consumer) {
        this.relay = relay;
        this.consumer = consumer;
    }

    @Override
    public Health health() {
        boolean relayHealthy = relay.map(OutboxRelay::isHealthy).orElse(true);
        boolean consuming = consumer.map(InboundConsumerStatus::isConsuming).orElse(true);
        Health.Builder health = relayHealthy && consuming ? Health.up() : Health.down();
        return health.withDetail("relay", relayHealthy ? "running" : "stopped")
                .withDetail("consumer", consuming ? "running" : "stopped")
                .build();
    }
}
