package com.marketplace.aftersales.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.diagnosis.MerchantResponded;
import com.marketplace.aftersales.contracts.sla.DeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.testsupport.TopicProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The deadline actions the owning services take when the sla-monitor says a deadline passed (contracts §4), with the
 * limits shortened for the test run ({@link RunningSuite}): a merchant's silence counts as acceptance, a return never
 * shipped abandons the case, a return never confirmed received is refunded anyway, a case left unresolved has its
 * priority raised. Each takes effect in the service that owns it, once.
 * <p>
 * The four cases are brought to their waiting state first, so their deadlines run out together and the class waits
 * for the longest limit once, not four times.
 */
@Order(4)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeadlineActionsSystemIT {

    private static final Duration DEADLINE_AND_ACTION = RunningSuite.LONGEST_SHORTENED_LIMIT.plusMinutes(1);

    private final RunningSuite suite = RunningSuite.get();
    private final PaymentSimulatorClient payments = new PaymentSimulatorClient(suite.paymentsUrl());
    private TopicProbe sla;
    private TopicProbe diagnosis;
    private Journey silentMerchant;
    private Journey neverShipped;
    private Journey neverConfirmed;
    private Journey leftUnresolved;

    @BeforeAll
    void bringFourCasesToTheirDeadlines() {
        sla = new TopicProbe(suite.kafkaBootstrap(), Topics.SLA.name());
        diagnosis = new TopicProbe(suite.kafkaBootstrap(), Topics.DIAGNOSIS.name());
        silentMerchant = new Journey(suite).approvedAndAwaitingMerchant();
        neverShipped = new Journey(suite).approvedAndAwaitingMerchant();
        Journey.succeeded(neverShipped.merchantAccepts());
        neverConfirmed = new Journey(suite).approvedAndAwaitingMerchant();
        Journey.succeeded(neverConfirmed.merchantAccepts());
        leftUnresolved = new Journey(suite).withDeliveredOrder();
        leftUnresolved.submit();

        neverShipped.awaitStatus("AWAITING_RETURN");
        neverConfirmed.awaitStatus("AWAITING_RETURN");
        Journey.succeeded(neverConfirmed.shipReturn());
        neverConfirmed.awaitStatus("RETURN_IN_TRANSIT");
    }

    @AfterAll
    void closeProbes() {
        sla.close();
        diagnosis.close();
    }

    // First: once accepted on the merchant's behalf, this case's own return deadline runs, and the test ships it.
    @Test
    @Order(1)
    void aSilentMerchantCountsAsAcceptanceOnce() {
        silentMerchant.awaitStatus("AWAITING_RETURN", DEADLINE_AND_ACTION);

        // Staff see the deadline machinery in the timeline; the customer sees its outcome.
        assertThat(staffTimeline(silentMerchant)).containsSubsequence("MerchantVerificationRequested",
                "SlaDeadlineAction", "MerchantResponded", "RemedyDecided", "ReturnAuthorized");
        MerchantResponded response = merchantResponses(diagnosis.awaitRecords(
                received -> !merchantResponses(received, silentMerchant).isEmpty(), Duration.ofSeconds(30)),
                silentMerchant).get(0);
        assertThat(response.byDeadline()).isTrue();
        assertThat(response.actor().role().name()).isEqualTo("SYSTEM");

        // Move the case on, then look back: one acceptance on the merchant's behalf, however often anything retried.
        Journey.succeeded(silentMerchant.shipReturn());
        silentMerchant.awaitStatus("RETURN_IN_TRANSIT");
        assertThat(actionsFor(silentMerchant)).containsOnlyOnce(DeadlineAction.AUTO_ACCEPT);
        assertThat(merchantResponses(diagnosis.received(), silentMerchant)).hasSize(1);
        assertThat(staffTimeline(silentMerchant)).filteredOn("MerchantResponded"::equals).hasSize(1);
    }

    @Test
    void aReturnNeverShippedAbandonsTheCaseAndPaysNothing() {
        neverShipped.awaitStatus("ABANDONED", DEADLINE_AND_ACTION);

        assertThat(staffTimeline(neverShipped)).containsSubsequence("ReturnAuthorized", "SlaDeadlineAction",
                "CaseAbandoned");
        assertThat(actionsFor(neverShipped)).containsOnlyOnce(DeadlineAction.ABANDON);
        assertThat(paymentsFor(neverShipped)).isEmpty();
    }

    @Test
    void aReturnNeverConfirmedReceivedIsRefundedOnce() {
        JsonNode refunded = neverConfirmed.awaitStatus("REFUNDED", DEADLINE_AND_ACTION);

        assertThat(refunded.get("refund").get("amount").asString()).isEqualTo("129.00");
        assertThat(staffTimeline(neverConfirmed)).containsSubsequence("ReturnShipped", "SlaDeadlineAction",
                "RefundRequested", "RefundIssued");
        assertThat(actionsFor(neverConfirmed)).containsOnlyOnce(DeadlineAction.AUTO_REFUND);
        List<JsonNode> paid = paymentsFor(neverConfirmed);
        assertThat(paid).hasSize(1);
        assertThat(new BigDecimal(paid.get(0).get("amount").asString())).isEqualByComparingTo("129.00");
    }

    @Test
    void aCaseLeftUnresolvedHasItsPriorityRaisedOnceAndStaysWhereItWas() {
        await().atMost(DEADLINE_AND_ACTION).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(leftUnresolved.staffView().get("priority").asString()).isEqualTo("HIGH"));

        assertThat(leftUnresolved.staffView().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(staffTimeline(leftUnresolved)).containsSubsequence("CaseSubmitted", "SlaDeadlineAction",
                "PriorityChanged");
        assertThat(actionsFor(leftUnresolved)).containsOnlyOnce(DeadlineAction.RAISE_PRIORITY);
        assertThat(leftUnresolved.view().get("timeline").findValuesAsString("type"))
                .as("priority is how staff are steered; the customer's timeline does not show it")
                .doesNotContain("PriorityChanged", "SlaDeadlineAction");
    }

    private static List<String> staffTimeline(Journey journey) {
        return journey.staffView().get("timeline").findValuesAsString("type");
    }

    /**
     * The deadline actions published for the case; waits until at least one is there. A case can have more than one
     * (every case here is also open longer than the shortened unresolved limit, which raises its priority).
     */
    private List<DeadlineAction> actionsFor(Journey journey) {
        return sla.awaitRecords(received -> !actions(received, journey).isEmpty(), Duration.ofSeconds(30))
                .stream().filter(r -> journey.caseId.equals(r.key()))
                .map(DeadlineActionsSystemIT::decode)
                .filter(SlaDeadlineAction.class::isInstance)
                .map(action -> ((SlaDeadlineAction) action).action())
                .toList();
    }

    private static List<SlaDeadlineAction> actions(List<ConsumerRecord<String, byte[]>> records, Journey journey) {
        List<SlaDeadlineAction> actions = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (journey.caseId.equals(record.key()) && decode(record) instanceof SlaDeadlineAction action) {
                actions.add(action);
            }
        }
        return actions;
    }

    private static List<MerchantResponded> merchantResponses(List<ConsumerRecord<String, byte[]>> records,
                                                             Journey journey) {
        List<MerchantResponded> responses = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (journey.caseId.equals(record.key()) && decode(record) instanceof MerchantResponded response) {
                responses.add(response);
            }
        }
        return responses;
    }

    private static Object decode(ConsumerRecord<String, byte[]> record) {
        return EventCodec.decode(record.value()).orElseThrow().data();
    }

    private List<JsonNode> paymentsFor(Journey journey) {
        List<JsonNode> paid = new ArrayList<>();
        payments.ledger().forEach(entry -> {
            if (journey.orderId.equals(entry.get("orderId").asString())) {
                paid.add(entry);
            }
        });
        return paid;
    }
}
