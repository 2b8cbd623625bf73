package com.marketplace.aftersales.devstack.demo;

import java.util.Set;
import java.util.function.Supplier;

/**
 * One step of the demo: a request someone sends through the gateway, and the status the app shows once the suite has
 * acted on it.
 *
 * @param retryWhile answers that only mean the suite has not caught up yet (e.g. intake has not replicated the order):
 *                   the request is sent again, with the same {@code Idempotency-Key}, until the step times out
 */
record DemoStep(String label, Supplier<ApiResponse> request, Set<Integer> retryWhile, String expectedStatus) {
}
