package com.marketplace.aftersales.caseview;

import com.marketplace.aftersales.contracts.diagnosis.CaseDiagnosed;
import com.marketplace.aftersales.contracts.diagnosis.HandlerAssigned;
import com.marketplace.aftersales.contracts.diagnosis.MerchantDecision;
import com.marketplace.aftersales.contracts.diagnosis.MerchantResponded;
import com.marketplace.aftersales.contracts.diagnosis.MerchantVerificationRequested;
import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Priority;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.event.ServiceType;
import com.marketplace.aftersales.contracts.feedback.CaseClosed;
import com.marketplace.aftersales.contracts.feedback.CloseReason;
import com.marketplace.aftersales.contracts.feedback.FeedbackSubmitted;
import com.marketplace.aftersales.contracts.fulfillment.CaseResolved;
import com.marketplace.aftersales.contracts.fulfillment.Department;
import com.marketplace.aftersales.contracts.fulfillment.ExecutionOrderCreated;
import com.marketplace.aftersales.contracts.fulfillment.InspectionCompleted;
import com.marketplace.aftersales.contracts.fulfillment.InspectionResult;
import com.marketplace.aftersales.contracts.fulfillment.RefundIssued;
import com.marketplace.aftersales.contracts.fulfillment.RefundRequested;
import com.marketplace.aftersales.contracts.fulfillment.RefundRoute;
import com.marketplace.aftersales.contracts.fulfillment.ReturnAuthorized;
import com.marketplace.aftersales.contracts.fulfillment.ReturnReceived;
import com.marketplace.aftersales.contracts.fulfillment.ReturnShipped;
import com.marketplace.aftersales.contracts.intake.CaseReviewed;
import com.marketplace.aftersales.contracts.intake.CaseSubmitted;
import com.marketplace.aftersales.contracts.intake.MessagePosted;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.contracts.sla.SlaBreached;
import com.marketplace.aftersales.contracts.sla.SlaClockStarted;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Events of one case as their writers publish them (an Object Mother): the walking skeleton's return-and-refund path
 * for a customer of {@code merchant}, whose returns go to {@code warehouse}.
 */
public record Events(UUID caseId, String customerId, String merchantId, String warehouseId) {

    public static final Money PAID = Money.of("129.00", "CNY");

    public static Events forNewCase(String customerId, String merchantId, String warehouseId) {
        return new Events(UUID.randomUUID(), customerId, merchantId, warehouseId);
    }

    public String serviceNo() {
        return "AS-20261122-" + caseId.toString().substring(0, 6);
    }

    public Actor customer() {
        return new Actor(customerId, ActorRole.CUSTOMER, Channel.ORDER_DETAIL);
    }

    public static Actor agent(String id) {
        return new Actor(id, ActorRole.AGENT, Channel.STAFF_CONSOLE);
    }

    public Actor merchant() {
        return new Actor("clerk-of-" + merchantId, ActorRole.MERCHANT, Channel.MERCHANT_CONSOLE);
    }

    public Actor warehouse() {
        return new Actor("clerk-of-" + warehouseId, ActorRole.WAREHOUSE, Channel.WAREHOUSE_CONSOLE);
    }

    public static Actor system(String component) {
        return Actor.system(component);
    }

    public CaseSubmitted submitted() {
        return new CaseSubmitted(caseId, serviceNo(), customerId, merchantId, "order-" + caseId, "line-1", "SKU-1",
                "Headphones", "electronics", ServiceType.RETURN_REFUND, "They stopped working", null, PAID,
                "ALIPAY", Instant.parse("2026-11-20T10:00:00Z"), List.of(), customer());
    }

    public CaseReviewed reviewed(ReviewDecision decision) {
        return new CaseReviewed(caseId, decision, null, null, agent("agent-7"));
    }

    public CaseDiagnosed diagnosed() {
        return new CaseDiagnosed(caseId, ProblemCategory.QUALITY_DEFECT, Priority.HIGH, Remedy.RETURN_REFUND, null,
                system("diagnosis-service"));
    }

    public HandlerAssigned handlerAssigned(String handlerId, String handlerName) {
        return new HandlerAssigned(caseId, handlerId, handlerName, system("diagnosis-service"));
    }

    public MerchantVerificationRequested verificationRequested() {
        return new MerchantVerificationRequested(caseId, merchantId, Remedy.RETURN_REFUND, system("diagnosis-service"));
    }

    public MerchantResponded merchantAccepted() {
        return new MerchantResponded(caseId, MerchantDecision.ACCEPT, null, false, merchant());
    }

    public RemedyDecided remedyDecided() {
        return new RemedyDecided(caseId, Remedy.RETURN_REFUND, PAID, null, PAID, true, warehouseId, customerId,
                merchantId, "order-" + caseId, "line-1", serviceNo(), merchant());
    }

    public ExecutionOrderCreated executionOrderCreated() {
        return new ExecutionOrderCreated(caseId, UUID.randomUUID(), serviceNo(), Remedy.RETURN_REFUND,
                Department.WAREHOUSE, warehouseId, Instant.parse("2026-11-29T10:00:00Z"),
                system("fulfillment-service"));
    }

    public ReturnAuthorized returnAuthorized() {
        return new ReturnAuthorized(caseId, warehouseId, "1 Warehouse Road, Hangzhou", system("fulfillment-service"));
    }

    public ReturnShipped returnShipped() {
        return new ReturnShipped(caseId, "SF", "SF1234567890", customer());
    }

    public ReturnReceived returnReceived() {
        return new ReturnReceived(caseId, warehouseId, null, warehouse());
    }

    public InspectionCompleted inspectionPassed() {
        return new InspectionCompleted(caseId, InspectionResult.PASSED, null, merchant());
    }

    public RefundRequested refundRequested() {
        return new RefundRequested(caseId, UUID.randomUUID(), "refund:" + caseId, PAID, RefundRoute.ORIGINAL,
                system("fulfillment-service"));
    }

    public RefundIssued refundIssued() {
        return new RefundIssued(caseId, UUID.randomUUID(), PAID, RefundRoute.ORIGINAL, "provider-1",
                system("fulfillment-service"));
    }

    public CaseResolved resolved() {
        return new CaseResolved(caseId, Remedy.RETURN_REFUND, null, system("fulfillment-service"));
    }

    public FeedbackSubmitted rated(int rating) {
        return new FeedbackSubmitted(caseId, rating, null, customer());
    }

    public CaseClosed closed() {
        return new CaseClosed(caseId, CloseReason.RATED, system("feedback-service"));
    }

    public MessagePosted message(Actor author, String text) {
        return new MessagePosted(caseId, UUID.randomUUID(), text, author);
    }

    public SlaClockStarted clockStarted(SlaPolicy policy, Instant startedAt, Instant warnAt, Instant dueAt) {
        return new SlaClockStarted(caseId, policy, 1, startedAt, dueAt, warnAt, system("sla-monitor"));
    }

    public SlaBreached breached(SlaPolicy policy, int level, Instant dueAt, ActorRole escalateTo) {
        return new SlaBreached(caseId, policy, 1, level, dueAt, escalateTo, system("sla-monitor"));
    }
}
