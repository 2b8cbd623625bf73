package com.marketplace.aftersales.contracts.diagnosis;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

public enum DisputeOutcome {
    CUSTOMER,
    MERCHANT,
    SPLIT,
    @JsonEnumDefaultValue
    UNKNOWN
}
