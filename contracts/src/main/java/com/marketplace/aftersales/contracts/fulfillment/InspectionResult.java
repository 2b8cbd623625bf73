package com.marketplace.aftersales.contracts.fulfillment;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

public enum InspectionResult {
    PASSED,
    FAILED,
    @JsonEnumDefaultValue
    UNKNOWN
}
