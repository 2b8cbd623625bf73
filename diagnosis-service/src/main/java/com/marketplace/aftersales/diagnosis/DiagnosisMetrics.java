package com.marketplace.aftersales.diagnosis;

import com.marketplace.aftersales.platform.support.AfterCommit;
import com.marketplace.aftersales.contracts.diagnosis.CaseDiagnosed;
import com.marketplace.aftersales.contracts.diagnosis.CaseDisputed;
import com.marketplace.aftersales.contracts.diagnosis.CompensationApproved;
import com.marketplace.aftersales.contracts.diagnosis.DisputeDecided;
import com.marketplace.aftersales.contracts.diagnosis.InstantRefundApproved;
import com.marketplace.aftersales.contracts.diagnosis.RiskCleared;
import com.marketplace.aftersales.contracts.diagnosis.RiskFlagged;
import com.marketplace.aftersales.contracts.diagnosis.HandlerAssigned;
import com.marketplace.aftersales.contracts.diagnosis.MerchantResponded;
import com.marketplace.aftersales.contracts.diagnosis.MerchantVerificationRequested;
import com.marketplace.aftersales.contracts.diagnosis.PriorityChanged;
import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.diagnosis.risk.RiskAssessment;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Diagnosis' business metrics ({@code aftersales.diagnosis.*}), counted from the events a committed change produced, so
 * the numbers match what other teams see on the topic.
 */
@Component
public class DiagnosisMetrics {

    private final MeterRegistry registry;

    DiagnosisMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts {@code events} once the current transaction has committed. */
    public Mono<Void> countWhenCommitted(List<? extends CaseEvent> events) {
        return events.isEmpty() ? Mono.empty() : AfterCommit.run(() -> events.forEach(this::count));
    }

    /** A deadline action received: applied, skipped (and why, coarsely), a repeated action id, or another's action. */
    public Mono<Void> deadlineActionWhenCommitted(String action, String outcome) {
        return AfterCommit.run(() -> Counter.builder("aftersales.diagnosis.deadline.actions")
                .description("SLA deadline actions received by diagnosis, by what diagnosis did with them")
                .tag("action", action).tag("outcome", outcome)
                .register(registry).increment());
    }

    public Mono<Void> caseClosedWhenCommitted(String reason) {
        return AfterCommit.run(() -> Counter.builder("aftersales.diagnosis.cases.closed")
                .description("Cases diagnosis stopped acting on, by why they ended")
                .tag("reason", reason).register(registry).increment());
    }

    /** A staff decision no event carries (a risk block, a refused compensation), once committed. */
    public Mono<Void> riskDecisionWhenCommitted(String decision) {
        return AfterCommit.run(() -> Counter.builder("aftersales.diagnosis.risk.decisions")
                .description("The risk team's decisions on flagged cases, by decision (CLEAR, BLOCK)")
                .tag("decision", decision).register(registry).increment());
    }

    public Mono<Void> compensationDecisionWhenCommitted(String outcome, String role) {
        return AfterCommit.run(() -> compensationDecisions(outcome, role));
    }

    private void compensationDecisions(String outcome, String role) {
        Counter.builder("aftersales.diagnosis.compensation.decisions")
                .description("Compensation approvals and refusals, by outcome and by the approver's role")
                .tag("outcome", outcome).tag("role", role).register(registry).increment();
    }

    private void count(CaseEvent event) {
        if (event instanceof CaseDiagnosed diagnosed && diagnosed.actor().role() == ActorRole.SYSTEM) {
            Counter.builder("aftersales.diagnosis.cases.diagnosed")
                    .description("Cases classified by diagnosis' rules, by category and priority")
                    .tag("category", diagnosed.category().name()).tag("priority", diagnosed.priority().name())
                    .register(registry).increment();
        } else if (event instanceof CaseDiagnosed overridden) {
            Counter.builder("aftersales.diagnosis.overrides")
                    .description("Classifications and remedies overridden by staff, by category and remedy")
                    .tag("category", overridden.category().name())
                    .tag("remedy", overridden.proposedRemedy().name())
                    .register(registry).increment();
        } else if (event instanceof InstantRefundApproved) {
            Counter.builder("aftersales.diagnosis.instant.refunds")
                    .description("Small refunds approved at once, with no agent or merchant step")
                    .register(registry).increment();
        } else if (event instanceof RiskFlagged flagged) {
            flagged.reasons().stream().map(RiskAssessment::codeOf).distinct().forEach(reason ->
                    Counter.builder("aftersales.diagnosis.risk.flags")
                            .description("Cases sent to the risk team, by reason (a case may have several)")
                            .tag("reason", reason).register(registry).increment());
        } else if (event instanceof RiskCleared) {
            Counter.builder("aftersales.diagnosis.risk.decisions")
                    .description("The risk team's decisions on flagged cases, by decision (CLEAR, BLOCK)")
                    .tag("decision", "CLEAR").register(registry).increment();
        } else if (event instanceof DisputeDecided decided) {
            Counter.builder("aftersales.diagnosis.disputes.decided")
                    .description("Disputes arbitrated, by outcome and whether the platform paid in advance")
                    .tag("outcome", decided.outcome().name())
                    .tag("advancePayout", String.valueOf(decided.advancePayout() != null))
                    .register(registry).increment();
        } else if (event instanceof CompensationApproved approved) {
            compensationDecisions("approved", approved.approvedByRole());
        } else if (event instanceof HandlerAssigned assigned) {
            Counter.builder("aftersales.diagnosis.handlers.assigned")
                    .description("Cases assigned, by agent").tag("handler", assigned.handlerId())
                    .register(registry).increment();
        } else if (event instanceof MerchantVerificationRequested) {
            Counter.builder("aftersales.diagnosis.merchant.verifications.requested")
                    .description("Cases sent to the merchant to verify").register(registry).increment();
        } else if (event instanceof MerchantResponded responded) {
            Counter.builder("aftersales.diagnosis.merchant.responses")
                    .description("Merchant answers, by decision and by who answered (merchant or deadline)")
                    .tag("decision", responded.decision().name())
                    .tag("by", responded.byDeadline() ? "deadline" : "merchant")
                    .register(registry).increment();
        } else if (event instanceof CaseDisputed) {
            Counter.builder("aftersales.diagnosis.disputes.opened")
                    .description("Disputes opened for the platform to arbitrate").register(registry).increment();
        } else if (event instanceof RemedyDecided decided) {
            Counter.builder("aftersales.diagnosis.remedies.decided")
                    .description("Remedies decided, by remedy").tag("remedy", decided.remedy().name())
                    .register(registry).increment();
        } else if (event instanceof PriorityChanged changed) {
            Counter.builder("aftersales.diagnosis.priority.changed")
                    .description("Priority changes after diagnosis, by new priority")
                    .tag("priority", changed.priority().name()).register(registry).increment();
        }
    }
}
