package com.marketplace.aftersales.caseview.projection;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.notification.NotificationRequested;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** How far behind the lifecycle the read model is, and what it asked the messaging team to send. */
@Component
class ProjectionMetrics {

    private final MeterRegistry registry;
    private final Clock clock;

    ProjectionMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** Called after the commit, so a rolled-back and retried event is counted once. */
    void applied(EventEnvelope<? extends CaseEvent> envelope, NotificationRequested notification) {
        Duration lag = Duration.between(envelope.time(), clock.instant());
        Timer.builder("aftersales.caseview.projection.lag")
                .description("From an event's time to the moment case-view committed it: how stale the app's view is")
                .tag("topic", envelope.topic().name())
                .publishPercentileHistogram()
                .register(registry)
                .record(lag.isNegative() ? Duration.ZERO : lag);
        if (notification != null) {
            Counter.builder("aftersales.caseview.notifications.requested")
                    .description("Status notifications requested for customers")
                    .tag("template", notification.template())
                    .register(registry)
                    .increment();
        }
    }
}
