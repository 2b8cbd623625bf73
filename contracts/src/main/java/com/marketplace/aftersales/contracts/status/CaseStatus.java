package com.marketplace.aftersales.contracts.status;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The status the app shows (contracts §3). {@code progress} orders the statuses along the lifecycle so the projection
 * never moves a case backwards when events of different topics arrive out of order.
 */
public enum CaseStatus {
    SUBMITTED(10, Group.REVIEW_LOOP),
    NEEDS_MORE_INFO(10, Group.REVIEW_LOOP),
    APPROVED(20, Group.PROGRESS),
    AWAITING_MERCHANT(30, Group.PROGRESS),
    IN_DISPUTE(40, Group.PROGRESS),
    AWAITING_RETURN(50, Group.PROGRESS),
    RETURN_IN_TRANSIT(60, Group.PROGRESS),
    RETURN_RECEIVED(70, Group.PROGRESS),
    REPAIRING(75, Group.PROGRESS),
    REFUND_PENDING(80, Group.PROGRESS),
    REFUNDED(90, Group.OUTCOME),
    EXCHANGE_SHIPPED(90, Group.OUTCOME),
    RESHIPPED(90, Group.OUTCOME),
    REPAIRED(90, Group.OUTCOME),
    COMPENSATED(90, Group.OUTCOME),
    /** Set by {@code CaseResolved} only when no more specific outcome applies. */
    RESOLVED(90, Group.OUTCOME),
    NOT_APPLICABLE(100, Group.TERMINAL),
    CLOSED(100, Group.TERMINAL),
    WITHDRAWN(100, Group.TERMINAL),
    ABANDONED(100, Group.TERMINAL),
    @JsonEnumDefaultValue
    UNKNOWN(0, Group.PROGRESS);

    enum Group { REVIEW_LOOP, PROGRESS, OUTCOME, TERMINAL }

    private final int progress;
    private final Group group;

    CaseStatus(int progress, Group group) {
        this.progress = progress;
        this.group = group;
    }

    public boolean isTerminal() {
        return group == Group.TERMINAL;
    }

    public boolean isOutcome() {
        return group == Group.OUTCOME;
    }

    /**
     * Whether a case showing this status may show {@code next}. Forward always; sideways only inside the review loop
     * (more information goes back to review) and between outcomes (a refund followed by compensation), where the
     * generic {@code RESOLVED} never hides a specific outcome; never out of a terminal status.
     */
    public boolean mayBecome(CaseStatus next) {
        if (next == UNKNOWN || isTerminal()) {
            return false;
        }
        if (next.progress != progress) {
            return next.progress > progress;
        }
        if (group == Group.REVIEW_LOOP) {
            return true;
        }
        return group == Group.OUTCOME && next != RESOLVED && next != this;
    }
}
