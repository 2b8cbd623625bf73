package com.marketplace.aftersales.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.diagnosis.MerchantResponded;
import com.marketplace.aftersales.contracts.sla.DeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.testsupport.TopicProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A merchant who never answers: when the (shortened) response deadline passes, the sla-monitor's deadline action
 * makes diagnosis accept on the merchant's behalf, once, and the case moves on to the return.
 */
@Order(4)
class MerchantSilenceSystemIT {

    private final RunningSuite suite = RunningSuite.get();

    @Test
    void theMerchantsSilenceCountsAsAcceptanceOnce() {
        try (TopicProbe sla = new TopicProbe(suite.kafkaBootstrap(), Topics.SLA.name());
             TopicProbe diagnosis = new TopicProbe(suite.kafkaBootstrap(), Topics.DIAGNOSIS.name())) {
            Journey journey = new Journey(suite).approvedAndAwaitingMerchant();

            journey.awaitStatus("AWAITING_RETURN", Duration.ofMinutes(3));

            // Staff see the deadline machinery in the timeline; the customer sees its outcome.
            List<String> types = new ArrayList<>();
            journey.staffView().get("timeline").forEach(entry -> types.add(entry.get("type").asString()));
            assertThat(types).containsSubsequence("MerchantVerificationRequested", "SlaDeadlineAction",
                    "MerchantResponded", "RemedyDecided", "ReturnAuthorized");
            List<ConsumerRecord<String, byte[]>> responses = diagnosis.awaitRecords(
                    received -> of(received, journey.caseId, MerchantResponded.class).size() >= 1,
                    Duration.ofSeconds(30));
            MerchantResponded response = of(responses, journey.caseId, MerchantResponded.class).get(0);
            assertThat(response.byDeadline()).isTrue();
            assertThat(response.actor().role().name()).isEqualTo("SYSTEM");

            // Move the case on, then look back: one deadline action, one acceptance, however often anything retried.
            Journey.succeeded(journey.shipReturn());
            journey.awaitStatus("RETURN_IN_TRANSIT");
            List<SlaDeadlineAction> actions = of(sla.awaitRecords(
                    received -> !of(received, journey.caseId, SlaDeadlineAction.class).isEmpty(),
                    Duration.ofSeconds(30)), journey.caseId, SlaDeadlineAction.class);
            assertThat(actions).extracting(SlaDeadlineAction::action).containsExactly(DeadlineAction.AUTO_ACCEPT);
            assertThat(of(diagnosis.received(), journey.caseId, MerchantResponded.class)).hasSize(1);
            assertThat(journey.staffView().get("timeline").findValuesAsString("type"))
                    .filteredOn("MerchantResponded"::equals).hasSize(1);
        }
    }

    private static <E> List<E> of(List<ConsumerRecord<String, byte[]>> records, String caseId, Class<E> type) {
        return records.stream()
                .filter(r -> caseId.equals(r.key()))
                .map(r -> EventCodec.decode(r.value()).orElseThrow().data())
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }
}
