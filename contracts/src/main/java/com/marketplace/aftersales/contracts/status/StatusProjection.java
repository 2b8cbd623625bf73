package com.marketplace.aftersales.contracts.status;

import com.marketplace.aftersales.contracts.diagnosis.CaseDisputed;
import com.marketplace.aftersales.contracts.diagnosis.InstantRefundApproved;
import com.marketplace.aftersales.contracts.diagnosis.MerchantVerificationRequested;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.feedback.CaseClosed;
import com.marketplace.aftersales.contracts.fulfillment.CaseAbandoned;
import com.marketplace.aftersales.contracts.fulfillment.CaseResolved;
import com.marketplace.aftersales.contracts.fulfillment.CompensationPaid;
import com.marketplace.aftersales.contracts.fulfillment.RefundIssued;
import com.marketplace.aftersales.contracts.fulfillment.RefundRequested;
import com.marketplace.aftersales.contracts.fulfillment.RepairProgressed;
import com.marketplace.aftersales.contracts.fulfillment.ReplacementKind;
import com.marketplace.aftersales.contracts.fulfillment.ReplacementShipped;
import com.marketplace.aftersales.contracts.fulfillment.ReturnAuthorized;
import com.marketplace.aftersales.contracts.fulfillment.ReturnReceived;
import com.marketplace.aftersales.contracts.fulfillment.ReturnShipped;
import com.marketplace.aftersales.contracts.fulfillment.RepairStage;
import com.marketplace.aftersales.contracts.intake.CaseReviewed;
import com.marketplace.aftersales.contracts.intake.CaseSubmitted;
import com.marketplace.aftersales.contracts.intake.CaseWithdrawn;
import com.marketplace.aftersales.contracts.intake.InfoProvided;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which status each event sets (contracts §3), as one table. Events not in the table leave the status alone.
 * Combine with {@link CaseStatus#mayBecome(CaseStatus)} so a late event never moves a case backwards.
 */
public final class StatusProjection {

    private static final Map<Class<? extends CaseEvent>, Function<CaseEvent, CaseStatus>> RULES = Map.ofEntries(
            rule(CaseSubmitted.class, e -> CaseStatus.SUBMITTED),
            rule(InfoProvided.class, e -> CaseStatus.SUBMITTED),
            rule(CaseReviewed.class, e -> e.decision() == null ? null : switch (e.decision()) {
                case APPROVED -> CaseStatus.APPROVED;
                case NEEDS_MORE_INFO -> CaseStatus.NEEDS_MORE_INFO;
                case NOT_APPLICABLE -> CaseStatus.NOT_APPLICABLE;
                case UNKNOWN -> null;
            }),
            rule(InstantRefundApproved.class, e -> CaseStatus.APPROVED),
            rule(MerchantVerificationRequested.class, e -> CaseStatus.AWAITING_MERCHANT),
            rule(CaseDisputed.class, e -> CaseStatus.IN_DISPUTE),
            rule(ReturnAuthorized.class, e -> CaseStatus.AWAITING_RETURN),
            rule(ReturnShipped.class, e -> CaseStatus.RETURN_IN_TRANSIT),
            rule(ReturnReceived.class, e -> CaseStatus.RETURN_RECEIVED),
            rule(RefundRequested.class, e -> CaseStatus.REFUND_PENDING),
            rule(RefundIssued.class, e -> CaseStatus.REFUNDED),
            rule(ReplacementShipped.class, e -> e.kind() == ReplacementKind.RESHIP
                    ? CaseStatus.RESHIPPED : CaseStatus.EXCHANGE_SHIPPED),
            rule(RepairProgressed.class, e -> repairStatus(e.stage())),
            rule(CompensationPaid.class, e -> CaseStatus.COMPENSATED),
            rule(CaseResolved.class, e -> CaseStatus.RESOLVED),
            rule(CaseClosed.class, e -> CaseStatus.CLOSED),
            rule(CaseWithdrawn.class, e -> CaseStatus.WITHDRAWN),
            rule(CaseAbandoned.class, e -> CaseStatus.ABANDONED));

    private StatusProjection() {
    }

    /** The status this event sets, if it sets one. */
    public static Optional<CaseStatus> statusSetBy(CaseEvent event) {
        Function<CaseEvent, CaseStatus> rule = RULES.get(event.getClass());
        return rule == null ? Optional.empty() : Optional.ofNullable(rule.apply(event));
    }

    /** The status a case shows after this event, given what it showed before ({@code null} for a new case). */
    public static CaseStatus next(CaseStatus current, CaseEvent event) {
        Optional<CaseStatus> candidate = statusSetBy(event);
        if (candidate.isEmpty()) {
            return current;
        }
        if (current == null || current.mayBecome(candidate.get())) {
            return candidate.get();
        }
        return current;
    }

    private static CaseStatus repairStatus(RepairStage stage) {
        if (stage == null) {
            return null;
        }
        return switch (stage) {
            case REPAIRED, SHIPPED_BACK, DELIVERED -> CaseStatus.REPAIRED;
            case SHIPPED_BY_CUSTOMER, RECEIVED, REPAIRING -> CaseStatus.REPAIRING;
            case UNKNOWN -> null;
        };
    }

    @SuppressWarnings("unchecked")
    private static <E extends CaseEvent> Map.Entry<Class<? extends CaseEvent>, Function<CaseEvent, CaseStatus>> rule(
            Class<E> type, Function<E, CaseStatus> status) {
        return Map.entry(type, event -> status.apply((E) event));
    }
}
