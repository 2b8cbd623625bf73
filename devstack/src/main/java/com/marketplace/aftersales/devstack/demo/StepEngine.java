package com.marketplace.aftersales.devstack.demo;

import java.util.Set;
import java.util.function.Supplier;

/**
 * Plays one step: sends its request (again while the answer only says the suite is catching up), then reads the case
 * as the customer's app does until it shows the status the step leads to. Each step has its own time limit.
 */
final class StepEngine {

    private final GatewayClient api;
    private final DemoTiming timing;

    StepEngine(GatewayClient api, DemoTiming timing) {
        this.api = api;
        this.timing = timing;
    }

    /** @return the first answer that is not one to retry; a success, or a {@link DemoFailure} says what it was */
    ApiResponse send(Supplier<ApiResponse> request, Set<Integer> retryWhile) {
        long deadline = System.nanoTime() + timing.stepTimeout().toNanos();
        ApiResponse response = request.get();
        while (retryWhile.contains(response.status()) && System.nanoTime() < deadline) {
            pause();
            response = request.get();
        }
        if (retryWhile.contains(response.status())) {
            throw new DemoFailure(response.request() + " still answered " + response.describe() + " after "
                    + DemoTiming.describe(timing.stepTimeout()));
        }
        if (!response.succeeded()) {
            throw new DemoFailure(response.request() + " answered " + response.describe());
        }
        return response;
    }

    /** @return the case once the app shows {@code expected}; a {@link DemoFailure} names the status last seen */
    CaseView awaitStatus(String caseId, String customerToken, String expected) {
        long deadline = System.nanoTime() + timing.stepTimeout().toNanos();
        CaseView seen = view(caseId, customerToken);
        while (!expected.equals(seen.status())) {
            if (System.nanoTime() >= deadline) {
                throw new DemoFailure("waited " + DemoTiming.describe(timing.stepTimeout()) + " for " + expected
                        + "; " + lastSeen(seen));
            }
            pause();
            seen = view(caseId, customerToken);
        }
        return seen;
    }

    /** The case as the customer's app reads it; {@link CaseView#NOT_VISIBLE_YET} until case-view has projected it. */
    CaseView view(String caseId, String customerToken) {
        String path = "/api/v1/cases/" + caseId;
        ApiResponse response = api.get(path, customerToken);
        if (response.status() == 404) {
            return CaseView.NOT_VISIBLE_YET;
        }
        if (!response.succeeded() || response.body() == null) {
            throw new DemoFailure(response.request() + " answered " + response.describe());
        }
        return CaseView.of(response.body());
    }

    private static String lastSeen(CaseView seen) {
        if (!seen.visible()) {
            return "the case is not visible yet (GET /api/v1/cases/{id} answers 404: case-view has not projected it)";
        }
        String details = seen.details();
        return "the app still shows " + seen.status() + (details.isEmpty() ? "" : " (" + details + ")");
    }

    private void pause() {
        try {
            Thread.sleep(timing.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("interrupted", e);
        }
    }
}
