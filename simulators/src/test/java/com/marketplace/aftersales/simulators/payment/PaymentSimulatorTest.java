package com.marketplace.aftersales.simulators.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.simulators.MutableClock;
import com.marketplace.aftersales.simulators.SimulatorBehaviour;
import com.marketplace.aftersales.simulators.SimulatorClient;
import com.marketplace.aftersales.simulators.SimulatorClient.Answer;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class PaymentSimulatorTest {

    private static final Instant START = Instant.parse("2026-11-22T08:00:00Z");
    private static final SimulatorBehaviour PROMPT = SimulatorBehaviour.defaults().withLatency(0, 0);

    private final MutableClock clock = new MutableClock(START);
    private PaymentSimulator simulator;
    private SimulatorClient client;

    @BeforeEach
    void start() {
        simulator = PaymentSimulator.start(0, PROMPT, clock);
        client = new SimulatorClient(simulator.port());
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void aNewKeyPaysAndARepeatReturnsTheSameRefundWithoutPayingAgain() {
        Answer first = client.post("/refunds", refund("key-1", "order-1", "129.00", "ORIGINAL"));
        Answer repeat = client.post("/refunds", refund("key-1", "order-1", "129.0", "ORIGINAL"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.text("status")).isEqualTo("SUCCEEDED");
        assertThat(first.text("idempotencyKey")).isEqualTo("key-1");
        assertThat(first.json().has("failureReason")).isFalse();
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.text("refundId")).isEqualTo(first.text("refundId"));
        assertThat(simulator.ledger()).singleElement().satisfies(entry -> assertThat(entry.calls()).isEqualTo(2));
    }

    @Test
    void twentyConcurrentPostsOfOneKeyPayOnce() {
        simulator.behave(SimulatorBehaviour.defaults().withLatency(5, 20));
        List<CompletableFuture<Answer>> calls = IntStream.range(0, 20)
                .mapToObj(i -> client.postAsync("/refunds", refund("key-race", "order-1", "39.90", "BALANCE")))
                .toList();
        List<Answer> answers = calls.stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(Answer::status).containsOnly(200, 201).filteredOn(s -> s == 201).hasSize(1);
        assertThat(answers).extracting(a -> a.text("refundId")).containsOnly(answers.get(0).text("refundId"));
        assertThat(simulator.ledger()).singleElement().satisfies(entry -> {
            assertThat(entry.calls()).isEqualTo(20);
            assertThat(entry.amount()).isEqualTo("39.90");
        });
    }

    @Test
    void theSameKeyWithADifferentInstructionIsRefusedAndPaysNothingMore() {
        client.post("/refunds", refund("key-1", "order-1", "129.00", "ORIGINAL"));

        Answer otherAmount = client.post("/refunds", refund("key-1", "order-1", "130.00", "ORIGINAL"));
        Answer otherOrder = client.post("/refunds", refund("key-1", "order-2", "129.00", "ORIGINAL"));

        assertThat(List.of(otherAmount, otherOrder)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(422);
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
            assertThat(answer.text("detail")).contains("key-1", "order-1", "129.00");
        });
        assertThat(simulator.ledger()).singleElement().satisfies(entry -> {
            assertThat(entry.amount()).isEqualTo("129.00");
            assertThat(entry.orderId()).isEqualTo("order-1");
        });
    }

    @Test
    void failNextCallsAnswers503AndRecordsNothingUntilTheyAreUsedUp() {
        client.put("/sim/behaviour", "{\"latencyMillis\": 0, \"failNextCalls\": 2}");

        Answer first = client.post("/refunds", refund("key-1", "order-1", "129.00", "ORIGINAL"));
        assertThat(client.get("/sim/behaviour").json().get("failNextCalls").asInt()).isEqualTo(1);
        Answer second = client.post("/refunds", refund("key-1", "order-1", "129.00", "ORIGINAL"));
        assertThat(simulator.ledger()).isEmpty();
        Answer third = client.post("/refunds", refund("key-1", "order-1", "129.00", "ORIGINAL"));

        assertThat(List.of(first, second)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
        });
        assertThat(third.status()).isEqualTo(201);
        assertThat(simulator.ledger()).singleElement().satisfies(entry -> assertThat(entry.calls()).isEqualTo(1));
    }

    @Test
    void aPendingRefundSucceedsOnceItsSettlementTimeHasPassed() {
        simulator.behave(PROMPT.withPendingMillis(5_000));

        Answer created = client.post("/refunds", refund("key-1", "order-1", "129.00", "ORIGINAL"));
        clock.advance(Duration.ofMillis(4_999));
        Answer stillPending = client.get("/refunds/key-1");
        clock.advance(Duration.ofMillis(1));
        Answer settled = client.get("/refunds/key-1");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("PENDING");
        assertThat(stillPending.text("status")).isEqualTo("PENDING");
        assertThat(settled.text("status")).isEqualTo("SUCCEEDED");
        assertThat(settled.text("refundId")).isEqualTo(created.text("refundId"));
    }

    @Test
    void aDeclinedRouteEndsFailedWithAReasonAfterBeingPending() {
        simulator.behave(PROMPT.withPendingMillis(1_000).withDeclineRoutes(Set.of(RefundRoute.ORIGINAL)));

        Answer card = client.post("/refunds", refund("key-card", "order-1", "129.00", "ORIGINAL"));
        Answer balance = client.post("/refunds", refund("key-balance", "order-1", "39.90", "BALANCE"));
        clock.advance(Duration.ofSeconds(1));

        assertThat(card.text("status")).isEqualTo("PENDING");
        assertThat(card.json().has("failureReason")).isFalse();
        Answer cardLater = client.get("/refunds/key-card");
        assertThat(cardLater.text("status")).isEqualTo("FAILED");
        assertThat(cardLater.text("failureReason")).isEqualTo("CARD_CLOSED");
        assertThat(balance.status()).isEqualTo(201);
        assertThat(client.get("/refunds/key-balance").text("status")).isEqualTo("SUCCEEDED");
    }

    @Test
    void theLedgerShowsEveryPaymentWithItsCallCount() {
        client.post("/refunds", refund("key-1", "order-1", "129.00", "ORIGINAL"));
        client.post("/refunds", refund("key-1", "order-1", "129.00", "ORIGINAL"));
        clock.advance(Duration.ofMinutes(1));
        client.post("/refunds", refund("key-2", "order-2", "39.9", "COUPON"));

        JsonNode ledger = client.get("/ledger").json();

        assertThat(ledger.isArray()).isTrue();
        assertThat(ledger.size()).isEqualTo(2);
        JsonNode first = ledger.get(0);
        assertThat(first.get("refundId").asString()).startsWith("sim-refund-");
        assertThat(first.get("idempotencyKey").asString()).isEqualTo("key-1");
        assertThat(first.get("orderId").asString()).isEqualTo("order-1");
        assertThat(first.get("amount").asString()).isEqualTo("129.00");
        assertThat(first.get("currency").asString()).isEqualTo("CNY");
        assertThat(first.get("route").asString()).isEqualTo("ORIGINAL");
        assertThat(first.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(first.get("createdAt").asString()).isEqualTo("2026-11-22T08:00:00Z");
        assertThat(first.get("calls").asInt()).isEqualTo(2);
        JsonNode second = ledger.get(1);
        assertThat(second.get("amount").asString()).isEqualTo("39.90");
        assertThat(second.get("createdAt").asString()).isEqualTo("2026-11-22T08:01:00Z");
        assertThat(second.get("calls").asInt()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{not json",
            "[1, 2]",
            "",
            "{\"idempotencyKey\": \"k\", \"orderId\": \"o\", \"currency\": \"CNY\", \"route\": \"ORIGINAL\"}",
            "{\"idempotencyKey\": \"k\", \"orderId\": \"o\", \"amount\": 129.00, \"currency\": \"CNY\", \"route\": \"ORIGINAL\"}",
            "{\"idempotencyKey\": \"k\", \"orderId\": \"o\", \"amount\": \"-1.00\", \"currency\": \"CNY\", \"route\": \"ORIGINAL\"}",
            "{\"idempotencyKey\": \"k\", \"orderId\": \"o\", \"amount\": \"1.001\", \"currency\": \"CNY\", \"route\": \"ORIGINAL\"}",
            "{\"idempotencyKey\": \"k\", \"orderId\": \"o\", \"amount\": \"abc\", \"currency\": \"CNY\", \"route\": \"ORIGINAL\"}",
            "{\"idempotencyKey\": \"k\", \"orderId\": \"o\", \"amount\": \"1.00\", \"currency\": \"yuan\", \"route\": \"ORIGINAL\"}",
            "{\"idempotencyKey\": \"k\", \"orderId\": \"o\", \"amount\": \"1.00\", \"currency\": \"CNY\", \"route\": \"CASH\"}",
            "{\"idempotencyKey\": \"k/1\", \"orderId\": \"o\", \"amount\": \"1.00\", \"currency\": \"CNY\", \"route\": \"ORIGINAL\"}",
            "{\"idempotencyKey\": \"k\", \"orderId\": \"o\", \"amount\": \"1.00\", \"currency\": \"CNY\", \"route\": \"ORIGINAL\", \"tip\": \"1\"}"
    })
    void badInputIsA400ProblemAndPaysNothing(String body) {
        Answer answer = client.post("/refunds", body);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("type").asString()).endsWith("/bad-request");
        assertThat(problem.get("title").asString()).isEqualTo("Bad request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(simulator.ledger()).isEmpty();
    }

    @Test
    void unknownKeysPathsAndMethodsAreProblemsNotErrors() {
        Answer unknownKey = client.get("/refunds/never-used");
        Answer unknownPath = client.get("/payouts");
        Answer wrongMethod = client.put("/refunds", "{}");

        assertThat(unknownKey.status()).isEqualTo(404);
        assertThat(unknownKey.contentType()).isEqualTo("application/problem+json");
        assertThat(unknownKey.text("detail")).contains("never-used");
        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).isEqualTo("POST");
    }

    @Test
    void behaviourIsReplacedValidatedAndResetWithTheLedger() {
        Answer replaced = client.put("/sim/behaviour", "{\"failureRate\": 0.25, \"declineRoutes\": [\"COUPON\"]}");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(simulator.behaviour()).isEqualTo(SimulatorBehaviour.defaults()
                .withFailureRate(0.25).withDeclineRoutes(Set.of(RefundRoute.COUPON)));

        Answer patched = client.patch("/sim/behaviour", "{\"latencyMillis\": 0, \"failureRate\": 0}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(simulator.behaviour()).isEqualTo(PROMPT.withDeclineRoutes(Set.of(RefundRoute.COUPON)));

        assertThat(client.put("/sim/behaviour", "{\"failureRate\": 2}").status()).isEqualTo(400);
        assertThat(client.put("/sim/behaviour", "{\"failureRat\": 0.1}").text("detail")).contains("failureRat");
        assertThat(client.put("/sim/behaviour", "{\"latencyMillis\": \"soon\"}").status()).isEqualTo(400);
        assertThat(client.put("/sim/behaviour", "nonsense").status()).isEqualTo(400);

        client.post("/refunds", refund("key-1", "order-1", "129.00", "ORIGINAL"));
        Answer reset = client.post("/sim/reset", "");
        assertThat(reset.status()).isEqualTo(200);
        assertThat(simulator.behaviour()).isEqualTo(SimulatorBehaviour.defaults());
        assertThat(client.get("/ledger").json().size()).isZero();
        assertThat(client.get("/health").text("status")).isEqualTo("UP");
    }

    @Test
    void aRefundPaidWhileTheClientTimedOutIsFoundByItsKey() {
        simulator.behave(PROMPT.withHang(0.0, 1.0, 10_000));

        assertThatThrownBy(() -> client.postWithTimeout("/refunds", refund("key-lost", "order-1", "129.00", "ORIGINAL"),
                Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class);

        simulator.behave(PROMPT);
        Answer reconciled = client.get("/refunds/key-lost");
        assertThat(reconciled.status()).isEqualTo(200);
        assertThat(reconciled.text("status")).isEqualTo("SUCCEEDED");
        assertThat(client.post("/refunds", refund("key-lost", "order-1", "129.00", "ORIGINAL")).status())
                .isEqualTo(200);
        assertThat(simulator.ledger()).singleElement().satisfies(entry -> assertThat(entry.calls()).isEqualTo(2));
    }

    @Test
    void aHangingProviderTimesTheClientOutAndPaysNothing() {
        simulator.behave(PROMPT.withHang(1.0, 0.0, 10_000));

        assertThatThrownBy(() -> client.postWithTimeout("/refunds", refund("key-hung", "order-1", "129.00", "ORIGINAL"),
                Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class);

        simulator.behave(PROMPT);
        assertThat(client.get("/refunds/key-hung").status()).isEqualTo(404);
        assertThat(simulator.ledger()).isEmpty();
    }

    @Test
    void aFailureRateOfOneFailsEveryBusinessCallButNotTheControlEndpoints() {
        simulator.behave(PROMPT.withFailureRate(1.0));

        assertThat(client.post("/refunds", refund("key-1", "order-1", "1.00", "ORIGINAL")).status()).isEqualTo(503);
        assertThat(client.get("/refunds/key-1").status()).isEqualTo(503);
        assertThat(client.get("/ledger").status()).isEqualTo(200);
        assertThat(client.get("/health").status()).isEqualTo(200);
        assertThat(simulator.ledger()).isEmpty();
    }

    static String refund(String key, String orderId, String amount, String route) {
        return "{\"idempotencyKey\": \"" + key + "\", \"orderId\": \"" + orderId + "\", \"amount\": \"" + amount
                + "\", \"currency\": \"CNY\", \"route\": \"" + route + "\"}";
    }
}
