package com.marketplace.aftersales.fulfillment.execution;

/**
 * A decided remedy fulfillment cannot execute as it stands: a missing amount, a warehouse without a configured return
 * address. Retrying the same event will not help; it goes to the dead-letter topic for a fix and a replay.
 */
class UnexecutablePlan extends RuntimeException {

    UnexecutablePlan(String message) {
        super(message);
    }
}
