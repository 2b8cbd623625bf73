package com.marketplace.aftersales.diagnosis.cases;

/**
 * Diagnosis' own stage of a case, built from the events it consumed and the decisions it made. Not the status the app
 * shows (case-view projects that from every topic), though the names match where the meaning does. The API's
 * {@code 409} answers name these stages as {@code currentStatus}.
 *
 * <pre>
 * NEW ──small refund, clean history──▶ REMEDY_DECIDED (instant refund)
 *  └──approved──▶ (DIAGNOSED), then the gates:
 *       suspicious ──▶ RISK_REVIEW ──clear──▶ (next gate); block ──▶ CLOSED
 *       quality / not as described ──▶ AWAITING_MERCHANT ──accept──▶ (next gate); reject ──▶ IN_DISPUTE
 *       IN_DISPUTE ──customer / split──▶ (next gate); merchant ──▶ CLOSED
 *       compensation without an approved amount ──▶ AWAITING_AGENT / AWAITING_SUPERVISOR
 *       otherwise ──▶ REMEDY_DECIDED
 * any open stage ──withdrawn, not applicable, resolved, abandoned, closed──▶ CLOSED
 * </pre>
 */
public enum DiagnosisStatus {
    NEW,
    /** Passed through within the approval's transaction; never stored by this version. */
    DIAGNOSED,
    /** Flagged to the risk team; nothing automatic happens until it clears or blocks the case. */
    RISK_REVIEW,
    AWAITING_MERCHANT,
    IN_DISPUTE,
    /** The remedy is compensation but no amount is approved: the case's handler decides (agent override). */
    AWAITING_AGENT,
    /** Compensation above the agent's limit waits for a supervisor's approval. */
    AWAITING_SUPERVISOR,
    REMEDY_DECIDED,
    CLOSED;

    /** Whether the remedy is still open, so an agent may override the classification and remedy. */
    public boolean allowsOverride() {
        return switch (this) {
            case RISK_REVIEW, AWAITING_MERCHANT, IN_DISPUTE, AWAITING_AGENT, AWAITING_SUPERVISOR -> true;
            case NEW, DIAGNOSED, REMEDY_DECIDED, CLOSED -> false;
        };
    }
}
