package com.marketplace.aftersales.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** The outbox as the operations dashboard sees it: {@code aftersales.outbox.*}. */
class OutboxMetrics {

    private final MeterRegistry registry;
    private final Clock clock;
    private final AtomicReference<Instant> oldestUnsent = new AtomicReference<>();
    private final AtomicLong parkedRows = new AtomicLong();
    private final AtomicBoolean leader = new AtomicBoolean();
    private final Timer publishLag;

    OutboxMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        Gauge.builder("aftersales.outbox.oldest.unsent.age", this, OutboxMetrics::oldestUnsentAgeSeconds)
                .description("Age of the oldest event not yet published (0 when none is waiting)")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("aftersales.outbox.parked.rows", parkedRows, AtomicLong::get)
                .description("Events that could not be published and wait for an operator")
                .register(registry);
        Gauge.builder("aftersales.outbox.relay.leader", leader, l -> l.get() ? 1 : 0)
                .description("1 on the instance that currently relays the outbox")
                .register(registry);
        publishLag = Timer.builder("aftersales.outbox.publish.lag")
                .description("From the commit of an event to the broker's acknowledgement")
                .publishPercentileHistogram()
                .register(registry);
    }

    void sent(OutboxRow row) {
        Counter.builder("aftersales.outbox.sent").tag("topic", row.topic())
                .description("Events published").register(registry).increment();
        publishLag.record(Duration.between(row.createdAt(), clock.instant()));
    }

    void failed(OutboxRow row, Throwable failure) {
        Counter.builder("aftersales.outbox.send.failures").tag("topic", row.topic())
                .tag("exception", failure.getClass().getSimpleName())
                .description("Failed attempts to publish an event").register(registry).increment();
    }

    void parked(OutboxRow row) {
        Counter.builder("aftersales.outbox.parked").tag("topic", row.topic())
                .description("Events parked after failing to publish").register(registry).increment();
        parkedRows.incrementAndGet();
    }

    void parkedRows(long count) {
        parkedRows.set(count);
    }

    void oldestUnsent(Instant createdAt) {
        oldestUnsent.set(createdAt);
    }

    void leader(boolean isLeader) {
        leader.set(isLeader);
    }

    private double oldestUnsentAgeSeconds() {
        Instant oldest = oldestUnsent.get();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }
}
