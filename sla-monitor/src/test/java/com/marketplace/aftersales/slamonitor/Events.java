package com.marketplace.aftersales.slamonitor;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.EventTypes;
import com.marketplace.aftersales.contracts.diagnosis.CaseDiagnosed;
import com.marketplace.aftersales.contracts.diagnosis.CompensationApproved;
import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.event.Priority;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.feedback.ComplaintFiled;
import com.marketplace.aftersales.contracts.feedback.ComplaintResolved;
import com.marketplace.aftersales.contracts.feedback.FeedbackSubmitted;
import com.marketplace.aftersales.contracts.feedback.FollowUpCompleted;
import com.marketplace.aftersales.contracts.fulfillment.CaseResolved;
import com.marketplace.aftersales.contracts.fulfillment.CompensationPaid;
import com.marketplace.aftersales.contracts.fulfillment.Department;
import com.marketplace.aftersales.contracts.fulfillment.ExecutionOrderCreated;
import com.marketplace.aftersales.contracts.fulfillment.InspectionCompleted;
import com.marketplace.aftersales.contracts.fulfillment.InspectionResult;
import com.marketplace.aftersales.contracts.fulfillment.RefundIssued;
import com.marketplace.aftersales.contracts.fulfillment.RefundRequested;
import com.marketplace.aftersales.contracts.fulfillment.RefundRoute;
import com.marketplace.aftersales.contracts.fulfillment.RepairProgressed;
import com.marketplace.aftersales.contracts.fulfillment.RepairStage;
import com.marketplace.aftersales.contracts.fulfillment.ReplacementKind;
import com.marketplace.aftersales.contracts.fulfillment.ReplacementShipped;
import com.marketplace.aftersales.contracts.fulfillment.ReturnAuthorized;
import com.marketplace.aftersales.contracts.fulfillment.ReturnReceived;
import com.marketplace.aftersales.contracts.fulfillment.ReturnShipped;
import com.marketplace.aftersales.contracts.intake.InfoProvided;
import com.marketplace.aftersales.contracts.diagnosis.MerchantDecision;
import com.marketplace.aftersales.contracts.diagnosis.MerchantResponded;
import com.marketplace.aftersales.contracts.diagnosis.MerchantVerificationRequested;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.event.ServiceType;
import com.marketplace.aftersales.contracts.feedback.CaseClosed;
import com.marketplace.aftersales.contracts.feedback.CloseReason;
import com.marketplace.aftersales.contracts.fulfillment.CaseAbandoned;
import com.marketplace.aftersales.contracts.intake.CaseReviewed;
import com.marketplace.aftersales.contracts.intake.CaseSubmitted;
import com.marketplace.aftersales.contracts.intake.CaseWithdrawn;
import com.marketplace.aftersales.contracts.intake.EvidenceAdded;
import com.marketplace.aftersales.contracts.intake.EvidenceRef;
import com.marketplace.aftersales.contracts.intake.MessagePosted;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Lifecycle events as their owning services publish them, for the monitor's tests. */
public final class Events {

    public static final Actor CUSTOMER = new Actor("customer-demo-1", ActorRole.CUSTOMER, Channel.ORDER_DETAIL);
    public static final Actor AGENT = new Actor("agent-7", ActorRole.AGENT, Channel.STAFF_CONSOLE);
    public static final Actor MERCHANT = new Actor("merchant-demo-1", ActorRole.MERCHANT, Channel.MERCHANT_CONSOLE);
    public static final Actor WAREHOUSE = new Actor("warehouse-demo-1", ActorRole.WAREHOUSE, Channel.WAREHOUSE_CONSOLE);
    public static final Actor DIAGNOSIS = Actor.system("diagnosis-service");
    public static final Actor FULFILLMENT = Actor.system("fulfillment-service");

    private Events() {
    }

    /** An envelope as the owning service's relay writes it, with a fresh id. */
    public static <E extends CaseEvent> EventEnvelope<E> at(Instant time, E event) {
        return EventEnvelope.of(event, EventTypes.of(event).topic().writer(), UUID.randomUUID(), time);
    }

    public static CaseSubmitted submitted(UUID caseId) {
        return new CaseSubmitted(caseId, "AS-20261123-000042", "customer-demo-1", "merchant-demo-1", "order-1",
                "line-1", "SKU-1", "Kettle", "electronics", ServiceType.RETURN_REFUND, "It does not heat",
                null, Money.of("129.00", "CNY"), "CARD", Instant.parse("2026-11-20T08:00:00Z"), List.of(), CUSTOMER);
    }

    public static CaseReviewed reviewed(UUID caseId, ReviewDecision decision) {
        return new CaseReviewed(caseId, decision, decision == ReviewDecision.APPROVED ? null : "R1", null, AGENT);
    }

    public static MessagePosted message(UUID caseId, Actor from) {
        return new MessagePosted(caseId, UUID.randomUUID(), "Hello", from);
    }

