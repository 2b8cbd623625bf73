package com.marketplace.aftersales.contracts.feedback;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

public enum CloseReason {
    /** The customer rated the outcome. */
    RATED,
    /** No rating arrived within the configured number of days. */
    NO_RATING,
    @JsonEnumDefaultValue
    UNKNOWN
}
