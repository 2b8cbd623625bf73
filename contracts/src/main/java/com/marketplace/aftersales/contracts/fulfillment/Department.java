package com.marketplace.aftersales.contracts.fulfillment;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Who is responsible for an execution order. */
public enum Department {
    MERCHANT,
    WAREHOUSE,
    LOGISTICS,
    CUSTOMER_SERVICE,
    FINANCE,
    @JsonEnumDefaultValue
    UNKNOWN
}
