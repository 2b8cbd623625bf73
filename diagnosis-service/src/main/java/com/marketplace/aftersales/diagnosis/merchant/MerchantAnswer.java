package com.marketplace.aftersales.diagnosis.merchant;

/** The merchant's decisions the API accepts (its own type, so the event enum's UNKNOWN is not a valid input). */
enum MerchantAnswer {
    ACCEPT,
    REJECT
}
