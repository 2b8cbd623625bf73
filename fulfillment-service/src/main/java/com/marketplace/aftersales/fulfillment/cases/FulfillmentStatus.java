package com.marketplace.aftersales.fulfillment.cases;

/**
 * Where the execution of a case's remedy stands, as fulfillment sees it. The return-and-refund path is
 * {@code OPENED → AWAITING_RETURN → RETURN_IN_TRANSIT → RETURN_RECEIVED → INSPECTION_PASSED → REFUND_PENDING →
 * REFUNDED | REFUND_FAILED}, or {@code REFUND_BLOCKED} instead of {@code REFUND_PENDING} when the line's refund
 * ceiling is reached; a refund without a return goes {@code OPENED → REFUND_PENDING}. The names the app shows
 * come from the events (contracts §3), not from this enum.
 */
public enum FulfillmentStatus {
    /** The execution order exists; nothing has moved yet. Remedies executed by hand for now stay here. */
    OPENED,
    AWAITING_RETURN,
    RETURN_IN_TRANSIT,
    RETURN_RECEIVED,
    /** The returned goods passed inspection; the remedy's next step (a refund, for now) follows in the same change. */
    INSPECTION_PASSED,
    /** The returned goods failed inspection; an agent takes the case over. */
    INSPECTION_FAILED,
    REFUND_PENDING,
    REFUNDED,
    /** The provider refused the refund for good; finance agrees another route with the customer. */
    REFUND_FAILED,
    /**
     * The refund was never ordered: the order line's other cases already committed so much that this one would pay
     * back more than was paid for the line (the database refused it). Nothing was paid or committed; an agent takes
     * the case over (announced as {@code RefundFailed}, which the app shows to the agent).
     */
    REFUND_BLOCKED,
    /** Withdrawn by the customer before goods or money moved. */
    CANCELLED;

    /** Nothing has left anyone's hands yet: a withdrawal can still cancel the execution. */
    public boolean nothingMovedYet() {
        return this == OPENED || this == AWAITING_RETURN;
    }
}
