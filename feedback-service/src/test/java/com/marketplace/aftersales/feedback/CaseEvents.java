package com.marketplace.aftersales.feedback;

import com.marketplace.aftersales.contracts.Component;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.event.ServiceType;
import com.marketplace.aftersales.contracts.fulfillment.CaseAbandoned;
import com.marketplace.aftersales.contracts.fulfillment.CaseResolved;
import com.marketplace.aftersales.contracts.fulfillment.RefundIssued;
import com.marketplace.aftersales.contracts.fulfillment.RefundRequested;
import com.marketplace.aftersales.contracts.fulfillment.RefundRoute;
import com.marketplace.aftersales.contracts.fulfillment.ReturnShipped;
import com.marketplace.aftersales.contracts.intake.CaseReviewed;
import com.marketplace.aftersales.contracts.intake.CaseSubmitted;
import com.marketplace.aftersales.contracts.intake.CaseWithdrawn;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.contracts.sla.ClockOutcome;
import com.marketplace.aftersales.contracts.sla.SlaClockStopped;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Events of the other stages, as intake and fulfillment publish them. */
public final class CaseEvents {

    private CaseEvents() {
    }

    public static EventEnvelope<CaseEvent> submitted(UUID caseId, String customerId) {
        return submitted(caseId, customerId, now());
    }

    public static EventEnvelope<CaseEvent> submitted(UUID caseId, String customerId, Instant at) {
        return envelope(new CaseSubmitted(caseId, "AS-20261122-" + caseId.toString().substring(0, 6), customerId,
                "merchant-demo-1", "order-" + caseId, "line-1", "SKU-1", "Kettle", "appliances",
                ServiceType.RETURN_REFUND, "It leaks", null, Money.of("129.00", "CNY"), "ALIPAY",
                Instant.parse("2026-11-18T10:00:00Z"), List.of(),
                new Actor(customerId, ActorRole.CUSTOMER, Channel.ORDER_DETAIL)), Component.INTAKE_SERVICE, at);
    }

    public static EventEnvelope<CaseEvent> resolved(UUID caseId, Instant at) {
        return envelope(new CaseResolved(caseId, Remedy.RETURN_REFUND, "Refunded 129.00 CNY",
                Actor.system("fulfillment-service")), Component.FULFILLMENT_SERVICE, at);
    }

    public static EventEnvelope<CaseEvent> withdrawn(UUID caseId, String customerId) {
        return envelope(new CaseWithdrawn(caseId, "found a solution",
                new Actor(customerId, ActorRole.CUSTOMER, Channel.PERSONAL_CENTRE)), Component.INTAKE_SERVICE, now());
    }

    public static EventEnvelope<CaseEvent> rejected(UUID caseId) {
        return envelope(new CaseReviewed(caseId, ReviewDecision.NOT_APPLICABLE, "OUT_OF_WARRANTY", null,
                new Actor("agent-1", ActorRole.AGENT, Channel.STAFF_CONSOLE)), Component.INTAKE_SERVICE, now());
    }

    public static EventEnvelope<CaseEvent> approved(UUID caseId) {
        return envelope(new CaseReviewed(caseId, ReviewDecision.APPROVED, null, null,
                new Actor("agent-1", ActorRole.AGENT, Channel.STAFF_CONSOLE)), Component.INTAKE_SERVICE, now());
    }

    public static EventEnvelope<CaseEvent> abandoned(UUID caseId) {
        return envelope(new CaseAbandoned(caseId, "return not shipped within 7 days",
                Actor.system("fulfillment-service")), Component.FULFILLMENT_SERVICE, now());
    }

    public static EventEnvelope<CaseEvent> returnShipped(UUID caseId, String customerId, Instant at) {
        return envelope(new ReturnShipped(caseId, "SF", "SF" + Math.abs(at.toEpochMilli()),
                new Actor(customerId, ActorRole.CUSTOMER, Channel.PERSONAL_CENTRE)), Component.FULFILLMENT_SERVICE, at);
    }

    public static EventEnvelope<CaseEvent> refundRequested(UUID caseId, UUID refundId, Instant at) {
        return envelope(new RefundRequested(caseId, refundId, "refund-" + refundId, Money.of("129.00", "CNY"),
                RefundRoute.ORIGINAL, Actor.system("fulfillment-service")), Component.FULFILLMENT_SERVICE, at);
    }

    public static EventEnvelope<CaseEvent> refundIssued(UUID caseId, UUID refundId, Instant at) {
        return envelope(new RefundIssued(caseId, refundId, Money.of("129.00", "CNY"), RefundRoute.ORIGINAL,
                "PAY-" + refundId, Actor.system("fulfillment-service")), Component.FULFILLMENT_SERVICE, at);
    }

    public static EventEnvelope<CaseEvent> slaClockStopped(UUID caseId, SlaPolicy policy, ClockOutcome outcome,
                                                           Instant at) {
        return envelope(new SlaClockStopped(caseId, policy, 1, at, outcome, Actor.system("sla-monitor")),
                Component.SLA_MONITOR, at);
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static EventEnvelope<CaseEvent> envelope(CaseEvent event, Component source, Instant at) {
        return EventEnvelope.of(event, source, UUID.randomUUID(), at);
    }
}