    public static EvidenceAdded evidence(UUID caseId) {
        return new EvidenceAdded(caseId, new EvidenceRef(UUID.randomUUID(), "image/jpeg", 1024, "ab".repeat(32)),
                CUSTOMER);
    }

    public static MerchantVerificationRequested verificationRequested(UUID caseId) {
        return new MerchantVerificationRequested(caseId, "merchant-demo-1", Remedy.RETURN_REFUND, DIAGNOSIS);
    }

    public static MerchantResponded merchantResponded(UUID caseId) {
        return new MerchantResponded(caseId, MerchantDecision.ACCEPT, null, false, MERCHANT);
    }

    public static CaseWithdrawn withdrawn(UUID caseId) {
        return new CaseWithdrawn(caseId, "changed my mind", CUSTOMER);
    }

    public static CaseAbandoned abandoned(UUID caseId) {
        return new CaseAbandoned(caseId, "never shipped", Actor.system("fulfillment-service"));
    }

    public static CaseClosed closed(UUID caseId) {
        return new CaseClosed(caseId, CloseReason.RATED, Actor.system("feedback-service"));
    }

    public static InfoProvided infoProvided(UUID caseId) {
        return new InfoProvided(caseId, "Here is the photo", CUSTOMER);
    }

    public static CaseDiagnosed diagnosed(UUID caseId, ProblemCategory category) {
        return new CaseDiagnosed(caseId, category, Priority.NORMAL, Remedy.RETURN_REFUND, null, DIAGNOSIS);
    }

    public static RemedyDecided remedyDecided(UUID caseId, Remedy remedy, boolean returnRequired) {
        return new RemedyDecided(caseId, remedy, Money.of("129.00", "CNY"), null, Money.of("129.00", "CNY"),
                returnRequired, returnRequired ? "warehouse-demo-1" : null, "customer-demo-1", "merchant-demo-1",
                "order-1", "line-1", "AS-20261123-000042", DIAGNOSIS);
    }

    public static CompensationApproved compensationApproved(UUID caseId) {
        return new CompensationApproved(caseId, Money.of("20.00", "CNY"), "AGENT", AGENT);
    }

    public static ExecutionOrderCreated executionOrder(UUID caseId, Remedy remedy) {
        return new ExecutionOrderCreated(caseId, UUID.randomUUID(), "AS-20261123-000042", remedy, Department.WAREHOUSE,
                "warehouse-demo-1", null, FULFILLMENT);
    }

    public static ReturnAuthorized returnAuthorized(UUID caseId) {
        return new ReturnAuthorized(caseId, "warehouse-demo-1", "1 Warehouse Road", FULFILLMENT);
    }

    public static ReturnShipped returnShipped(UUID caseId) {
        return new ReturnShipped(caseId, "SF", "SF1234567890", CUSTOMER);
    }

    public static ReturnReceived returnReceived(UUID caseId) {
        return new ReturnReceived(caseId, "warehouse-demo-1", null, WAREHOUSE);
    }

    public static InspectionCompleted inspected(UUID caseId, InspectionResult result) {
        return new InspectionCompleted(caseId, result, null, MERCHANT);
    }

    public static RefundRequested refundRequested(UUID caseId) {
        return new RefundRequested(caseId, UUID.randomUUID(), "refund-" + caseId, Money.of("129.00", "CNY"),
                RefundRoute.ORIGINAL, FULFILLMENT);
    }

    public static RefundIssued refundIssued(UUID caseId) {
        return new RefundIssued(caseId, UUID.randomUUID(), Money.of("129.00", "CNY"), RefundRoute.ORIGINAL, "pay-1",
                FULFILLMENT);
    }

    public static RepairProgressed repairProgressed(UUID caseId, RepairStage stage) {
        return new RepairProgressed(caseId, stage, null, WAREHOUSE);
    }

    public static ReplacementShipped replacementShipped(UUID caseId) {
        return new ReplacementShipped(caseId, ReplacementKind.RESHIP, "SF", "SF0987654321", WAREHOUSE);
    }

    public static CompensationPaid compensationPaid(UUID caseId) {
        return new CompensationPaid(caseId, Money.of("20.00", "CNY"), RefundRoute.ORIGINAL, "pay-2", FULFILLMENT);
    }

    public static CaseResolved resolved(UUID caseId) {
        return new CaseResolved(caseId, Remedy.RETURN_REFUND, "Refunded", FULFILLMENT);
    }

    public static FeedbackSubmitted feedback(UUID caseId, int rating) {
        return new FeedbackSubmitted(caseId, rating, null, CUSTOMER);
    }

    public static FollowUpCompleted followUpCompleted(UUID caseId) {
        return new FollowUpCompleted(caseId, UUID.randomUUID(), "called the customer", AGENT);
    }

    public static ComplaintFiled complaintFiled(UUID caseId, UUID complaintId) {
        return new ComplaintFiled(caseId, complaintId, "Nobody called me", CUSTOMER);
    }

    public static ComplaintResolved complaintResolved(UUID caseId, UUID complaintId) {
        return new ComplaintResolved(caseId, complaintId, "apologised", AGENT);
    }
}
