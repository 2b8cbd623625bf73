package com.marketplace.aftersales.fulfillment.cases;

import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.fulfillment.RefundRoute;

/** How a resolution's summary (shown on the case's timeline) names amounts and where money went. */
final class Wording {

    private Wording() {
    }

    static String money(Money money) {
        return money.amount().setScale(Math.max(2, money.amount().scale())).toPlainString() + " " + money.currency();
    }

    static String destination(RefundRoute route) {
        return switch (route) {
            case BALANCE -> "the marketplace balance";
            case COUPON -> "a coupon";
            case ORIGINAL, UNKNOWN -> "the original payment account";
        };
    }
}
