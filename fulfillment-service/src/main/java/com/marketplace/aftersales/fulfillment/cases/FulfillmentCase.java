package com.marketplace.aftersales.fulfillment.cases;

import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.fulfillment.CaseResolved;
import com.marketplace.aftersales.contracts.fulfillment.InspectionCompleted;
import com.marketplace.aftersales.contracts.fulfillment.InspectionResult;
import com.marketplace.aftersales.contracts.fulfillment.RefundFailed;
import com.marketplace.aftersales.contracts.fulfillment.RefundIssued;
import com.marketplace.aftersales.contracts.fulfillment.RefundRequested;
import com.marketplace.aftersales.contracts.fulfillment.RefundRoute;
import com.marketplace.aftersales.contracts.fulfillment.ReturnAuthorized;
import com.marketplace.aftersales.contracts.fulfillment.ReturnReceived;
import com.marketplace.aftersales.contracts.fulfillment.ReturnShipped;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The execution of one case's remedy: the plan diagnosis decided, and the state machine that walks it. Immutable;
 * every decision returns a {@link Transition} with the case afterwards and the events it caused, or refuses with
 * {@link TransitionRefused} when the current state does not allow it. Persistence and publishing are the caller's.
 */
public final class FulfillmentCase {

    /** Remedies that pay money back through the payment provider (for now: all of it, to the original account). */
    private static final Set<Remedy> REFUNDING = EnumSet.of(Remedy.RETURN_REFUND, Remedy.REFUND_ONLY);

    private final UUID caseId;
    private final String serviceNo;
    private final String customerId;
    private final String merchantId;
    private final String warehouseId;
    private final String orderId;
    private final String orderLineId;
    private final Remedy remedy;
    private final Money refundAmount;
    private final boolean returnRequired;
    private final FulfillmentStatus status;
    private final ReturnShipment returnShipment;
    private final long version;

    /** How the customer sent the goods back. */
    public record ReturnShipment(String carrier, String waybillNo) {
    }

    FulfillmentCase(UUID caseId, String serviceNo, String customerId, String merchantId, String warehouseId,
                    String orderId, String orderLineId, Remedy remedy, Money refundAmount, boolean returnRequired,
                    FulfillmentStatus status, ReturnShipment returnShipment, long version) {
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.serviceNo = Objects.requireNonNull(serviceNo, "serviceNo");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.merchantId = Objects.requireNonNull(merchantId, "merchantId");
        this.warehouseId = warehouseId;
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.orderLineId = Objects.requireNonNull(orderLineId, "orderLineId");
        this.remedy = Objects.requireNonNull(remedy, "remedy");
        this.refundAmount = refundAmount;
        this.returnRequired = returnRequired;
        this.status = Objects.requireNonNull(status, "status");
        this.returnShipment = returnShipment;
        this.version = version;
    }

    /** A new execution, straight from the decided plan; nothing has moved yet. */
    public static FulfillmentCase open(RemedyDecided plan) {
        return new FulfillmentCase(plan.caseId(), plan.serviceNo(), plan.customerId(), plan.merchantId(),
                plan.warehouseId(), plan.orderId(), plan.orderLineId(), plan.remedy(), plan.refundAmount(),
                plan.returnRequired(), FulfillmentStatus.OPENED, null, 0);
    }

    /** The customer may send the goods back to the case's warehouse, at this address. */
    public Transition authorizeReturn(String returnAddress, Actor actor) {
        require(status == FulfillmentStatus.OPENED && returnRequired && warehouseId != null, "authorize a return");
        return to(FulfillmentStatus.AWAITING_RETURN, null,
                new ReturnAuthorized(caseId, warehouseId, returnAddress, actor));
    }

    public Transition shipReturn(String carrier, String waybillNo, Actor actor) {
        require(status == FulfillmentStatus.AWAITING_RETURN, "record the return shipment");
        return to(FulfillmentStatus.RETURN_IN_TRANSIT, new ReturnShipment(carrier, waybillNo),
                new ReturnShipped(caseId, carrier, waybillNo, actor));
    }

    public Transition receiveReturn(String note, Actor actor) {
        require(status == FulfillmentStatus.RETURN_IN_TRANSIT, "confirm receipt of the return");
        return to(FulfillmentStatus.RETURN_RECEIVED, returnShipment,
                new ReturnReceived(caseId, warehouseId, note, actor));
    }

    public Transition inspect(InspectionResult result, String note, Actor actor) {
        require(status == FulfillmentStatus.RETURN_RECEIVED, "record an inspection");
        if (result != InspectionResult.PASSED && result != InspectionResult.FAILED) {
            throw new IllegalArgumentException("An inspection either passes or fails, was " + result);
        }
        FulfillmentStatus next = result == InspectionResult.PASSED
                ? FulfillmentStatus.INSPECTION_PASSED : FulfillmentStatus.INSPECTION_FAILED;
        return to(next, returnShipment, new InspectionCompleted(caseId, result, note, actor));
    }

    /** Whether the remedy pays money back: then a refund follows the passed inspection, or opens the execution. */
    public boolean refundsMoney() {
        return REFUNDING.contains(remedy);
    }

