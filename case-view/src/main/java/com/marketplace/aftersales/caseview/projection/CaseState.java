package com.marketplace.aftersales.caseview.projection;

import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Priority;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.event.ServiceType;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * A case as the projection knows it after the events applied so far. Any field may still be null: events of
 * different topics arrive in any order, so a case can exist before its {@code CaseSubmitted} has arrived.
 *
 * @param notifiedStatus the last status the customer was told about
 * @param version        incremented by every applied event
 */
public record CaseState(
        UUID caseId,
        String serviceNo,
        String customerId,
        String merchantId,
        String orderId,
        String orderLineId,
        ServiceType serviceType,
        ProblemCategory category,
        Priority priority,
        CaseStatus status,
        String handlerId,
        String handlerName,
        Remedy remedy,
        Money refund,
        RefundStatus refundStatus,
        String warehouseId,
        Instant expectedCompletionAt,
        CaseStatus notifiedStatus,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** A case first heard of through an event at {@code at}. */
    public static CaseState firstSeen(UUID caseId, Instant at) {
        return new CaseState(caseId, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, 0, at, at);
    }

    public CaseState withExpectedCompletionAt(Instant at) {
        return new CaseState(caseId, serviceNo, customerId, merchantId, orderId, orderLineId, serviceType, category,
                priority, status, handlerId, handlerName, remedy, refund, refundStatus, warehouseId, at,
                notifiedStatus, version, createdAt, updatedAt);
    }

    public CaseState withNotifiedStatus(CaseStatus notified) {
        return new CaseState(caseId, serviceNo, customerId, merchantId, orderId, orderLineId, serviceType, category,
                priority, status, handlerId, handlerName, remedy, refund, refundStatus, warehouseId,
                expectedCompletionAt, notified, version, createdAt, updatedAt);
    }

    /** Whether the customer has not yet been told the status the case shows now. */
    public boolean customerAwaitsNotification() {
        return customerId != null && status != null && status != notifiedStatus;
    }
}
