package com.marketplace.aftersales.caseview.projection;

import com.marketplace.aftersales.contracts.diagnosis.CaseDiagnosed;
import com.marketplace.aftersales.contracts.diagnosis.HandlerAssigned;
import com.marketplace.aftersales.contracts.diagnosis.InstantRefundApproved;
import com.marketplace.aftersales.contracts.diagnosis.MerchantVerificationRequested;
import com.marketplace.aftersales.contracts.diagnosis.PriorityChanged;
import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Priority;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.event.ServiceType;
import com.marketplace.aftersales.contracts.fulfillment.CaseResolved;
import com.marketplace.aftersales.contracts.fulfillment.ExecutionOrderCreated;
import com.marketplace.aftersales.contracts.fulfillment.RefundFailed;
import com.marketplace.aftersales.contracts.fulfillment.RefundIssued;
import com.marketplace.aftersales.contracts.fulfillment.RefundRequested;
import com.marketplace.aftersales.contracts.fulfillment.RepairProgressed;
import com.marketplace.aftersales.contracts.fulfillment.ReturnAuthorized;
import com.marketplace.aftersales.contracts.fulfillment.ReturnReceived;
import com.marketplace.aftersales.contracts.intake.CaseReviewed;
import com.marketplace.aftersales.contracts.intake.CaseSubmitted;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import com.marketplace.aftersales.contracts.status.StatusProjection;
import java.time.Instant;

/**
 * How one event changes what the app shows about a case. Events of different topics arrive in any order, so:
 * the status only moves forward ({@link StatusProjection}); a field is taken from the event that owns it, and other
 * events carrying a copy only fill it while it is empty; an {@code UNKNOWN} value (a newer writer's addition) never
 * overwrites a known one; a refund planned in diagnosis never hides a refund fulfillment has already requested.
 */
final class CaseProjection {

    private CaseProjection() {
    }

    static CaseState apply(CaseState current, CaseEvent event, Instant at) {
        Next next = new Next(current);
        if (event instanceof CaseSubmitted e) {
            next.serviceNo = orElse(e.serviceNo(), next.serviceNo);
            next.customerId = orElse(e.customerId(), next.customerId);
            next.merchantId = orElse(e.merchantId(), next.merchantId);
            next.orderId = orElse(e.orderId(), next.orderId);
            next.orderLineId = orElse(e.orderLineId(), next.orderLineId);
            next.serviceType = known(e.serviceType(), ServiceType.UNKNOWN, next.serviceType);
            next.createdAt = at;
        } else if (event instanceof CaseDiagnosed e) {
            next.category = known(e.category(), ProblemCategory.UNKNOWN, next.category);
            next.priority = known(e.priority(), Priority.UNKNOWN, next.priority);
        } else if (event instanceof PriorityChanged e) {
            next.priority = known(e.priority(), Priority.UNKNOWN, next.priority);
        } else if (event instanceof HandlerAssigned e) {
            if (e.handlerId() != null) {
                next.handlerId = e.handlerId();
                next.handlerName = e.handlerName();
            }
        } else if (event instanceof MerchantVerificationRequested e) {
            next.merchantId = orElse(next.merchantId, e.merchantId());
        } else if (event instanceof RemedyDecided e) {
            next.remedy = known(e.remedy(), Remedy.UNKNOWN, next.remedy);
            planRefund(next, e.refundAmount());
            next.warehouseId = orElse(next.warehouseId, e.warehouseId());
            next.serviceNo = orElse(next.serviceNo, e.serviceNo());
            next.customerId = orElse(next.customerId, e.customerId());
            next.merchantId = orElse(next.merchantId, e.merchantId());
            next.orderId = orElse(next.orderId, e.orderId());
            next.orderLineId = orElse(next.orderLineId, e.orderLineId());
        } else if (event instanceof InstantRefundApproved e) {
            planRefund(next, e.amount());
        } else if (event instanceof ExecutionOrderCreated e) {
            next.remedy = next.remedy == null ? known(e.remedy(), Remedy.UNKNOWN, null) : next.remedy;
            next.serviceNo = orElse(next.serviceNo, e.serviceNo());
        } else if (event instanceof ReturnAuthorized e) {
            next.warehouseId = orElse(e.warehouseId(), next.warehouseId);
        } else if (event instanceof ReturnReceived e) {
            next.warehouseId = orElse(next.warehouseId, e.warehouseId());
        } else if (event instanceof RefundRequested e) {
            refund(next, e.amount(), RefundStatus.REQUESTED);
        } else if (event instanceof RefundIssued e) {
            refund(next, e.amount(), RefundStatus.ISSUED);
        } else if (event instanceof RefundFailed e) {
            refund(next, e.amount(), RefundStatus.FAILED);
        } else if (event instanceof CaseResolved e) {
            next.remedy = next.remedy == null ? known(e.remedy(), Remedy.UNKNOWN, null) : next.remedy;
        }
        next.status = nextStatus(current.status(), event);
        if (next.status != null && next.status.isTerminal()) {
            // Nothing more will be completed, even if the sla-monitor has not stopped the clocks yet.
            next.expectedCompletionAt = null;
        }
        next.version = current.version() + 1;
        next.updatedAt = current.updatedAt() == null || at.isAfter(current.updatedAt()) ? at : current.updatedAt();
        if (!(event instanceof CaseSubmitted) && (next.createdAt == null || at.isBefore(next.createdAt))) {
            next.createdAt = at;
        }
        return next.build();
    }

