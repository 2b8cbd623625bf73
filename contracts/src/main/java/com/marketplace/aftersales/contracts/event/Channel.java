package com.marketplace.aftersales.contracts.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Where an action came from: the app's entry points, the staff consoles, or the system itself. */
public enum Channel {
    ORDER_DETAIL,
    PERSONAL_CENTRE,
    SERVICE_ENTRY,
    STAFF_CONSOLE,
    MERCHANT_CONSOLE,
    WAREHOUSE_CONSOLE,
    SYSTEM,
    @JsonEnumDefaultValue
    UNKNOWN
}
