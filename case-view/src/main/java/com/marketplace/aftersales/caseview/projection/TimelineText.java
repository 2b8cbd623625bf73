package com.marketplace.aftersales.caseview.projection;

import static com.marketplace.aftersales.caseview.projection.Wording.capitalised;
import static com.marketplace.aftersales.caseview.projection.Wording.money;
import static com.marketplace.aftersales.caseview.projection.Wording.suffix;
import static com.marketplace.aftersales.caseview.projection.Wording.who;
import static com.marketplace.aftersales.caseview.projection.Wording.words;

import com.marketplace.aftersales.caseview.timeline.TimelineEntry.Audience;
import com.marketplace.aftersales.contracts.diagnosis.CaseDiagnosed;
import com.marketplace.aftersales.contracts.diagnosis.CaseDisputed;
import com.marketplace.aftersales.contracts.diagnosis.CompensationApproved;
import com.marketplace.aftersales.contracts.diagnosis.DisputeDecided;
import com.marketplace.aftersales.contracts.diagnosis.HandlerAssigned;
import com.marketplace.aftersales.contracts.diagnosis.InstantRefundApproved;
import com.marketplace.aftersales.contracts.diagnosis.MerchantDecision;
import com.marketplace.aftersales.contracts.diagnosis.MerchantResponded;
import com.marketplace.aftersales.contracts.diagnosis.MerchantVerificationRequested;
import com.marketplace.aftersales.contracts.diagnosis.PriorityChanged;
import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.diagnosis.RiskCleared;
import com.marketplace.aftersales.contracts.diagnosis.RiskFlagged;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.event.ServiceType;
import com.marketplace.aftersales.contracts.feedback.CaseArchived;
import com.marketplace.aftersales.contracts.feedback.CaseClosed;
import com.marketplace.aftersales.contracts.feedback.CasePurged;
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
import com.marketplace.aftersales.contracts.fulfillment.RefundFailed;
import com.marketplace.aftersales.contracts.fulfillment.RefundIssued;
import com.marketplace.aftersales.contracts.fulfillment.RefundRequested;
import com.marketplace.aftersales.contracts.fulfillment.RepairProgressed;
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
import com.marketplace.aftersales.contracts.intake.InfoProvided;
import com.marketplace.aftersales.contracts.intake.MessagePosted;
import com.marketplace.aftersales.contracts.sla.SlaBreached;
import com.marketplace.aftersales.contracts.sla.SlaClockPaused;
import com.marketplace.aftersales.contracts.sla.SlaClockResumed;
import com.marketplace.aftersales.contracts.sla.SlaClockStarted;
import com.marketplace.aftersales.contracts.sla.SlaClockStopped;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.contracts.sla.SlaWarning;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What each event says on the case's timeline: one English sentence per event type, and who may read it. Written for
 * the customer where the customer sees it; staff-only entries (risk, SLA clocks) are written for agents.
 */
final class TimelineText {

