package com.marketplace.aftersales.diagnosis.remedy;

import java.math.BigDecimal;

/**
 * Compensation approval (domain §2, {@code aftersales.diagnosis.compensation.*}).
 *
 * @param capRatio   compensation never exceeds this share of what was paid for the order line (default 0.30)
 * @param agentLimit an agent approves compensation up to this amount; above it a supervisor must (default 20.00 CNY)
 */
public record CompensationSettings(BigDecimal capRatio, Amount agentLimit) {

    public static final BigDecimal DEFAULT_CAP_RATIO = new BigDecimal("0.30");
    public static final Amount DEFAULT_AGENT_LIMIT = Amount.of("20.00");

    public CompensationSettings {
        capRatio = capRatio == null ? DEFAULT_CAP_RATIO : capRatio;
        if (capRatio.signum() <= 0 || capRatio.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("aftersales.diagnosis.compensation.cap-ratio must be in (0, 1], was "
                    + capRatio);
        }
        agentLimit = agentLimit == null ? DEFAULT_AGENT_LIMIT : agentLimit;
    }

    public static CompensationSettings defaults() {
        return new CompensationSettings(null, null);
    }
}
