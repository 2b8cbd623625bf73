package com.marketplace.aftersales.intake.cases;

/**
 * Intake's own view of a case's status: what intake needs to decide on reviews, information, evidence, messages,
 * withdrawal and the one-open-case-per-line rule. Not the status the app shows (case-view projects that from every
 * topic); later stages only tell intake that goods or money moved, or that the case ended.
 */
public enum IntakeStatus {
    SUBMITTED,
    NEEDS_MORE_INFO,
    APPROVED,
    /** Rejected on review. Ends the case and frees the order line for a better-founded request. */
    NOT_APPLICABLE,
    WITHDRAWN,
    /** Ended downstream: closed by feedback ({@code CaseClosed}) or abandoned in fulfillment ({@code CaseAbandoned}). */
    CLOSED;

    /** Whether a case in this status still holds its order line (no second request for the line meanwhile). */
    public boolean holdsOrderLine() {
        return this == SUBMITTED || this == NEEDS_MORE_INFO || this == APPROVED;
    }

    public boolean isTerminal() {
        return !holdsOrderLine();
    }
}
