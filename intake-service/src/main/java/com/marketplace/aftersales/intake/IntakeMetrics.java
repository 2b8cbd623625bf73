package com.marketplace.aftersales.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Intake's business metrics, all named {@code aftersales.intake.*}: the dashboards query exactly these names. Each is
 * counted when the command or record that caused it succeeded (an idempotent replay counts nothing).
 */
@Component
public class IntakeMetrics {

    private final MeterRegistry registry;

    public IntakeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** {@code aftersales.intake.cases.submitted{service_type, channel}}: requests registered. */
    public void caseSubmitted(String serviceType, String channel) {
        Counter.builder("aftersales.intake.cases.submitted").tag("service_type", serviceType).tag("channel", channel)
                .description("After-sales requests registered").register(registry).increment();
    }

    /** {@code aftersales.intake.cases.refused{reason}}: requests refused by a business rule (422/409). */
    public void caseRefused(String reason) {
        Counter.builder("aftersales.intake.cases.refused").tag("reason", reason)
                .description("Requests refused by a business rule (unknown order or line, amount, open case)")
                .register(registry).increment();
    }

    /** {@code aftersales.intake.reviews{decision}}: review outcomes. */
    public void reviewed(String decision) {
        Counter.builder("aftersales.intake.reviews").tag("decision", decision)
                .description("Agent reviews by decision").register(registry).increment();
    }

    /** {@code aftersales.intake.info.provided}: answers to a request for more information. */
    public void infoProvided() {
        Counter.builder("aftersales.intake.info.provided")
                .description("Customers' answers to NEEDS_MORE_INFO").register(registry).increment();
    }

    /** {@code aftersales.intake.messages.posted{author}}: messages by customers and by staff. */
    public void messagePosted(String author) {
        Counter.builder("aftersales.intake.messages.posted").tag("author", author)
                .description("Messages posted in case conversations").register(registry).increment();
    }

    /** {@code aftersales.intake.cases.withdrawn}: withdrawals. */
    public void withdrawn() {
        Counter.builder("aftersales.intake.cases.withdrawn")
                .description("Requests withdrawn by the customer").register(registry).increment();
    }

    /** {@code aftersales.intake.evidence.stored{content_type}} and {@code aftersales.intake.evidence.bytes}. */
    public void evidenceStored(String contentType, long size) {
        Counter.builder("aftersales.intake.evidence.stored").tag("content_type", contentType)
                .description("Evidence files stored").register(registry).increment();
        DistributionSummary.builder("aftersales.intake.evidence.bytes").baseUnit("bytes")
                .description("Size of stored evidence files").register(registry).record(size);
    }

    /** {@code aftersales.intake.evidence.refused{reason}}: uploads refused (type, size, count, no free upload slot). */
    public void evidenceRefused(String reason) {
        Counter.builder("aftersales.intake.evidence.refused").tag("reason", reason)
                .description("Evidence uploads refused").register(registry).increment();
    }

    /** {@code aftersales.intake.orders.replicated{outcome}}: order records applied, stale, or removed. */
    public void orderReplicated(String outcome) {
        Counter.builder("aftersales.intake.orders.replicated").tag("outcome", outcome)
                .description("Records of commerce.orders.v1 processed into the order replica")
                .register(registry).increment();
    }

    /** {@code aftersales.intake.downstream.applied{type}}: fulfillment and feedback events applied to intake's view. */
    public void downstreamApplied(String type) {
        Counter.builder("aftersales.intake.downstream.applied").tag("type", type)
                .description("Later stages' events that changed what intake allows (withdrawal, a new case on the line)")
                .register(registry).increment();
    }
}
