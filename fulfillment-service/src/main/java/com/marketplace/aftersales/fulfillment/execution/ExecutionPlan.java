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
        /** Tell the customer where to send the goods; the rest follows the return's steps. */
        AUTHORIZE_RETURN,
        /** Pay the refund at once: nothing has to come back first. */
        REQUEST_REFUND,
        /** Executed by hand for now: the execution order tells the department, nothing is automated yet. */
        MANUAL
    }
}
