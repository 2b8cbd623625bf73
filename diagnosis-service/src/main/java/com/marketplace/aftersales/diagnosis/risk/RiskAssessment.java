package com.marketplace.aftersales.diagnosis.risk;

import java.util.List;

/**
 * Why a case is suspicious, as the reasons {@code RiskFlagged} carries: each starts with a stable code
 * ({@link #REFUND_FREQUENCY}, {@link #EVIDENCE_REUSED}), then a colon and the detail for the risk team.
 */
public record RiskAssessment(List<String> reasons) {

    public static final String REFUND_FREQUENCY = "REFUND_FREQUENCY";
    public static final String EVIDENCE_REUSED = "EVIDENCE_REUSED";

    public RiskAssessment {
        reasons = List.copyOf(reasons);
    }

    public static RiskAssessment clean() {
        return new RiskAssessment(List.of());
    }

    public boolean isClean() {
        return reasons.isEmpty();
    }

    /** The code of a reason: the text before its first colon. */
    public static String codeOf(String reason) {
        int colon = reason.indexOf(':');
        return colon < 0 ? reason : reason.substring(0, colon);
    }
}