    /**
     * Entries only staff see. A risk flag is an internal suspicion, and SLA clocks, warnings, escalations and the
     * case's priority are how the platform manages its people; the customer sees their effect (the expected
     * completion, the status) instead.
     */
    private static final Set<Class<? extends CaseEvent>> STAFF_ONLY = Set.of(
            RiskFlagged.class, RiskCleared.class, PriorityChanged.class,
            SlaClockStarted.class, SlaClockPaused.class, SlaClockResumed.class, SlaClockStopped.class,
            SlaWarning.class, SlaBreached.class, SlaDeadlineAction.class);

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private static final Map<Class<? extends CaseEvent>, Function<CaseEvent, String>> SUMMARIES = Map.ofEntries(
            // intake
            summary(CaseSubmitted.class, e -> "Request" + (e.serviceNo() == null ? "" : " " + e.serviceNo())
                    + " submitted for " + service(e.serviceType())),
            summary(EvidenceAdded.class, e -> who(e.actor()) + " added evidence"
                    + (e.evidence() == null || e.evidence().contentType() == null ? ""
                    : " (" + e.evidence().contentType() + ")")),
            summary(CaseReviewed.class, e -> e.decision() == null ? "Request reviewed" : switch (e.decision()) {
                case APPROVED -> "Request approved";
                case NEEDS_MORE_INFO -> "More information is needed from the customer" + suffix(e.note());
                case NOT_APPLICABLE -> "Request not accepted for after-sales service"
                        + (e.reasonCode() == null ? "" : " (reason: " + e.reasonCode() + ")");
                case UNKNOWN -> "Request reviewed";
            }),
            summary(InfoProvided.class, e -> who(e.actor()) + " provided more information"),
            summary(MessagePosted.class, e -> who(e.actor()) + " sent a message"),
            summary(CaseWithdrawn.class, e -> who(e.actor()) + " withdrew the request" + suffix(e.reason())),
            // diagnosis
            summary(CaseDiagnosed.class, e -> "Problem diagnosed as " + words(e.category(), "unclassified")
                    + (e.priority() == null || e.priority().name().equals("UNKNOWN") ? ""
                    : ", " + words(e.priority(), "") + " priority")),
            summary(HandlerAssigned.class, e -> "Assigned to " + firstNonBlank(e.handlerName(), e.handlerId(),
                    "a handler")),
            summary(PriorityChanged.class, e -> "Priority changed to " + words(e.priority(), "unknown")
                    + suffix(e.reason())),
            summary(RiskFlagged.class, e -> "Sent to risk review"
                    + (e.reasons().isEmpty() ? "" : ": " + String.join(", ", e.reasons()))),
            summary(RiskCleared.class, e -> "Cleared by the risk team" + suffix(e.note())),
            summary(MerchantVerificationRequested.class, e -> "Merchant asked to verify the problem"),
            summary(MerchantResponded.class, TimelineText::merchantResponse),
            summary(CaseDisputed.class, e -> "Case disputed; the platform will arbitrate"),
            summary(DisputeDecided.class, TimelineText::disputeDecision),
            summary(CompensationApproved.class, e -> "Compensation of " + money(e.amount()) + " approved"),
            summary(RemedyDecided.class, TimelineText::remedyDecision),
            summary(InstantRefundApproved.class, e -> "Instant refund of " + money(e.amount()) + " approved"),
            // fulfillment
            summary(ExecutionOrderCreated.class, e -> "Work order created for " + remedy(e.remedy())
                    + (e.department() == null || e.department() == Department.UNKNOWN ? ""
                    : ", handled by " + department(e.department()))),
            summary(ReturnAuthorized.class, e -> "Return authorized"
                    + (e.returnAddress() == null || e.returnAddress().isBlank() ? ""
                    : "; please ship the item to " + e.returnAddress().strip())),
            summary(ReturnShipped.class, e -> "Return shipped" + shipment(e.carrier(), e.waybillNo())),
            summary(ReturnReceived.class, e -> "Returned item received"),
            summary(InspectionCompleted.class, e -> e.result() == null ? "Returned item inspected"
                    : switch (e.result()) {
                        case PASSED -> "Returned item passed inspection";
                        case FAILED -> "Returned item failed inspection" + suffix(e.note());
                        case UNKNOWN -> "Returned item inspected";
                    }),
            summary(RefundRequested.class, e -> "Refund of " + money(e.amount()) + " requested"),
            summary(RefundIssued.class, e -> "Refund of " + money(e.amount()) + " issued"),
            summary(RefundFailed.class, e -> "Refund of " + money(e.amount()) + " failed" + suffix(e.reason())
                    + "; customer service will agree another way to pay"),
            summary(ReplacementShipped.class, e -> (e.kind() == ReplacementKind.RESHIP ? "Item reshipped"
                    : "Replacement shipped") + shipment(e.carrier(), e.waybillNo())),
            summary(ReplacementDelivered.class, e -> e.kind() == ReplacementKind.RESHIP ? "Reshipped item delivered"
                    : "Replacement delivered"),
            summary(RepairProgressed.class, e -> e.stage() == null ? "Repair progressed" : switch (e.stage()) {
                case SHIPPED_BY_CUSTOMER -> "Item sent for repair";
                case RECEIVED -> "Item received for repair";
                case REPAIRING -> "Repair in progress";
                case REPAIRED -> "Item repaired";
                case SHIPPED_BACK -> "Repaired item shipped back";
                case DELIVERED -> "Repaired item delivered";
                case UNKNOWN -> "Repair progressed";
            }),
            summary(CompensationPaid.class, e -> "Compensation of " + money(e.amount()) + " paid"),
            summary(CaseResolved.class, e -> "Case resolved" + suffix(e.summary())),
            summary(CaseAbandoned.class, e -> "Case closed as abandoned" + suffix(e.reason())),
            // feedback
            summary(FeedbackSubmitted.class, e -> who(e.actor()) + " rated the service " + e.rating()
                    + " out of 5"),
            summary(FollowUpOpened.class, e -> "Follow-up opened for a " + e.rating() + "-star rating"),
            summary(FollowUpCompleted.class, e -> "Follow-up completed" + suffix(e.outcome())),
            summary(ComplaintFiled.class, e -> who(e.actor()) + " filed a complaint"),
            summary(ComplaintResolved.class, e -> "Complaint resolved" + suffix(e.resolution())),
            summary(CaseClosed.class, e -> e.reason() == null ? "Case closed" : switch (e.reason()) {
                case RATED -> "Case closed after the customer's rating";
                case NO_RATING -> "Case closed without a rating";
                case UNKNOWN -> "Case closed";
            }),
            summary(CaseArchived.class, e -> "Case archived"),
            summary(CasePurged.class, e -> "Personal data removed after the retention period"),
            // sla
            summary(SlaClockStarted.class, e -> capitalised(policy(e.policy())) + " deadline started, due "
                    + due(e.dueAt())),
            summary(SlaClockPaused.class, e -> capitalised(policy(e.policy()))
                    + " deadline paused while waiting on the customer"),
            summary(SlaClockResumed.class, e -> capitalised(policy(e.policy())) + " deadline resumed, due "
                    + due(e.dueAt())),
            summary(SlaClockStopped.class, e -> capitalised(policy(e.policy())) + " deadline "
                    + (e.outcome() == null ? "stopped" : switch (e.outcome()) {
                        case MET -> "met";
                        case BREACHED -> "stopped after it was missed";
                        case CANCELLED -> "cancelled";
                        case UNKNOWN -> "stopped";
                    })),
            summary(SlaWarning.class, e -> capitalised(policy(e.policy())) + " deadline is near (due "
                    + due(e.dueAt()) + ")" + (e.notifyRole() == null ? "" : "; " + who(e.notifyRole()).toLowerCase()
                    + " warned")),
            summary(SlaBreached.class, e -> capitalised(policy(e.policy())) + " deadline missed (level "
                    + e.level() + ")" + (e.escalateTo() == null ? "" : "; escalated to "
                    + who(e.escalateTo()).toLowerCase())),
            summary(SlaDeadlineAction.class, e -> capitalised(policy(e.policy())) + " deadline passed: "
                    + (e.action() == null ? "automatic action" : switch (e.action()) {
                        case AUTO_ACCEPT -> "accepting on the merchant's behalf";
                        case ABANDON -> "closing the case as abandoned";
                        case AUTO_REFUND -> "refunding without the merchant's confirmation";
                        case RAISE_PRIORITY -> "raising the priority";
                        case UNKNOWN -> "automatic action";
                    })));

