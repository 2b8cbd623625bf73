package com.marketplace.aftersales.contracts.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

public enum ActorRole {
    CUSTOMER,
    AGENT,
    SUPERVISOR,
    OPS_MANAGER,
    FINANCE,
    RISK,
    MERCHANT,
    WAREHOUSE,
    /** Automatic decisions: rules, deadlines, workers. */
    SYSTEM,
    /** A role added by a newer writer; readers treat it as unknown instead of failing. */
    @JsonEnumDefaultValue
    UNKNOWN
}
