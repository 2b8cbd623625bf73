package com.marketplace.aftersales.contracts.intake;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

public enum ReviewDecision {
    APPROVED,
    NEEDS_MORE_INFO,
    NOT_APPLICABLE,
    @JsonEnumDefaultValue
    UNKNOWN
}