    private TimelineText() {
    }

    /** The sentence for this event; a type added to the catalogue after this code still gets a readable line. */
    static String summary(CaseEvent event) {
        Function<CaseEvent, String> text = SUMMARIES.get(event.getClass());
        return text == null ? event.getClass().getSimpleName() : text.apply(event);
    }

    static boolean hasSummary(Class<? extends CaseEvent> type) {
        return SUMMARIES.containsKey(type);
    }

    static Audience audience(CaseEvent event) {
        return STAFF_ONLY.contains(event.getClass()) ? Audience.STAFF : Audience.PUBLIC;
    }

    private static String merchantResponse(MerchantResponded e) {
        if (e.decision() == MerchantDecision.ACCEPT) {
            return e.byDeadline() ? "Merchant did not respond in time; accepted on their behalf"
                    : "Merchant accepted the request";
        }
        if (e.decision() == MerchantDecision.REJECT) {
            return "Merchant rejected the request" + suffix(e.reason());
        }
        return "Merchant responded";
    }

    private static String disputeDecision(DisputeDecided e) {
        String outcome = e.outcome() == null ? "Dispute decided" : switch (e.outcome()) {
            case CUSTOMER -> "Dispute decided in the customer's favour";
            case MERCHANT -> "Dispute decided in the merchant's favour";
            case SPLIT -> "Dispute decided with shared responsibility";
            case UNKNOWN -> "Dispute decided";
        };
        return outcome + (e.advancePayout() == null ? ""
                : "; the platform pays " + money(e.advancePayout()) + " in advance");
    }

