package com.marketplace.aftersales.fulfillment.cases;

/**
 * Where the execution of a case's remedy stands, as fulfillment sees it (the state machines per remedy are in the
 * module's README). The names the app shows come from the events (contracts §3), not from this enum; this one is what
 * a {@code 409} names as {@code currentStatus}.
 */
public enum FulfillmentStatus {
    /** The execution order exists; nothing has moved yet (a transient state: the first step follows at once). */
    OPENED,
    AWAITING_RETURN,
    RETURN_IN_TRANSIT,
    RETURN_RECEIVED,
    /** The returned goods passed inspection; the remedy's next step (the money, or a replacement) follows at once. */
    INSPECTION_PASSED,
    /** The returned goods failed inspection; an agent takes the case over. */
    INSPECTION_FAILED,
    REFUND_PENDING,
    /** The refund is paid; resolved, unless the plan also pays compensation (then that is requested at once). */
    REFUNDED,
    /** The provider refused the refund for good; finance chooses another route. */
    REFUND_FAILED,
    /**
     * The plan's money was never ordered: the order line's other cases already committed so much that this one would
     * pay back more than was paid for the line (the database refused it). Nothing was paid or committed; an agent takes
     * the case over (announced as {@code RefundFailed}, which the app shows to the agent).
     */
    REFUND_BLOCKED,
    COMPENSATION_PENDING,
    COMPENSATED,
    /** The provider refused the compensation payout for good; finance chooses another route. */
    COMPENSATION_FAILED,
    /** The merchant is to ship a replacement (after a passed inspection of an exchange, or at once for a reship). */
    AWAITING_REPLACEMENT,
    /** The replacement is on its way; the delivery tracker asks the carrier until it is delivered. */
    REPLACEMENT_SHIPPED,
    REPLACEMENT_DELIVERED,
    /** The returned item is being repaired; the case's repair stage says how far. */
    REPAIRING,
    /** The repaired item was delivered back to the customer. */
    REPAIR_COMPLETED,
    /** The customer never shipped the return within the deadline; nothing was paid. */
    ABANDONED,
    /** Withdrawn by the customer before goods or money moved. */
    CANCELLED;

    /** The execution is over: nothing further happens to the case in fulfillment. */
    public boolean isFinal() {
        return switch (this) {
            case REFUNDED, COMPENSATED, REPLACEMENT_DELIVERED, REPAIR_COMPLETED, ABANDONED, CANCELLED -> true;
            default -> false;
        };
    }
}
