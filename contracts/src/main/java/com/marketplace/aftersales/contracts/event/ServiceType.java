package com.marketplace.aftersales.contracts.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What the customer asks for. */
public enum ServiceType {
    RETURN_REFUND,
    REFUND_ONLY,
    EXCHANGE,
    REPAIR,
    COMPENSATION,
    @JsonEnumDefaultValue
    UNKNOWN
}
