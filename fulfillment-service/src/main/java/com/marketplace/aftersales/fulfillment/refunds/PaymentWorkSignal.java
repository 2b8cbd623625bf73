package com.marketplace.aftersales.fulfillment.refunds;

import com.marketplace.aftersales.fulfillment.support.WorkSignal;
import org.springframework.stereotype.Component;

/** Wakes the payment worker when a payment was committed. */
@Component
class PaymentWorkSignal extends WorkSignal {
}
