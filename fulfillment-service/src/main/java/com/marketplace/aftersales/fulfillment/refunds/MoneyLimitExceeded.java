package com.marketplace.aftersales.fulfillment.refunds;

import com.marketplace.aftersales.contracts.event.Money;
import java.util.UUID;

/**
 * The database refused to commit more money to a case's order line than was paid for it (all cases of the line
 * together). The refused statement was undone; nothing of it was written.
 */
class MoneyLimitExceeded extends RuntimeException {

    MoneyLimitExceeded(UUID caseId, Money amount, Throwable cause) {
        super("Committing " + amount.amount().toPlainString() + " " + amount.currency() + " to case " + caseId
                + " would exceed what was paid for its order line (all cases of the line together)", cause);
    }
}
