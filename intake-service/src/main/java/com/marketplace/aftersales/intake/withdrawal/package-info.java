/**
 * The customer withdraws a request, which is possible until goods or money have moved. Fulfillment is asked
 * first (synchronously, with the customer's token): it is the one that knows whether anything
 * moved, and it makes its answer stick before intake publishes {@code CaseWithdrawn}.
 */
package com.marketplace.aftersales.intake.withdrawal;
