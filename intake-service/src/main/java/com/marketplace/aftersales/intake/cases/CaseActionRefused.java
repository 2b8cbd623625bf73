package com.marketplace.aftersales.intake.cases;

/**
 * The case's state does not allow the action (an HTTP {@code 409} with the current status). {@code movedBy} names the
 * later stage's event that makes a withdrawal impossible, when that is the reason.
 */
public class CaseActionRefused extends RuntimeException {

    private final IntakeStatus currentStatus;
    private final String movedBy;

    CaseActionRefused(String detail, IntakeStatus currentStatus, String movedBy) {
        super(detail);
        this.currentStatus = currentStatus;
        this.movedBy = movedBy;
    }

    public IntakeStatus currentStatus() {
        return currentStatus;
    }

    /** The event after which goods or money had moved, or null. */
    public String movedBy() {
        return movedBy;
    }
}
