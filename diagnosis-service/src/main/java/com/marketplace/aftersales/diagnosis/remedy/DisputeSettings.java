package com.marketplace.aftersales.diagnosis.remedy;

import java.math.BigDecimal;

/**
 * Arbitration ({@code aftersales.diagnosis.dispute.*}).
 *
 * @param splitShare the share of the refund the customer asked for that a SPLIT decision refunds when the agent names
 *                   no amount (default 0.50)
 */
public record DisputeSettings(BigDecimal splitShare) {

    public static final BigDecimal DEFAULT_SPLIT_SHARE = new BigDecimal("0.50");

    public DisputeSettings {
        splitShare = splitShare == null ? DEFAULT_SPLIT_SHARE : splitShare;
        if (splitShare.signum() <= 0 || splitShare.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("aftersales.diagnosis.dispute.split-share must be in (0, 1), was "
                    + splitShare);
        }
    }

    public static DisputeSettings defaults() {
        return new DisputeSettings(null);
    }
}
