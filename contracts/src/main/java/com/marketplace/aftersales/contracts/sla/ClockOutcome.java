package com.marketplace.aftersales.contracts.sla;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

public enum ClockOutcome {
    MET,
    BREACHED,
    /** Stopped by a terminal event (withdrawn, rejected, abandoned, closed) before its deadline. */
    CANCELLED,
    @JsonEnumDefaultValue
    UNKNOWN
}
