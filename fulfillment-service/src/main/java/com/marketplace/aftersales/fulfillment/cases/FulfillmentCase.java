package com.marketplace.aftersales.fulfillment.cases;

import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.fulfillment.CaseAbandoned;
import com.marketplace.aftersales.contracts.fulfillment.CaseResolved;
import com.marketplace.aftersales.contracts.fulfillment.CompensationPaid;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The execution of one case's remedy: the plan diagnosis decided, and the state machine that walks it. Immutable;
 * every decision returns a {@link Transition} with the case afterwards and the events it caused, or refuses with
 * {@link TransitionRefused} when the current state does not allow it. Persistence and publishing are the caller's.
 * <p>
 * The plan's parts: a return (when the goods come back first), then the remedy's own step — money (a refund, then a
 * compensation payout, each as the plan has it), a replacement shipped to the customer (exchange, reship), or the
 * repair's stages. The state machine of each remedy is drawn in the module's README.
 */
public final class FulfillmentCase {

    /** The reason a compensation payout's {@code RefundFailed} starts with (no CompensationFailed event exists). */
    public static final String COMPENSATION_PAYOUT_FAILED = "COMPENSATION_PAYOUT_FAILED";

    /** The stages a merchant records; the customer's shipment ({@code SHIPPED_BY_CUSTOMER}) comes with the return. */
    public static final Set<RepairStage> MERCHANT_REPAIR_STAGES = EnumSet.of(RepairStage.RECEIVED,
            RepairStage.REPAIRING, RepairStage.REPAIRED, RepairStage.SHIPPED_BACK, RepairStage.DELIVERED);

    private final UUID caseId;
    private final String serviceNo;
    private final String customerId;
    private final String merchantId;
    private final String warehouseId;
    private final String orderId;
    private final String orderLineId;
    private final Remedy remedy;
    private final Money refundAmount;
    private final Money compensationAmount;
    private final boolean returnRequired;
    private final FulfillmentStatus status;
    private final ReturnShipment returnShipment;
    private final RepairStage repairStage;
    private final long version;

    /** How the customer sent the goods back. */
    public record ReturnShipment(String carrier, String waybillNo) {
    }

    FulfillmentCase(UUID caseId, String serviceNo, String customerId, String merchantId, String warehouseId,
                    String orderId, String orderLineId, Remedy remedy, Money refundAmount, Money compensationAmount,
                    boolean returnRequired, FulfillmentStatus status, ReturnShipment returnShipment,
                    RepairStage repairStage, long version) {
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.serviceNo = Objects.requireNonNull(serviceNo, "serviceNo");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.merchantId = Objects.requireNonNull(merchantId, "merchantId");
        this.warehouseId = warehouseId;
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.orderLineId = Objects.requireNonNull(orderLineId, "orderLineId");
        this.remedy = Objects.requireNonNull(remedy, "remedy");
        this.refundAmount = refundAmount;
        this.compensationAmount = compensationAmount;
        this.returnRequired = returnRequired;
        this.status = Objects.requireNonNull(status, "status");
        this.returnShipment = returnShipment;
        this.repairStage = repairStage;
        this.version = version;
    }

    /** A new execution, straight from the decided plan; nothing has moved yet. */
    public static FulfillmentCase open(RemedyDecided plan) {
        return new FulfillmentCase(plan.caseId(), plan.serviceNo(), plan.customerId(), plan.merchantId(),
                plan.warehouseId(), plan.orderId(), plan.orderLineId(), plan.remedy(), plan.refundAmount(),
                plan.compensationAmount(), plan.returnRequired(), FulfillmentStatus.OPENED, null, null, 0);
    }

    // ---- the return ----------------------------------------------------------------------------------------------

