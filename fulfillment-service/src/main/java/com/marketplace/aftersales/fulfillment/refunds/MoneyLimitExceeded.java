package com.marketplace.aftersales.fulfillment.refunds;

import com.marketplace.aftersales.contracts.event.Money;
import java.util.UUID;

/** The database refused to commit more money to a case than was paid for its order line. Nothing was written. */
public class MoneyLimitExceeded extends RuntimeException {

    MoneyLimitExceeded(UUID caseId, Money amount, Throwable cause) {
        super("Committing " + amount.amount().toPlainString() + " " + amount.currency() + " to case " + caseId
                + " would exceed what was paid for the order line", cause);
    }
}
