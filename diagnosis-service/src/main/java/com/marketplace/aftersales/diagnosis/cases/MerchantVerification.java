package com.marketplace.aftersales.diagnosis.cases;

/** Where a case stands with its merchant's verification of the problem. */
public enum MerchantVerification {
    /** The merchant was not asked (yet). */
    NONE,
    /** Asked; the answer is outstanding. */
    REQUESTED,
    /** The merchant (or the deadline, on its behalf) accepted. */
    ACCEPTED,
    /** The merchant rejected: the case is disputed until the platform arbitrates. */
    REJECTED,
    /** The platform arbitrated the merchant's rejection in the customer's favour (fully or in part). */
    ARBITRATED
}
