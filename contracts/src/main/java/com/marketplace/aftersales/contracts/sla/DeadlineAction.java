package com.marketplace.aftersales.contracts.sla;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What the owning service does when a deadline passes, if the case is still in the expected state. */
public enum DeadlineAction {
    /** diagnosis: accept the request on the silent merchant's behalf. */
    AUTO_ACCEPT,
    /** fulfillment: close the case as abandoned, the customer never shipped the return. */
    ABANDON,
    /** fulfillment: refund although the merchant never confirmed receipt. */
    AUTO_REFUND,
    /** diagnosis: raise the priority of a case open too long. */
    RAISE_PRIORITY,
    @JsonEnumDefaultValue
    UNKNOWN
}
