package com.marketplace.aftersales.devstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.orders.OrderSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo's steps against a stub of the gateway whose case advances as the steps are posted. */
class WalkingSkeletonTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    private static final DemoTiming QUICK = new DemoTiming(Duration.ofSeconds(20), Duration.ofMillis(2));
    private static final DemoTiming IMPATIENT = new DemoTiming(Duration.ofMillis(300), Duration.ofMillis(2));

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final List<OrderSnapshot> published = new CopyOnWriteArrayList<>();
    private StubGateway gateway;

    @BeforeEach
    void start() throws Exception {
        gateway = new StubGateway();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void playsEveryStepThroughTheGatewayPrintingTheStatusTheAppShowsAndFinishesClosed() {
        gateway.refusingTheCaseUntilIntakeHasTheOrder(2).refusingTheRatingUntilFeedbackHasCaughtUp(1);

        int exit = play(QUICK);

        assertThat(exit).as(text()).isEqualTo(WalkingSkeleton.FINISHED);
        OrderSnapshot order = published.get(0);
        assertThat(lines()).containsExactly(
                "aftersales demo: a quality-defect return with refund, through the gateway at " + gateway.url(),
                "  the orders team publishes " + order.orderId() + " on commerce.orders.v1: customer-demo-1 bought"
                        + " Wireless earbuds Pro (129.00 CNY) from merchant-demo-1",
                "  tokens from POST /dev/tokens for customer-demo-1 (CUSTOMER), agent-demo-1 (AGENT),"
                        + " merchant-user-1 (MERCHANT), warehouse-user-1 (WAREHOUSE)",
                "  1. customer files a return-and-refund request ..... SUBMITTED",
                "  2. customer adds a photo of the fault ............. SUBMITTED",
                "  3. agent approves the request ..................... AWAITING_MERCHANT (handler agent-demo-1)",
                "  4. merchant accepts the return .................... AWAITING_RETURN (handler agent-demo-1)",
                stepFive(),
                "  6. warehouse confirms receipt ..................... RETURN_RECEIVED (handler agent-demo-1)",
                "  7. merchant's inspection passes ................... REFUNDED (handler agent-demo-1;"
                        + " refund 129.00 CNY)",
                "  8. customer rates the service 5 ................... CLOSED (handler agent-demo-1;"
                        + " refund 129.00 CNY)",
                "",
                "service no  AS-20261122-000042",
                "case id     " + StubGateway.CASE_ID,
                "timeline",
                "  08:00:01  CUSTOMER    Return and refund requested for Wireless earbuds Pro",
                "  08:00:02  CUSTOMER    Photo added",
                "  08:00:03  AGENT       Approved by the agent",
                "  08:00:04  MERCHANT    The merchant accepted",
                "  08:00:05  CUSTOMER    Return shipped with SF",
                "  08:00:06  WAREHOUSE   The return arrived at the warehouse",
                "  08:00:07  MERCHANT    Inspection passed",
                "  08:00:08  CUSTOMER    Rated 5",
                "",
                "look next",
                "  gateway    " + gateway.url() + "   (API under /api/v1; status of the stack: ./aftersales status)",
                "  the case   GET " + gateway.url() + "/api/v1/cases/" + StubGateway.CASE_ID
                        + " with a customer token from POST /dev/tokens:",
                "    TOKEN=$(curl -s -X POST " + gateway.url() + "/dev/tokens -H 'Content-Type: application/json' \\",
                "      -d '{\"sub\":\"customer-demo-1\",\"roles\":[\"CUSTOMER\"]}'"
                        + " | sed 's/.*\"token\" *: *\"\\([^\"]*\\)\".*/\\1/')",
                "    curl -s " + gateway.url() + "/api/v1/cases/" + StubGateway.CASE_ID
                        + " -H \"Authorization: Bearer $TOKEN\"",
                "",
                "demo finished: CLOSED");
    }

    @Test
    void filesTheRequestForAFreshOrderOfTheDemoCustomerPublishedAsTheOrdersTeamWould() {
        gateway.refusingTheCaseUntilIntakeHasTheOrder(2);

        assertThat(play(QUICK)).as(text()).isEqualTo(WalkingSkeleton.FINISHED);

        assertThat(published).singleElement().satisfies(order -> {
            assertThat(order.orderId()).startsWith("order-demo-run-");
            assertThat(order.customerId()).isEqualTo("customer-demo-1");
            assertThat(order.merchantId()).isEqualTo("merchant-demo-1");
            assertThat(order.deliveredAt()).isEqualTo(NOW.minus(Duration.ofDays(2)));
        });
        String orderId = published.get(0).orderId();
        assertThat(gateway.creationRequest().get("orderId").asString()).isEqualTo(orderId);
        assertThat(gateway.creationRequest().get("orderLineId").asString()).isEqualTo(orderId + "-1");
        assertThat(gateway.tokenSubjects())
                .containsExactly("customer-demo-1", "agent-demo-1", "merchant-user-1", "warehouse-user-1");
        assertThat(gateway.evidence()).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    }

    @Test
    void aRetriedRequestKeepsItsIdempotencyKeyAndEveryStepHasItsOwn() {
        gateway.refusingTheCaseUntilIntakeHasTheOrder(2).refusingTheRatingUntilFeedbackHasCaughtUp(3);

        assertThat(play(QUICK)).as(text()).isEqualTo(WalkingSkeleton.FINISHED);

        var keys = gateway.idempotencyKeys();
        assertThat(keys.get("/api/v1/cases")).hasSize(3).containsOnly(keys.get("/api/v1/cases").get(0));
        String feedback = "/api/v1/cases/" + StubGateway.CASE_ID + "/feedback";
        assertThat(keys.get(feedback)).hasSize(4).containsOnly(keys.get(feedback).get(0));
        assertThat(keys.values().stream().map(perStep -> perStep.get(0)).distinct()).hasSize(keys.size());
        assertThat(keys).hasSize(8);
    }

    @Test
    void aStatusThatNeverComesFailsTheStepWithTheLastStatusSeenAndTheTimeline() {
        gateway.stuckAfterReview();

        int exit = play(IMPATIENT);

        assertThat(exit).isEqualTo(WalkingSkeleton.FAILED);
        assertThat(lines()).containsSequence(
                "  2. customer adds a photo of the fault ............. SUBMITTED",
                "  3. agent approves the request ..................... FAILED",
                "     waited 300 ms for AWAITING_MERCHANT; the app still shows APPROVED",
                "",
                "service no  AS-20261122-000042",
                "case id     " + StubGateway.CASE_ID,
                "timeline",
                "  08:00:01  CUSTOMER    Return and refund requested for Wireless earbuds Pro",
                "  08:00:02  CUSTOMER    Photo added",
                "  08:00:03  AGENT       Approved by the agent",
                "");
        assertThat(lines()).last().isEqualTo("demo failed at step 3 (agent approves the request)");
        assertThat(text()).doesNotContain("  4. ", "demo finished");
        assertThat(gateway.idempotencyKeys()).doesNotContainKey(
                "/api/v1/merchant/cases/" + StubGateway.CASE_ID + "/response");
    }

    @Test
    void aCaseIntakeNeverAcceptsFailsTheFirstStepWithItsAnswer() {
        gateway.refusingTheCaseUntilIntakeHasTheOrder(Integer.MAX_VALUE);

        int exit = play(IMPATIENT);

        assertThat(exit).isEqualTo(WalkingSkeleton.FAILED);
        assertThat(lines()).containsSequence(
                "  1. customer files a return-and-refund request ..... FAILED",
                "     POST /api/v1/cases still answered 422 Unprocessable Content: Order "
                        + published.get(0).orderId() + " is not known (yet) after 300 ms",
                "",
                "no case was created");
        assertThat(lines()).last().isEqualTo("demo failed at step 1 (customer files a return-and-refund request)");
    }

    @Test
    void anOrderThatCannotBePublishedStopsTheDemoBeforeItsFirstStep() {
        int exit = new WalkingSkeleton(new GatewayClient(gateway.url()), order -> {
            throw new IllegalStateException("Could not publish the demo orders: Topic commerce.orders.v1 not present");
        }, new DemoPrinter(new PrintStream(output, true, StandardCharsets.UTF_8), ZoneOffset.UTC), QUICK,
                Clock.fixed(NOW, ZoneOffset.UTC)).play();

        assertThat(exit).isEqualTo(WalkingSkeleton.FAILED);
        assertThat(lines()).last()
                .isEqualTo("  FAILED: Could not publish the demo orders: Topic commerce.orders.v1 not present");
        assertThat(gateway.tokenSubjects()).isEmpty();
    }

    private String stepFive() {
        String line = lines().get(7);
        assertThat(line).matches("  5\\. customer ships the return: SF\\d{10} \\.+ RETURN_IN_TRANSIT"
                + " \\(handler agent-demo-1\\)");
        assertThat(line.indexOf("RETURN_IN_TRANSIT")).as("the status column").isEqualTo(DemoPrinter.STATUS_COLUMN);
        return line;
    }

    private int play(DemoTiming timing) {
        return new WalkingSkeleton(new GatewayClient(gateway.url()), published::add,
                new DemoPrinter(new PrintStream(output, true, StandardCharsets.UTF_8), ZoneOffset.UTC), timing,
                Clock.fixed(NOW, ZoneOffset.UTC)).play();
    }

    private String text() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private List<String> lines() {
        return text().lines().toList();
    }
}
