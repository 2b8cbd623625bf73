package com.marketplace.aftersales.contracts.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The problem as diagnosed; decides which remedies and which SLA clocks apply. */
public enum ProblemCategory {
    QUALITY_DEFECT,
    LOGISTICS,
    NOT_AS_DESCRIBED,
    WRONG_ITEM,
    MISSING_PARTS,
    CHANGED_MIND,
    @JsonEnumDefaultValue
    UNKNOWN
}