    /** The customer may send the goods back to the case's warehouse, at this address. */
    public Transition authorizeReturn(String returnAddress, Actor actor) {
        require(status == FulfillmentStatus.OPENED && returnRequired && warehouseId != null, "authorize a return");
        return to(FulfillmentStatus.AWAITING_RETURN, new ReturnAuthorized(caseId, warehouseId, returnAddress, actor));
    }

    /** For a repair the return is the item's way to the repair, so it is also the repair's first stage. */
    public Transition shipReturn(String carrier, String waybillNo, Actor actor) {
        require(status == FulfillmentStatus.AWAITING_RETURN, "record the return shipment");
        ReturnShipped shipped = new ReturnShipped(caseId, carrier, waybillNo, actor);
        ReturnShipment shipment = new ReturnShipment(carrier, waybillNo);
        if (repairs()) {
            return new Transition(with(FulfillmentStatus.RETURN_IN_TRANSIT, shipment, RepairStage.SHIPPED_BY_CUSTOMER),
                    List.of(shipped, new RepairProgressed(caseId, RepairStage.SHIPPED_BY_CUSTOMER, null, actor)));
        }
        return new Transition(with(FulfillmentStatus.RETURN_IN_TRANSIT, shipment, repairStage), List.of(shipped));
    }

    public Transition receiveReturn(String note, Actor actor) {
        require(status == FulfillmentStatus.RETURN_IN_TRANSIT, "confirm receipt of the return");
        return to(FulfillmentStatus.RETURN_RECEIVED, new ReturnReceived(caseId, warehouseId, note, actor));
    }

    /** The merchant's verdict on returned goods. A repair is not inspected: its stages say what happens to it. */
    public Transition inspect(InspectionResult result, String note, Actor actor) {
        require(status == FulfillmentStatus.RETURN_RECEIVED, "record an inspection");
        require(!repairs(), "inspect an item returned for repair (record its repair stages instead)");
        if (result != InspectionResult.PASSED && result != InspectionResult.FAILED) {
            throw new IllegalArgumentException("An inspection either passes or fails, was " + result);
        }
        FulfillmentStatus next = result == InspectionResult.PASSED
                ? FulfillmentStatus.INSPECTION_PASSED : FulfillmentStatus.INSPECTION_FAILED;
        return to(next, new InspectionCompleted(caseId, result, note, actor));
    }

    /** The customer never shipped the return in time: the case closes without an outcome, nothing is paid. */
    public Transition abandon(String reason, Actor actor) {
        require(status == FulfillmentStatus.AWAITING_RETURN, "abandon the case");
        return to(FulfillmentStatus.ABANDONED, new CaseAbandoned(caseId, reason, actor));
    }

    // ---- money ---------------------------------------------------------------------------------------------------

    /** Whether the plan pays anything (a refund, a compensation, or both). */
    public boolean paysMoney() {
        return refundAmount != null || compensationAmount != null;
    }

    /** All the plan pays, refund and compensation together: what is committed against the line at once. */
    public Money plannedMoney() {
        if (refundAmount == null) {
            return compensationAmount;
        }
        return compensationAmount == null ? refundAmount : refundAmount.plus(compensationAmount);
    }

    /**
     * The remedy's money is due: once the returned goods passed inspection, or at once when nothing comes back first.
     * The refund goes first; the compensation follows once the refund is paid.
     */
    public boolean moneyDue() {
        boolean paymentPoint = status == FulfillmentStatus.INSPECTION_PASSED
                || (status == FulfillmentStatus.OPENED && !returnRequired);
        return paymentPoint && paysMoney();
    }

    /** Orders the plan's refund (the first of its payments). */
    public Transition requestRefund(UUID refundId, String idempotencyKey, RefundRoute route, Actor actor) {
        require(moneyDue() && refundAmount != null, "request a refund");
        return to(FulfillmentStatus.REFUND_PENDING,
                new RefundRequested(caseId, refundId, idempotencyKey, refundAmount, route, actor));
    }

