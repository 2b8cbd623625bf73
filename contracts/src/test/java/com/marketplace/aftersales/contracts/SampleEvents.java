package com.marketplace.aftersales.contracts;

import com.marketplace.aftersales.contracts.diagnosis.CaseDiagnosed;
import com.marketplace.aftersales.contracts.diagnosis.CaseDisputed;
import com.marketplace.aftersales.contracts.diagnosis.CompensationApproved;
import com.marketplace.aftersales.contracts.diagnosis.DisputeDecided;
import com.marketplace.aftersales.contracts.diagnosis.DisputeOutcome;
import com.marketplace.aftersales.contracts.diagnosis.HandlerAssigned;
import com.marketplace.aftersales.contracts.diagnosis.InstantRefundApproved;
import com.marketplace.aftersales.contracts.diagnosis.MerchantDecision;
import com.marketplace.aftersales.contracts.diagnosis.MerchantResponded;
import com.marketplace.aftersales.contracts.diagnosis.MerchantVerificationRequested;
import com.marketplace.aftersales.contracts.diagnosis.PriorityChanged;
import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.diagnosis.RiskCleared;
import com.marketplace.aftersales.contracts.diagnosis.RiskFlagged;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Priority;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.event.ServiceType;
import com.marketplace.aftersales.contracts.feedback.CaseArchived;
import com.marketplace.aftersales.contracts.feedback.CaseClosed;
import com.marketplace.aftersales.contracts.feedback.CasePurged;
import com.marketplace.aftersales.contracts.feedback.CloseReason;
import com.marketplace.aftersales.contracts.feedback.ComplaintFiled;
import com.marketplace.aftersales.contracts.feedback.ComplaintResolved;
import com.marketplace.aftersales.contracts.feedback.FeedbackSubmitted;
import com.marketplace.aftersales.contracts.feedback.FollowUpCompleted;
import com.marketplace.aftersales.contracts.feedback.FollowUpOpened;
import com.marketplace.aftersales.contracts.fulfillment.CaseAbandoned;
import com.marketplace.aftersales.contracts.fulfillment.CaseResolved;
import com.marketplace.aftersales.contracts.fulfillment.CompensationPaid;
import com.marketplace.aftersales.contracts.fulfillment.Department;
import com.marketplace.aftersales.contracts.fulfillment.ExecutionOrderCreated;
import com.marketplace.aftersales.contracts.fulfillment.InspectionCompleted;
import com.marketplace.aftersales.contracts.fulfillment.InspectionResult;
import com.marketplace.aftersales.contracts.fulfillment.RefundFailed;
import com.marketplace.aftersales.contracts.fulfillment.RefundIssued;
import com.marketplace.aftersales.contracts.fulfillment.RefundRequested;
import com.marketplace.aftersales.contracts.fulfillment.RefundRoute;
import com.marketplace.aftersales.contracts.fulfillment.RepairProgressed;
import com.marketplace.aftersales.contracts.fulfillment.RepairStage;
import com.marketplace.aftersales.contracts.fulfillment.ReplacementDelivered;
import com.marketplace.aftersales.contracts.fulfillment.ReplacementKind;
import com.marketplace.aftersales.contracts.fulfillment.ReplacementShipped;
import com.marketplace.aftersales.contracts.fulfillment.ReturnAuthorized;
import com.marketplace.aftersales.contracts.fulfillment.ReturnReceived;
import com.marketplace.aftersales.contracts.fulfillment.ReturnShipped;
import com.marketplace.aftersales.contracts.intake.CaseReviewed;
import com.marketplace.aftersales.contracts.intake.CaseSubmitted;
import com.marketplace.aftersales.contracts.intake.CaseWithdrawn;
import com.marketplace.aftersales.contracts.intake.EvidenceAdded;
import com.marketplace.aftersales.contracts.intake.EvidenceRef;
import com.marketplace.aftersales.contracts.intake.InfoProvided;
import com.marketplace.aftersales.contracts.intake.MessagePosted;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.contracts.notification.NotificationChannel;
import com.marketplace.aftersales.contracts.notification.NotificationRequested;
import com.marketplace.aftersales.contracts.notification.Recipient;
import com.marketplace.aftersales.contracts.sla.ClockOutcome;
import com.marketplace.aftersales.contracts.sla.DeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaBreached;
import com.marketplace.aftersales.contracts.sla.SlaClockPaused;
import com.marketplace.aftersales.contracts.sla.SlaClockResumed;
import com.marketplace.aftersales.contracts.sla.SlaClockStarted;
import com.marketplace.aftersales.contracts.sla.SlaClockStopped;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.contracts.sla.SlaWarning;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One plausible sample of every event type of the catalogue (an object mother for contract tests). */
final class SampleEvents {

