package com.marketplace.aftersales.contracts.fulfillment;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

public enum RepairStage {
    SHIPPED_BY_CUSTOMER,
    RECEIVED,
    REPAIRING,
    REPAIRED,
    SHIPPED_BACK,
    DELIVERED,
    @JsonEnumDefaultValue
    UNKNOWN
}
