package com.marketplace.aftersales.contracts.diagnosis;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

public enum MerchantDecision {
    ACCEPT,
    REJECT,
    @JsonEnumDefaultValue
    UNKNOWN
}