    /**
     * The merchant never confirmed receipt of the shipped return within its deadline: the refund is ordered as if the
     * goods had passed inspection (domain §3). Only a plan that refunds.
     */
    public Transition refundWithoutReceipt(UUID refundId, String idempotencyKey, RefundRoute route, Actor actor) {
        require(refundWithoutReceiptDue(), "refund without the merchant's confirmation of receipt");
        return to(FulfillmentStatus.REFUND_PENDING,
                new RefundRequested(caseId, refundId, idempotencyKey, refundAmount, route, actor));
    }

    public boolean refundWithoutReceiptDue() {
        return status == FulfillmentStatus.RETURN_IN_TRANSIT && refundAmount != null;
    }

    /**
     * Orders the plan's compensation payout: at once when the plan refunds nothing, else after its refund was paid.
     * No event: the payout is announced when it is paid ({@code CompensationPaid}).
     */
    public Transition requestCompensation() {
        require(compensationDue(), "request a compensation payout");
        return new Transition(with(FulfillmentStatus.COMPENSATION_PENDING), List.of());
    }

    public boolean compensationDue() {
        return compensationAmount != null
                && ((moneyDue() && refundAmount == null) || status == FulfillmentStatus.REFUNDED);
    }

    /**
     * The money that was due cannot be ordered: together with the other cases of the order line it would pay back more
     * than was paid for the line. Nothing is paid; the case waits for an agent, who sees it as a failed refund with
     * the reason.
     *
     * @param paymentId names the payment that was not ordered (no payment row and no payment exist under it)
     */
    public Transition moneyBlocked(UUID paymentId, Money amount, RefundRoute route, String reason, Actor actor) {
        boolean ordering = moneyDue() || refundWithoutReceiptDue() || failedPayout().isPresent();
        require(ordering, "block a payment");
        return to(FulfillmentStatus.REFUND_BLOCKED, new RefundFailed(caseId, paymentId, amount, route, reason, actor));
    }

    /**
     * The provider confirmed the refund. The case is resolved unless the plan also pays compensation, which the caller
     * orders next ({@link #compensationDue()}).
     *
     * @param why why the refund was made other than by the plan's normal step (an automatic refund), or null; the
     *            resolution's summary says so
     */
    public Transition refundIssued(UUID refundId, Money amount, RefundRoute route, String providerRefundId, String why,
                                   Actor actor) {
        require(status == FulfillmentStatus.REFUND_PENDING, "record an issued refund");
        List<CaseEvent> events = new ArrayList<>();
        events.add(new RefundIssued(caseId, refundId, amount, route, providerRefundId, actor));
        if (compensationAmount == null) {
            String summary = "Refunded " + Wording.money(amount) + " to " + Wording.destination(route)
                    + (why == null || why.isBlank() ? "" : "; " + why);
            events.add(new CaseResolved(caseId, remedy, summary, actor));
        }
        return new Transition(with(FulfillmentStatus.REFUNDED), events);
    }

    /** The provider refused the refund for good; finance chooses another route. */
    public Transition refundFailed(UUID refundId, Money amount, RefundRoute route, String reason, Actor actor) {
        require(status == FulfillmentStatus.REFUND_PENDING, "record a failed refund");
        return to(FulfillmentStatus.REFUND_FAILED, new RefundFailed(caseId, refundId, amount, route, reason, actor));
    }

    /** The provider paid the compensation: the plan's money is all paid, the case resolved. */
    public Transition compensationPaid(Money amount, RefundRoute route, String providerRefundId, Actor actor) {
        require(status == FulfillmentStatus.COMPENSATION_PENDING, "record a paid compensation");
        String summary = (refundAmount == null ? "Paid " : "Refunded " + Wording.money(refundAmount) + " and paid ")
                + Wording.money(amount) + " compensation to " + Wording.destination(route);
        return to(FulfillmentStatus.COMPENSATED, new CompensationPaid(caseId, amount, route, providerRefundId, actor),
                new CaseResolved(caseId, remedy, summary, actor));
    }

