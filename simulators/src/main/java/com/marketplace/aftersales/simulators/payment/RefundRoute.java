package com.marketplace.aftersales.simulators.payment;

/** Where a refund goes, as the payment provider's API names it. */
public enum RefundRoute {
    ORIGINAL("CARD_CLOSED"),
    BALANCE("ACCOUNT_FROZEN"),
    COUPON("COUPON_ISSUING_DISABLED");

    private final String declineReason;

    RefundRoute(String declineReason) {
        this.declineReason = declineReason;
    }

    /** The reason the simulator gives when this route is configured to decline. */
    public String declineReason() {
        return declineReason;
    }
}
