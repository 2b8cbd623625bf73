package com.marketplace.aftersales.caseview.projection;

/** Where the case's refund stands, as the app shows it next to the amount. */
public enum RefundStatus {
    /** Decided in diagnosis (remedy or instant refund); nothing ordered yet. */
    PLANNED,
    /** Ordered from the payment provider. */
    REQUESTED,
    ISSUED,
    /** The provider refused; finance agrees another route, which requests it again. */
    FAILED
}