    /**
     * The provider refused the compensation payout for good; finance chooses another route. Announced as a failed
     * refund whose reason says it was the compensation, the only failure event the contract has for money.
     */
    public Transition compensationFailed(UUID paymentId, Money amount, RefundRoute route, String reason, Actor actor) {
        require(status == FulfillmentStatus.COMPENSATION_PENDING, "record a failed compensation payout");
        return to(FulfillmentStatus.COMPENSATION_FAILED, new RefundFailed(caseId, paymentId, amount, route,
                COMPENSATION_PAYOUT_FAILED + ": " + reason, actor));
    }

    /**
     * The payment the provider refused for good, which finance may send again on another route.
     *
     * @throws TransitionRefused when no payment of the case failed (a blocked payment is an agent's, not finance's)
     */
    public PayoutKind reroutablePayout() {
        return failedPayout().orElseThrow(() -> new TransitionRefused(
                "send a payment on another route (only a refund or payout the provider refused can be)", status,
                repairs() ? repairStage : null));
    }

    private Optional<PayoutKind> failedPayout() {
        return switch (status) {
            case REFUND_FAILED -> Optional.of(PayoutKind.REFUND);
            case COMPENSATION_FAILED -> Optional.of(PayoutKind.COMPENSATION);
            default -> Optional.empty();
        };
    }

    /** Finance sends the failed refund again, the same amount on another route. */
    public Transition rerouteRefund(UUID refundId, String idempotencyKey, RefundRoute route, Actor actor) {
        require(status == FulfillmentStatus.REFUND_FAILED, "send the refund on another route");
        return to(FulfillmentStatus.REFUND_PENDING,
                new RefundRequested(caseId, refundId, idempotencyKey, refundAmount, route, actor));
    }

    /** Finance sends the failed compensation payout again on another route (announced when it is paid). */
    public Transition rerouteCompensation() {
        require(status == FulfillmentStatus.COMPENSATION_FAILED, "send the compensation payout on another route");
        return new Transition(with(FulfillmentStatus.COMPENSATION_PENDING), List.of());
    }

    // ---- replacements (exchange, reship) ---------------------------------------------------------------------------

    /** Whether the remedy ships goods to the customer: a replacement after a return, or a reship. */
    public boolean replacesGoods() {
        return remedy == Remedy.EXCHANGE || remedy == Remedy.RESHIP;
    }

    public ReplacementKind replacementKind() {
        return remedy == Remedy.RESHIP ? ReplacementKind.RESHIP : ReplacementKind.EXCHANGE;
    }

    /** The merchant is to ship the replacement: after a passed inspection, or at once when nothing comes back. */
    public Transition awaitReplacement() {
        boolean due = status == FulfillmentStatus.INSPECTION_PASSED
                || (status == FulfillmentStatus.OPENED && !returnRequired);
        require(due && replacesGoods(), "wait for a replacement");
        return new Transition(with(FulfillmentStatus.AWAITING_REPLACEMENT), List.of());
    }

    public Transition shipReplacement(String carrier, String waybillNo, Actor actor) {
        require(status == FulfillmentStatus.AWAITING_REPLACEMENT, "record the replacement's shipment");
        return to(FulfillmentStatus.REPLACEMENT_SHIPPED,
                new ReplacementShipped(caseId, replacementKind(), carrier, waybillNo, actor));
    }

    /** The carrier reports the replacement delivered: the remedy is executed. */
    public Transition replacementDelivered(String carrier, String waybillNo, Actor actor) {
        require(status == FulfillmentStatus.REPLACEMENT_SHIPPED, "record the replacement's delivery");
        String summary = (replacementKind() == ReplacementKind.RESHIP ? "Reshipped item" : "Replacement")
                + " delivered (" + carrier + " " + waybillNo + ")";
        return to(FulfillmentStatus.REPLACEMENT_DELIVERED, new ReplacementDelivered(caseId, replacementKind(), actor),
                new CaseResolved(caseId, remedy, summary, actor));
    }

