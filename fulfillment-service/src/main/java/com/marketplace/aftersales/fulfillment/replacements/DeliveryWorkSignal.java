package com.marketplace.aftersales.fulfillment.replacements;

import com.marketplace.aftersales.fulfillment.support.WorkSignal;
import org.springframework.stereotype.Component;

/** Wakes the delivery tracker when a replacement shipment was committed, so its first look happens at once. */
@Component
class DeliveryWorkSignal extends WorkSignal {
}
