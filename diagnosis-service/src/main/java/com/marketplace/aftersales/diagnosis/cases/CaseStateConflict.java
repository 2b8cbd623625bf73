package com.marketplace.aftersales.diagnosis.cases;

/** A command the case's current stage does not allow (the API answers 409 with the current status). */
public final class CaseStateConflict extends RuntimeException {

    private final DiagnosisStatus currentStatus;

    CaseStateConflict(String message, DiagnosisStatus currentStatus) {
        super(message);
        this.currentStatus = currentStatus;
    }

    public DiagnosisStatus currentStatus() {
        return currentStatus;
    }
}