    // ---- repairs -------------------------------------------------------------------------------------------------

    public boolean repairs() {
        return remedy == Remedy.REPAIR;
    }

    /**
     * The merchant moves the repair forward, once the returned item was received: to any later stage, never back or
     * sideways. {@code DELIVERED} (the repaired item is back with the customer) resolves the case.
     */
    public Transition progressRepair(RepairStage stage, String note, Actor actor) {
        boolean started = status == FulfillmentStatus.RETURN_RECEIVED || status == FulfillmentStatus.REPAIRING;
        require(repairs() && started, "record a repair stage");
        if (!MERCHANT_REPAIR_STAGES.contains(stage)) {
            throw new IllegalArgumentException("A merchant does not record the repair stage " + stage);
        }
        if (repairStage != null && stage.ordinal() <= repairStage.ordinal()) {
            throw new TransitionRefused("move the repair to " + stage + " (stages only move forward)", status,
                    repairStage);
        }
        RepairProgressed progressed = new RepairProgressed(caseId, stage, note, actor);
        if (stage == RepairStage.DELIVERED) {
            return new Transition(with(FulfillmentStatus.REPAIR_COMPLETED, returnShipment, stage), List.of(progressed,
                    new CaseResolved(caseId, remedy, "Repaired and delivered back to the customer", actor)));
        }
        return new Transition(with(FulfillmentStatus.REPAIRING, returnShipment, stage), List.of(progressed));
    }

    // ---- withdrawal ----------------------------------------------------------------------------------------------

    /**
     * Nothing has left anyone's hands yet: no parcel shipped by the customer or the merchant, no money ordered. A
     * withdrawal can still cancel the execution.
     */
    public boolean nothingMovedYet() {
        return status == FulfillmentStatus.OPENED || status == FulfillmentStatus.AWAITING_RETURN
                || (status == FulfillmentStatus.AWAITING_REPLACEMENT && !returnRequired);
    }

    /**
     * The customer withdrew the request. Only while nothing has moved; afterwards the withdrawal cannot undo a
     * shipped parcel or a payment, and execution continues. No event: the withdrawal itself is the event others see.
     */
    public Transition cancel() {
        require(nothingMovedYet(), "cancel the execution");
        return new Transition(with(FulfillmentStatus.CANCELLED), List.of());
    }

    // ---- who ------------------------------------------------------------------------------------------------------

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

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new TransitionRefused(action, status, repairs() ? repairStage : null);
        }
    }

    private Transition to(FulfillmentStatus next, CaseEvent... events) {
        return new Transition(with(next), List.of(events));
    }

    private FulfillmentCase with(FulfillmentStatus next) {
        return with(next, returnShipment, repairStage);
    }

    private FulfillmentCase with(FulfillmentStatus next, ReturnShipment shipment, RepairStage stage) {
        return new FulfillmentCase(caseId, serviceNo, customerId, merchantId, warehouseId, orderId, orderLineId,
                remedy, refundAmount, compensationAmount, returnRequired, next, shipment, stage, version);
    }

    FulfillmentCase atVersion(long storedVersion) {
        return new FulfillmentCase(caseId, serviceNo, customerId, merchantId, warehouseId, orderId, orderLineId,
                remedy, refundAmount, compensationAmount, returnRequired, status, returnShipment, repairStage,
                storedVersion);
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

    public Money compensationAmount() {
        return compensationAmount;
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

    /** How far a repair has come; null for other remedies, and for a repair whose item was not shipped yet. */
    public RepairStage repairStage() {
        return repairStage;
    }

    /** The stored version this state was read at (or derived from); saving checks it has not moved. */
    public long version() {
        return version;
    }
}
