package com.marketplace.aftersales.contracts.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What the platform does about the problem. */
public enum Remedy {
    RETURN_REFUND,
    REFUND_ONLY,
    EXCHANGE,
    REPAIR,
    RESHIP,
    COMPENSATION,
    PARTIAL_REFUND,
    @JsonEnumDefaultValue
    UNKNOWN
}
