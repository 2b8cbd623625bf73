package com.marketplace.aftersales.diagnosis.riskreview;

/** The risk team's decisions on a flagged case. */
enum RiskDecisionInput {
    CLEAR,
    BLOCK
}
