package com.marketplace.aftersales.devstack.demo;

import com.marketplace.aftersales.contracts.orders.OrderSnapshot;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * The walking skeleton as a demo: a quality-defect return with refund, from the orders team's order to the closed
 * case, played through the gateway the way the mobile app and the staff consoles drive it. Every run files its
 * request for an order of its own, so it can be played again and again on the same data.
 */
final class WalkingSkeleton {

    static final int FINISHED = 0;
    static final int FAILED = 1;

    /** Intake answers 422 for an order it has not replicated yet: the order was published a moment ago. */
    private static final Set<Integer> UNTIL_INTAKE_HAS_THE_ORDER = Set.of(422);
    /**
     * Feedback learns that the case was resolved from fulfillment's topic, in its own time: the app may show REFUNDED
     * a moment before feedback takes a rating (404 while it has not seen the case, 409 while not yet resolved).
     */
    private static final Set<Integer> UNTIL_FEEDBACK_HAS_CAUGHT_UP = Set.of(404, 409);
    private static final Set<Integer> NONE = Set.of();

    private final GatewayClient api;
    private final OrderFeed orders;
    private final DemoPrinter printer;
    private final StepEngine engine;
    private final Clock clock;
    private final String waybillNo = "SF" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L);
    private final byte[] photo = DemoPng.render("demo photo " + UUID.randomUUID());

    private OrderSnapshot order;
    private Participants participants;
    private String caseId;
    private String serviceNo;

    WalkingSkeleton(GatewayClient api, OrderFeed orders, DemoPrinter printer, DemoTiming timing, Clock clock) {
        this.api = api;
        this.orders = orders;
        this.printer = printer;
        this.engine = new StepEngine(api, timing);
        this.clock = clock;
    }

    /** @return {@link #FINISHED} once the case is CLOSED, {@link #FAILED} when a step failed or timed out */
    int play() {
        printer.intro(api.baseUrl());
        try {
            order = DemoOrders.freshOrder(DemoOrders.freshOrderId(), clock.instant());
            orders.publish(order);
            printer.orderPublished(order);
            participants = Participants.signIn(api);
            printer.signedIn(Participants.ALL);
        } catch (DemoFailure | IllegalStateException e) {
            printer.setUpFailed(e.getMessage());
            return FAILED;
        }
        List<DemoStep> steps = steps();
        CaseView view = null;
        for (int i = 0; i < steps.size(); i++) {
            DemoStep step = steps.get(i);
            printer.stepStarted(i + 1, step.label());
            try {
                view = play(step);
                printer.stepReached(view);
            } catch (DemoFailure e) {
                printer.stepFailed(e.getMessage());
                showCaseAfterFailure();
                printer.lookNext(api.baseUrl(), caseId);
                printer.failed(i + 1, step.label());
                return FAILED;
            }
        }
        printer.caseSummary(serviceNo, caseId, view);
        printer.lookNext(api.baseUrl(), caseId);
        printer.finished(view.status());
        return FINISHED;
    }

    private CaseView play(DemoStep step) {
        ApiResponse response = engine.send(step.request(), step.retryWhile());
        if (caseId == null) {
            caseId = response.text("caseId");
            serviceNo = response.text("serviceNo");
            if (caseId == null) {
                throw new DemoFailure(response.request() + " answered " + response.status() + " without a caseId: "
                        + response.rawBody());
            }
        }
        return engine.awaitStatus(caseId, participants.customer(), step.expectedStatus());
    }

    private List<DemoStep> steps() {
        String lineId = order.lines().get(0).lineId();
        return List.of(
                step("customer files a return-and-refund request", UNTIL_INTAKE_HAS_THE_ORDER, "SUBMITTED",
                        key -> api.post("/api/v1/cases", participants.customer(), Map.of(
                                "orderId", order.orderId(), "orderLineId", lineId, "serviceType", "RETURN_REFUND",
                                "description", "The left earbud is broken: no sound at all",
                                "channel", "ORDER_DETAIL"), key)),
                step("customer adds a photo of the fault", NONE, "SUBMITTED",
                        key -> api.upload(casePath("/evidence"), participants.customer(), "earbud.png", "image/png",
                                photo, key)),
                step("agent approves the request", NONE, "AWAITING_MERCHANT",
                        key -> api.post(agentPath("/review"), participants.agent(), Map.of(
                                "decision", "APPROVED", "note", "The photo shows the fault"), key)),
                step("merchant accepts the return", NONE, "AWAITING_RETURN",
                        key -> api.post(merchantPath("/response"), participants.merchant(), Map.of(
                                "decision", "ACCEPT"), key)),
                step("customer ships the return: " + waybillNo, NONE, "RETURN_IN_TRANSIT",
                        key -> api.post(casePath("/return-shipment"), participants.customer(), Map.of(
                                "carrier", "SF", "waybillNo", waybillNo), key)),
                step("warehouse confirms receipt", NONE, "RETURN_RECEIVED",
                        key -> api.post("/api/v1/warehouse/cases/" + caseId + "/receipt", participants.warehouse(),
                                Map.of("note", "Box intact"), key)),
                step("merchant's inspection passes", NONE, "REFUNDED",
                        key -> api.post(merchantPath("/inspection"), participants.merchant(), Map.of(
                                "result", "PASSED", "note", "Fault confirmed"), key)),
                step("customer rates the service 5", UNTIL_FEEDBACK_HAS_CAUGHT_UP, "CLOSED",
                        key -> api.post(casePath("/feedback"), participants.customer(), Map.of(
                                "rating", 5, "comment", "Quick and fair"), key)));
    }

    /** Each step has its own {@code Idempotency-Key}, the same on every retry, so a retry never acts twice. */
    private static DemoStep step(String label, Set<Integer> retryWhile, String expectedStatus,
                                 Function<String, ApiResponse> request) {
        String idempotencyKey = UUID.randomUUID().toString();
        return new DemoStep(label, () -> request.apply(idempotencyKey), retryWhile, expectedStatus);
    }

    private void showCaseAfterFailure() {
        if (caseId == null) {
            printer.noCase();
            return;
        }
        CaseView view;
        try {
            view = engine.view(caseId, participants.customer());
        } catch (DemoFailure e) {
            printer.caseHeader(serviceNo, caseId);
            printer.timelineUnavailable(e.getMessage());
            return;
        }
        printer.caseSummary(serviceNo, caseId, view);
    }

    private String casePath(String action) {
        return "/api/v1/cases/" + caseId + action;
    }

    private String agentPath(String action) {
        return "/api/v1/agent/cases/" + caseId + action;
    }

    private String merchantPath(String action) {
        return "/api/v1/merchant/cases/" + caseId + action;
    }
}
