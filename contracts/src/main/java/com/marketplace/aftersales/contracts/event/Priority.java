package com.marketplace.aftersales.contracts.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT,
    @JsonEnumDefaultValue
    UNKNOWN
}
