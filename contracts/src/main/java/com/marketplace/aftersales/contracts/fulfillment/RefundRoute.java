package com.marketplace.aftersales.contracts.fulfillment;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Where money goes back to: the original payment account, the marketplace balance, or a coupon. */
public enum RefundRoute {
    ORIGINAL,
    BALANCE,
    COUPON,
    @JsonEnumDefaultValue
    UNKNOWN
}
