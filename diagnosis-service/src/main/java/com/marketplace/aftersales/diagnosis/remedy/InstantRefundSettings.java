package com.marketplace.aftersales.diagnosis.remedy;

/**
 * Instant refunds (秒退, domain §2, {@code aftersales.diagnosis.instant-refund.*}).
 *
 * @param enabled whether small refunds from customers with a clean history skip the agent's review (default true)
 * @param below   refunds strictly below this amount qualify (default 50.00 CNY); other currencies never do
 */
public record InstantRefundSettings(Boolean enabled, Amount below) {

    public static final Amount DEFAULT_BELOW = Amount.of("50.00");

    public InstantRefundSettings {
        enabled = enabled == null || enabled;
        below = below == null ? DEFAULT_BELOW : below;
    }

    public static InstantRefundSettings defaults() {
        return new InstantRefundSettings(null, null);
    }
}
