package com.marketplace.aftersales.diagnosis.cases;

/** Where a case stands with the risk team. */
public enum RiskState {
    /** Never flagged. */
    NONE,
    /** Flagged, awaiting the risk team's decision. */
    FLAGGED,
    /** The risk team cleared it; automatic handling resumed. */
    CLEARED,
    /** The risk team blocked it; diagnosis decides nothing more. */
    BLOCKED
}
