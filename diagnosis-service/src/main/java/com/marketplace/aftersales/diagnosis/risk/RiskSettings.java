package com.marketplace.aftersales.diagnosis.risk;

import java.time.Duration;

/**
 * When a case goes to the risk team instead of automatic handling (domain §2 "Risk",
 * {@code aftersales.diagnosis.risk.*}).
 *
 * @param maxRefunds         a customer with more refunds than this within {@code refundWindow} is flagged (default 5)
 * @param refundWindow       how far back refunds count (default 30 days)
 * @param flagReusedEvidence whether evidence (same SHA-256) already submitted with another case flags the case
 *                           (default true)
 */
public record RiskSettings(Integer maxRefunds, Duration refundWindow, Boolean flagReusedEvidence) {

    public static final int DEFAULT_MAX_REFUNDS = 5;
    public static final Duration DEFAULT_REFUND_WINDOW = Duration.ofDays(30);

    public RiskSettings {
        maxRefunds = maxRefunds == null ? DEFAULT_MAX_REFUNDS : maxRefunds;
        if (maxRefunds < 0) {
            throw new IllegalArgumentException("aftersales.diagnosis.risk.max-refunds must not be negative");
        }
        refundWindow = refundWindow == null ? DEFAULT_REFUND_WINDOW : refundWindow;
        if (refundWindow.isNegative() || refundWindow.isZero()) {
            throw new IllegalArgumentException("aftersales.diagnosis.risk.refund-window must be positive");
        }
        flagReusedEvidence = flagReusedEvidence == null || flagReusedEvidence;
    }

    public static RiskSettings defaults() {
        return new RiskSettings(null, null, null);
    }
}