    /**
     * {@link StatusProjection} switches on the event's decision or stage; an event whose writer left it out (a
     * tolerant reader keeps such events) leaves the status alone instead of failing the case's projection.
     */
    private static CaseStatus nextStatus(CaseStatus current, CaseEvent event) {
        if (event instanceof CaseReviewed reviewed && reviewed.decision() == null
                || event instanceof RepairProgressed repair && repair.stage() == null) {
            return current;
        }
        return StatusProjection.next(current, event);
    }

    /** Fulfillment's refund events arrive in their own order on their topic: each one states the latest fact. */
    private static void refund(Next next, Money amount, RefundStatus status) {
        next.refund = orElse(amount, next.refund);
        next.refundStatus = status;
    }

    /** Diagnosis only plans; once fulfillment has acted on the refund, the plan arriving late changes nothing. */
    private static void planRefund(Next next, Money amount) {
        if (amount != null && (next.refundStatus == null || next.refundStatus == RefundStatus.PLANNED)) {
            next.refund = amount;
            next.refundStatus = RefundStatus.PLANNED;
        }
    }

    private static <T> T orElse(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static <E extends Enum<E>> E known(E value, E unknown, E fallback) {
        return value == null || value == unknown ? fallback : value;
    }

    /** The fields being changed; a record with twenty fields is easier to read built this way. */
    private static final class Next {
        private final CaseState from;
        String serviceNo;
        String customerId;
        String merchantId;
        String orderId;
        String orderLineId;
        ServiceType serviceType;
        ProblemCategory category;
        Priority priority;
        CaseStatus status;
        String handlerId;
        String handlerName;
        Remedy remedy;
        Money refund;
        RefundStatus refundStatus;
        String warehouseId;
        Instant expectedCompletionAt;
        long version;
        Instant createdAt;
        Instant updatedAt;

        Next(CaseState from) {
            this.from = from;
            serviceNo = from.serviceNo();
            customerId = from.customerId();
            merchantId = from.merchantId();
            orderId = from.orderId();
            orderLineId = from.orderLineId();
            serviceType = from.serviceType();
            category = from.category();
            priority = from.priority();
            status = from.status();
            handlerId = from.handlerId();
            handlerName = from.handlerName();
            remedy = from.remedy();
            refund = from.refund();
            refundStatus = from.refundStatus();
            warehouseId = from.warehouseId();
            expectedCompletionAt = from.expectedCompletionAt();
            version = from.version();
            createdAt = from.createdAt();
            updatedAt = from.updatedAt();
        }

        CaseState build() {
            return new CaseState(from.caseId(), serviceNo, customerId, merchantId, orderId, orderLineId, serviceType,
                    category, priority, status, handlerId, handlerName, remedy, refund, refundStatus, warehouseId,
                    expectedCompletionAt, from.notifiedStatus(), version, createdAt, updatedAt);
        }
    }
}
