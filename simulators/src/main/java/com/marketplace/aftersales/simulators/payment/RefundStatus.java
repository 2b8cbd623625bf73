package com.marketplace.aftersales.simulators.payment;

public enum RefundStatus {
    PENDING,
    SUCCEEDED,
    FAILED
}
