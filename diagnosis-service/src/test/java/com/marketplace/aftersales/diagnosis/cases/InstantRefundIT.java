package com.marketplace.aftersales.diagnosis.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.diagnosis.InstantRefundApproved;
import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.diagnosis.RiskFlagged;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.event.ServiceType;
import com.marketplace.aftersales.contracts.intake.CaseSubmitted;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.contracts.sla.DeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.diagnosis.DiagnosisIntegrationTest;
import com.marketplace.aftersales.testsupport.PrometheusScrape;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** 秒退 on submission, and the refund history that makes a customer's next request a matter for the risk team. */
class InstantRefundIT extends DiagnosisIntegrationTest {

    @Test
    void aSmallRefundFromACustomerWithACleanHistoryIsDecidedWithoutAnyReview() {
        UUID caseId = UUID.randomUUID();

        writer.publish(fromIntake(submission(caseId, ServiceType.REFUND_ONLY, "The speaker arrived broken",
                DEMO_MERCHANT, Money.of("39.90", "CNY"))));

        List<ConsumerRecord<String, byte[]>> records = awaitEvents(caseId, "InstantRefundApproved", "CaseDiagnosed",
                "HandlerAssigned", "RemedyDecided");
        assertCloudEventHeaders(records, caseId);
        InstantRefundApproved approved = single(records, InstantRefundApproved.class);
        assertThat(approved.amount()).isEqualTo(Money.of("39.90", "CNY"));
        assertThat(approved.actor().role()).isEqualTo(ActorRole.SYSTEM);
        RemedyDecided decided = single(records, RemedyDecided.class);
        assertThat(decided.remedy()).isEqualTo(Remedy.REFUND_ONLY);
        assertThat(decided.refundAmount()).isEqualTo(Money.of("39.90", "CNY"));
        assertThat(decided.returnRequired()).isFalse();
        assertThat(statusOf(caseId)).isEqualTo("REMEDY_DECIDED");
        assertThat(PrometheusScrape.at(port)).contains("aftersales_diagnosis_instant_refunds_total{");

        // The agent's review arriving after all (intake refuses it once it saw the instant refund) changes nothing.
        writer.publish(fromIntake(review(caseId, ReviewDecision.APPROVED)));
        writer.publish(fromSlaMonitor(deadlineAction(caseId, DeadlineAction.RAISE_PRIORITY, SlaPolicy.UNRESOLVED,
                null)));
        awaitEvents(caseId, "PriorityChanged");
        assertThat(outboxTypesOf(caseId)).containsExactly("InstantRefundApproved", "CaseDiagnosed",
                "HandlerAssigned", "RemedyDecided", "PriorityChanged");
    }

    @Test
    void aRefundAtTheThresholdWaitsForTheAgentsReview() {
        UUID caseId = UUID.randomUUID();

        writer.publish(fromIntake(submission(caseId, ServiceType.REFUND_ONLY, "I changed my mind", DEMO_MERCHANT,
                Money.of("50.00", "CNY"))));

        awaitStatus(caseId, "NEW");
        assertThat(outboxTypesOf(caseId)).isEmpty();
    }

    @Test
    void aCustomerWithMoreThanFiveRefundsInThirtyDaysGoesToTheRiskTeamInstead() {
        String customer = "customer-" + UUID.randomUUID();
        for (int refund = 1; refund <= 6; refund++) {
            UUID earlier = UUID.randomUUID();
            writer.publish(fromIntake(smallRefund(earlier, customer)));
            awaitEvents(earlier, "InstantRefundApproved", "CaseDiagnosed", "HandlerAssigned", "RemedyDecided");
        }
        UUID seventh = UUID.randomUUID();

        writer.publish(fromIntake(smallRefund(seventh, customer)));
        awaitStatus(seventh, "NEW");
        assertThat(outboxTypesOf(seventh)).as("no instant refund for the seventh").isEmpty();
        writer.publish(fromIntake(review(seventh, ReviewDecision.APPROVED)));

        List<ConsumerRecord<String, byte[]>> records = awaitEvents(seventh, "CaseDiagnosed", "HandlerAssigned",
                "RiskFlagged");
        assertThat(single(records, RiskFlagged.class).reasons()).containsExactly(
                "REFUND_FREQUENCY: 6 refunds decided in the last 30 days, more than 5");
        assertThat(statusOf(seventh)).isEqualTo("RISK_REVIEW");
        assertThat(PrometheusScrape.at(port))
                .containsPattern("aftersales_diagnosis_risk_flags_total\\{[^}]*reason=\"REFUND_FREQUENCY\"");
    }

    private static CaseSubmitted smallRefund(UUID caseId, String customer) {
        return submission(caseId, customer, ServiceType.REFUND_ONLY, "The parcel was lost by the courier",
                DEMO_MERCHANT, Money.of("12.00", "CNY"), List.of(photo(randomSha256())));
    }
}