    private static String remedyDecision(RemedyDecided e) {
        String amount = Optional.ofNullable(e.refundAmount()).or(() -> Optional.ofNullable(e.compensationAmount()))
                .map(m -> " of " + money(m)).orElse("");
        return "Remedy decided: " + remedy(e.remedy()) + amount
                + (e.returnRequired() ? "; the item is to be returned first" : "");
    }

    private static String service(ServiceType type) {
        if (type == null) {
            return "after-sales service";
        }
        return switch (type) {
            case RETURN_REFUND -> "a return and refund";
            case REFUND_ONLY -> "a refund";
            case EXCHANGE -> "an exchange";
            case REPAIR -> "a repair";
            case COMPENSATION -> "compensation";
            case UNKNOWN -> "after-sales service";
        };
    }

    private static String remedy(Remedy remedy) {
        if (remedy == null) {
            return "the remedy";
        }
        return switch (remedy) {
            case RETURN_REFUND -> "return and refund";
            case REFUND_ONLY -> "refund";
            case EXCHANGE -> "exchange";
            case REPAIR -> "repair";
            case RESHIP -> "reship";
            case COMPENSATION -> "compensation";
            case PARTIAL_REFUND -> "partial refund";
            case UNKNOWN -> "the remedy";
        };
    }

    private static String department(Department department) {
        return switch (department) {
            case MERCHANT -> "the merchant";
            case WAREHOUSE -> "the warehouse";
            case LOGISTICS -> "logistics";
            case CUSTOMER_SERVICE -> "customer service";
            case FINANCE -> "finance";
            case UNKNOWN -> "the responsible team";
        };
    }

    private static String shipment(String carrier, String waybillNo) {
        if (carrier == null && waybillNo == null) {
            return "";
        }
        return (carrier == null ? "" : " with " + carrier) + (waybillNo == null ? "" : ", waybill " + waybillNo);
    }

    private static String policy(SlaPolicy policy) {
        return policy == null || policy == SlaPolicy.UNKNOWN ? "an SLA" : policy.id().replace('-', ' ');
    }

    private static String due(Instant dueAt) {
        return dueAt == null ? "unknown" : DUE.format(dueAt);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }

    @SuppressWarnings("unchecked")
    private static <E extends CaseEvent> Map.Entry<Class<? extends CaseEvent>, Function<CaseEvent, String>> summary(
            Class<E> type, Function<E, String> text) {
        return Map.entry(type, event -> text.apply((E) event));
    }
}