    static final UUID CASE_ID = UUID.fromString("5f0c9a52-3f7e-4d1a-9b53-7c4f1e2d8a01");
    static final Instant AT = Instant.parse("2026-11-22T08:30:00Z");

    private static final Actor CUSTOMER = new Actor("customer-1001", ActorRole.CUSTOMER, Channel.ORDER_DETAIL);
    private static final Actor AGENT = new Actor("agent-7", ActorRole.AGENT, Channel.STAFF_CONSOLE);
    private static final Actor MERCHANT = new Actor("merchant-88", ActorRole.MERCHANT, Channel.MERCHANT_CONSOLE);
    private static final Actor WAREHOUSE = new Actor("warehouse-3", ActorRole.WAREHOUSE, Channel.WAREHOUSE_CONSOLE);
    private static final Actor SYSTEM = Actor.system("sla-monitor");
    private static final Money PAID = Money.of("129.00", "CNY");
    private static final UUID OTHER_ID = UUID.fromString("0b6d1f1e-2a8c-4c55-8e0e-5b2d3f4a6c7d");

    private SampleEvents() {
    }

    static List<CaseEvent> all() {
        EvidenceRef photo = new EvidenceRef(OTHER_ID, "image/jpeg", 482_113,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        return List.of(
                new CaseSubmitted(CASE_ID, "AS-20261122-000042", "customer-1001", "merchant-88", "order-5001",
                        "line-1", "SKU-HEADPHONES-01", "Wireless headphones", "electronics",
                        ServiceType.RETURN_REFUND, "Left ear cup makes no sound", Money.of("129.00", "CNY"), PAID,
                        "ALIPAY", AT.minus(Duration.ofDays(2)), List.of(photo), CUSTOMER),
                new EvidenceAdded(CASE_ID, photo, CUSTOMER),
                new CaseReviewed(CASE_ID, ReviewDecision.APPROVED, null, "Evidence is clear", AGENT),
                new InfoProvided(CASE_ID, "Here is a video of the fault", CUSTOMER),
                new MessagePosted(CASE_ID, OTHER_ID, "When will my refund arrive?", CUSTOMER),
                new CaseWithdrawn(CASE_ID, "Found the missing part", CUSTOMER),

                new CaseDiagnosed(CASE_ID, ProblemCategory.QUALITY_DEFECT, Priority.NORMAL, Remedy.RETURN_REFUND,
                        "keywords: no sound", Actor.system("diagnosis-service")),
                new HandlerAssigned(CASE_ID, "agent-7", "Li Wei", Actor.system("diagnosis-service")),
                new PriorityChanged(CASE_ID, Priority.HIGH, "unresolved for 48 h", Actor.system("diagnosis-service")),
                new RiskFlagged(CASE_ID, List.of("SERIAL_REFUNDER"), Actor.system("diagnosis-service")),
                new RiskCleared(CASE_ID, "Known good customer", new Actor("risk-2", ActorRole.RISK,
                        Channel.STAFF_CONSOLE)),
                new MerchantVerificationRequested(CASE_ID, "merchant-88", Remedy.RETURN_REFUND,
                        Actor.system("diagnosis-service")),
                new MerchantResponded(CASE_ID, MerchantDecision.ACCEPT, null, false, MERCHANT),
                new CaseDisputed(CASE_ID, "Merchant says the item was used", CUSTOMER),
                new DisputeDecided(CASE_ID, DisputeOutcome.CUSTOMER, Money.of("129.00", "CNY"), "Photos are clear",
                        AGENT),
                new CompensationApproved(CASE_ID, Money.of("10.00", "CNY"), "AGENT", AGENT),
                new RemedyDecided(CASE_ID, Remedy.RETURN_REFUND, PAID, null, PAID, true, "warehouse-3",
                        "customer-1001", "merchant-88", "order-5001", "line-1", "AS-20261122-000042",
                        Actor.system("diagnosis-service")),
                new InstantRefundApproved(CASE_ID, Money.of("19.90", "CNY"), Actor.system("diagnosis-service")),

                new ExecutionOrderCreated(CASE_ID, OTHER_ID, "AS-20261122-000042", Remedy.RETURN_REFUND,
                        Department.WAREHOUSE, "warehouse-3", AT.plus(Duration.ofDays(7)),
                        Actor.system("fulfillment-service")),
                new ReturnAuthorized(CASE_ID, "warehouse-3", "No. 8 Logistics Road, Hangzhou",
                        Actor.system("fulfillment-service")),
                new ReturnShipped(CASE_ID, "SF", "SF1234567890", CUSTOMER),
                new ReturnReceived(CASE_ID, "warehouse-3", "Box intact", WAREHOUSE),
                new InspectionCompleted(CASE_ID, InspectionResult.PASSED, "Fault confirmed", MERCHANT),
                new RefundRequested(CASE_ID, OTHER_ID, "refund:" + CASE_ID + ":1", PAID, RefundRoute.ORIGINAL,
                        Actor.system("fulfillment-service")),
                new RefundIssued(CASE_ID, OTHER_ID, PAID, RefundRoute.ORIGINAL, "pay-rf-77",
                        Actor.system("fulfillment-service")),
                new RefundFailed(CASE_ID, OTHER_ID, PAID, RefundRoute.ORIGINAL, "CARD_CLOSED",
                        Actor.system("fulfillment-service")),
                new ReplacementShipped(CASE_ID, ReplacementKind.EXCHANGE, "YTO", "YT998877", MERCHANT),
                new ReplacementDelivered(CASE_ID, ReplacementKind.EXCHANGE, Actor.system("fulfillment-service")),
                new RepairProgressed(CASE_ID, RepairStage.REPAIRING, "Replacing the driver", MERCHANT),
                new CompensationPaid(CASE_ID, Money.of("10.00", "CNY"), RefundRoute.BALANCE, "pay-cp-12",
                        Actor.system("fulfillment-service")),
                new CaseResolved(CASE_ID, Remedy.RETURN_REFUND, "Refunded 129.00 CNY",
                        Actor.system("fulfillment-service")),
                new CaseAbandoned(CASE_ID, "Return not shipped within 7 days", Actor.system("fulfillment-service")),

                new FeedbackSubmitted(CASE_ID, 5, "Fast and friendly", CUSTOMER),
                new FollowUpOpened(CASE_ID, OTHER_ID, 2, Actor.system("feedback-service")),
                new FollowUpCompleted(CASE_ID, OTHER_ID, "Customer called back, coupon offered", AGENT),
                new ComplaintFiled(CASE_ID, OTHER_ID, "Nobody answered for two days", CUSTOMER),
                new ComplaintResolved(CASE_ID, OTHER_ID, "Apologised; handler coached", AGENT),
                new CaseClosed(CASE_ID, CloseReason.RATED, Actor.system("feedback-service")),
                new CaseArchived(CASE_ID, Actor.system("feedback-service")),
                new CasePurged(CASE_ID, Actor.system("feedback-service")),

                new SlaClockStarted(CASE_ID, SlaPolicy.FIRST_RESPONSE, 1, AT, AT.plus(Duration.ofMinutes(30)),
                        AT.plus(Duration.ofMinutes(24)), SYSTEM),
                new SlaClockPaused(CASE_ID, SlaPolicy.QUALITY_PLAN, 1, AT, Duration.ofHours(50), SYSTEM),
                new SlaClockResumed(CASE_ID, SlaPolicy.QUALITY_PLAN, 1, AT, AT.plus(Duration.ofHours(50)),
                        AT.plus(Duration.ofHours(40)), SYSTEM),
                new SlaClockStopped(CASE_ID, SlaPolicy.FIRST_RESPONSE, 1, AT, ClockOutcome.MET, SYSTEM),
                new SlaWarning(CASE_ID, SlaPolicy.FIRST_RESPONSE, 1, AT, ActorRole.AGENT, SYSTEM),
                new SlaBreached(CASE_ID, SlaPolicy.REFUND_PAID, 1, 1, AT, ActorRole.FINANCE, SYSTEM),
                new SlaDeadlineAction(CASE_ID, SlaDeadlineAction.actionId(CASE_ID, SlaPolicy.MERCHANT_RESPONSE, 1, 1),
                        DeadlineAction.AUTO_ACCEPT, SlaPolicy.MERCHANT_RESPONSE, 1, CaseStatus.AWAITING_MERCHANT, AT,
                        SYSTEM),

                new NotificationRequested(CASE_ID, OTHER_ID, new Recipient("customer-1001", ActorRole.CUSTOMER),
                        "case-refunded", Map.of("serviceNo", "AS-20261122-000042", "amount", "129.00 CNY"),
                        List.of(NotificationChannel.PUSH, NotificationChannel.IN_APP), Actor.system("case-view")));
    }

    static EventEnvelope<CaseEvent> envelope(CaseEvent event) {
        UUID id = UUID.nameUUIDFromBytes(event.getClass().getName().getBytes());
        return EventEnvelope.of(event, EventTypes.of(event).topic().writer(), id, AT);
    }
}