    /**
     * Orders the refund of the plan's amount. Allowed once the returned goods passed inspection, or at once when the
     * plan needs no return.
     */
    public Transition requestRefund(UUID refundId, String idempotencyKey, RefundRoute route, Actor actor) {
        require(refundDue(), "request a refund");
        return to(FulfillmentStatus.REFUND_PENDING, returnShipment,
                new RefundRequested(caseId, refundId, idempotencyKey, refundAmount, route, actor));
    }

    /**
     * The refund that was due cannot be ordered: together with the other cases of the order line it would pay back
     * more than was paid for the line. Nothing is paid; the case waits for an agent, who sees the refund as failed
     * with the reason.
     *
     * @param refundId names the refund that was not ordered (no refund row and no payment exist under it)
     */
    public Transition refundBlocked(UUID refundId, RefundRoute route, String reason, Actor actor) {
        require(refundDue(), "block a refund");
        return to(FulfillmentStatus.REFUND_BLOCKED, returnShipment,
                new RefundFailed(caseId, refundId, refundAmount, route, reason, actor));
    }

    private boolean refundDue() {
        boolean due = status == FulfillmentStatus.INSPECTION_PASSED
                || (status == FulfillmentStatus.OPENED && !returnRequired);
        return due && refundsMoney() && refundAmount != null;
    }

    /** The provider confirmed the refund: the remedy is executed and the case resolved. */
    public Transition refundIssued(UUID refundId, Money amount, RefundRoute route, String providerRefundId,
                                   Actor actor) {
        require(status == FulfillmentStatus.REFUND_PENDING, "record an issued refund");
        return to(FulfillmentStatus.REFUNDED, returnShipment,
                new RefundIssued(caseId, refundId, amount, route, providerRefundId, actor),
                new CaseResolved(caseId, remedy, refundSummary(amount, route), actor));
    }

    /** The provider refused the refund for good; someone has to agree another route with the customer. */
    public Transition refundFailed(UUID refundId, Money amount, RefundRoute route, String reason, Actor actor) {
        require(status == FulfillmentStatus.REFUND_PENDING, "record a failed refund");
        return to(FulfillmentStatus.REFUND_FAILED, returnShipment,
                new RefundFailed(caseId, refundId, amount, route, reason, actor));
    }

    /**
     * The customer withdrew the request. Only while nothing has moved; afterwards the withdrawal cannot undo a
     * shipped parcel or a payment, and execution continues. No event: the withdrawal itself is the event others see.
     */
    public Transition cancel() {
        require(status.nothingMovedYet(), "cancel the execution");
        return new Transition(with(FulfillmentStatus.CANCELLED, returnShipment), List.of());
    }

    public boolean belongsToCustomer(String callerId) {
        return customerId.equals(callerId);
    }

    public boolean belongsToMerchant(String callerMerchantId) {
        return merchantId.equals(callerMerchantId);
    }

    /** Whether returned goods of this case go to that warehouse. */
    public boolean returnsTo(String callerWarehouseId) {
        return warehouseId != null && warehouseId.equals(callerWarehouseId);
    }

    private static String refundSummary(Money amount, RefundRoute route) {
        String destination = switch (route) {
            case BALANCE -> "the marketplace balance";
            case COUPON -> "a coupon";
            case ORIGINAL, UNKNOWN -> "the original payment account";
        };
        return "Refunded " + amount.amount().toPlainString() + " " + amount.currency() + " to " + destination;
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new TransitionRefused(action, status);
        }
    }

    private Transition to(FulfillmentStatus next, ReturnShipment shipment, CaseEvent... events) {
        return new Transition(with(next, shipment), List.of(events));
    }

    private FulfillmentCase with(FulfillmentStatus next, ReturnShipment shipment) {
        return new FulfillmentCase(caseId, serviceNo, customerId, merchantId, warehouseId, orderId, orderLineId,
                remedy, refundAmount, returnRequired, next, shipment, version);
    }

    FulfillmentCase atVersion(long storedVersion) {
        return new FulfillmentCase(caseId, serviceNo, customerId, merchantId, warehouseId, orderId, orderLineId,
                remedy, refundAmount, returnRequired, status, returnShipment, storedVersion);
    }

    public UUID caseId() {
        return caseId;
    }

    public String serviceNo() {
        return serviceNo;
    }

    public String customerId() {
        return customerId;
    }

    public String merchantId() {
        return merchantId;
    }

    public String warehouseId() {
        return warehouseId;
    }

    public String orderId() {
        return orderId;
    }

    public String orderLineId() {
        return orderLineId;
    }

    public Remedy remedy() {
        return remedy;
    }

    public Money refundAmount() {
        return refundAmount;
    }

    public boolean returnRequired() {
        return returnRequired;
    }

    public FulfillmentStatus status() {
        return status;
    }

    public ReturnShipment returnShipment() {
        return returnShipment;
    }

    /** The stored version this state was read at (or derived from); saving checks it has not moved. */
    public long version() {
        return version;
    }
}
