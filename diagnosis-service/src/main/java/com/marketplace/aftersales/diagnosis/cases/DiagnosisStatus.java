package com.marketplace.aftersales.diagnosis.cases;

/**
 * Diagnosis' own stage of a case, built from the events it consumed and the decisions it made. Not the status the app
 * shows (case-view projects that from every topic), though the names match where the meaning does.
 *
 * <pre>
 * NEW ──approve──▶ DIAGNOSED ──quality / not as described──▶ AWAITING_MERCHANT ──accept (merchant or deadline)──▶ REMEDY_DECIDED
 *                     │                                            └──reject──▶ IN_DISPUTE
 *                     └──other categories──────────────────────────────────────────────────▶ REMEDY_DECIDED
 * any open stage ──withdrawn, not applicable, resolved, abandoned, closed──▶ CLOSED
 * </pre>
 * DIAGNOSED is where a diagnosed case waits on something other than the merchant; today diagnosis moves on from it in
 * the same transaction, later work (risk review, compensation approval) will stop there.
 */
public enum DiagnosisStatus {
    NEW,
    DIAGNOSED,
    AWAITING_MERCHANT,
    REMEDY_DECIDED,
    IN_DISPUTE,
    CLOSED
}
