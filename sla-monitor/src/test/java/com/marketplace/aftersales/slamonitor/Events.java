package com.marketplace.aftersales.slamonitor;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.EventTypes;
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
    public static final Actor DIAGNOSIS = Actor.system("diagnosis-service");

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
}
