package com.marketplace.aftersales.contracts.fulfillment;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Why goods are shipped to the customer again: an exchange after a return, or a reship of a lost or wrong item. */
public enum ReplacementKind {
    EXCHANGE,
    RESHIP,
    @JsonEnumDefaultValue
    UNKNOWN
}
