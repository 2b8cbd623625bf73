package com.marketplace.aftersales.fulfillment.execution;

import com.marketplace.aftersales.contracts.fulfillment.Department;
import java.time.Instant;

/**
 * How a decided remedy is executed: who is responsible by when (the execution order), and what fulfillment does
 * first.
 *
 * @param returnAddress where the goods go back to, when the first step is a return
 */
record ExecutionPlan(Department department, String owner, Instant dueBy, FirstStep firstStep, String returnAddress) {

    enum FirstStep {
        /** Tell the customer where to send the goods; the remedy's own step follows the return. */
        AUTHORIZE_RETURN,
        /** Pay the plan's money at once (refund, then compensation): nothing has to come back first. */
        ORDER_MONEY,
        /** Wait for the merchant to ship the replacement at once (a reship): nothing has to come back first. */
        AWAIT_REPLACEMENT
    }
}
