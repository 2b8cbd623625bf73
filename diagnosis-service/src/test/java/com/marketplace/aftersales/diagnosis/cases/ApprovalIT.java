package com.marketplace.aftersales.diagnosis.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.contracts.CloudEventHeaders;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.diagnosis.CaseDiagnosed;
import com.marketplace.aftersales.contracts.diagnosis.HandlerAssigned;
import com.marketplace.aftersales.contracts.diagnosis.MerchantVerificationRequested;
import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Priority;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.event.ServiceType;
import com.marketplace.aftersales.contracts.intake.CaseSubmitted;
import com.marketplace.aftersales.contracts.intake.CaseWithdrawn;
import com.marketplace.aftersales.contracts.intake.EvidenceAdded;
import com.marketplace.aftersales.contracts.intake.EvidenceRef;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.diagnosis.DiagnosisIntegrationTest;
import com.marketplace.aftersales.testsupport.TopicProbe;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class ApprovalIT extends DiagnosisIntegrationTest {

    @Test
    void anApprovedQualityCaseIsDiagnosedAssignedAndSentToTheMerchant() {
        UUID caseId = UUID.randomUUID();

        submitAndApprove(submission(caseId, ServiceType.RETURN_REFUND, "The speaker arrived broken, 没声音",
                DEMO_MERCHANT, null));

        List<ConsumerRecord<String, byte[]>> records = awaitEvents(caseId, "CaseDiagnosed", "HandlerAssigned",
                "MerchantVerificationRequested");
        assertThat(typesOf(records)).containsExactly("CaseDiagnosed", "HandlerAssigned",
                "MerchantVerificationRequested");
        assertThat(records).allSatisfy(record -> {
            assertThat(header(record, CloudEventHeaders.ID)).isNotBlank();
            assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/aftersales/diagnosis-service");
            assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(caseId.toString());
            assertThat(Instant.parse(header(record, CloudEventHeaders.TIME))).isBefore(Instant.now());
        });
        assertThat(records).extracting(r -> header(r, CloudEventHeaders.ID)).doesNotHaveDuplicates();

        CaseDiagnosed diagnosed = data(records.get(0), CaseDiagnosed.class);
        assertThat(diagnosed.category()).isEqualTo(ProblemCategory.QUALITY_DEFECT);
        assertThat(diagnosed.priority()).isEqualTo(Priority.NORMAL);
        assertThat(diagnosed.proposedRemedy()).isEqualTo(Remedy.RETURN_REFUND);
        assertThat(diagnosed.note()).contains("broken").contains("没声音");
        assertThat(diagnosed.actor().role()).isEqualTo(ActorRole.SYSTEM);
        assertThat(data(records.get(1), HandlerAssigned.class).handlerId()).isIn("agent-demo-1", "agent-demo-2");
        MerchantVerificationRequested verification = data(records.get(2), MerchantVerificationRequested.class);
        assertThat(verification.merchantId()).isEqualTo(DEMO_MERCHANT);
        assertThat(verification.proposedRemedy()).isEqualTo(Remedy.RETURN_REFUND);
        assertThat(statusOf(caseId)).isEqualTo("AWAITING_MERCHANT");
    }

    @Test
    void aChangedMindCaseGetsItsRemedyWithoutAskingTheMerchant() {
        UUID caseId = UUID.randomUUID();

        submitAndApprove(submission(caseId, ServiceType.REFUND_ONLY, "I changed my mind, it is URGENT",
                DEMO_MERCHANT, Money.of("59.90", "CNY")));

        List<ConsumerRecord<String, byte[]>> records = awaitEvents(caseId, "CaseDiagnosed", "HandlerAssigned",
                "RemedyDecided");
        CaseDiagnosed diagnosed = data(records.get(0), CaseDiagnosed.class);
        assertThat(diagnosed.category()).isEqualTo(ProblemCategory.CHANGED_MIND);
        assertThat(diagnosed.priority()).isEqualTo(Priority.HIGH);
        // Only agent-demo-1 of the default roster handles CHANGED_MIND.
        assertThat(data(records.get(1), HandlerAssigned.class).handlerId()).isEqualTo("agent-demo-1");
        RemedyDecided decided = data(records.get(2), RemedyDecided.class);
        assertThat(decided.remedy()).isEqualTo(Remedy.REFUND_ONLY);
        assertThat(decided.refundAmount()).isEqualTo(Money.of("59.90", "CNY"));
        assertThat(decided.linePaid()).isEqualTo(LINE_PAID);
        assertThat(decided.returnRequired()).isFalse();
        assertThat(decided.warehouseId()).isNull();
        assertThat(outboxTypesOf(caseId)).containsExactly("CaseDiagnosed", "HandlerAssigned", "RemedyDecided");
        assertThat(statusOf(caseId)).isEqualTo("REMEDY_DECIDED");
    }

    @Test
    void submissionFactsAndEvidenceHashesAreKept() {
        UUID caseId = UUID.randomUUID();
        CaseSubmitted submitted = submission(caseId, ServiceType.REPAIR, "坏了", DEMO_MERCHANT,
                Money.of("20.00", "CNY"));
        String added = randomSha256();
        writer.publish(fromIntake(submitted));
        writer.publish(fromIntake(new EvidenceAdded(caseId,
                new EvidenceRef(UUID.randomUUID(), "image/png", 1_000, added), submitted.actor())));

        await().atMost(WAIT).until(() -> evidenceHashesOf(caseId).size() == 2);
        assertThat(evidenceHashesOf(caseId)).containsExactlyInAnyOrder(submitted.evidence().get(0).sha256(), added);
        assertThat(statusOf(caseId)).isEqualTo("NEW");
        assertThat(db.sql("""
                        select service_no, order_id, requested_amount, line_paid_amount, line_paid_currency
                        from diagnosis_case where case_id = :id""")
                .bind("id", caseId)
                .map((row, meta) -> row.get("service_no", String.class) + "|" + row.get("order_id", String.class)
                        + "|" + row.get("requested_amount", java.math.BigDecimal.class) + "|"
                        + row.get("line_paid_amount", java.math.BigDecimal.class) + "|"
                        + row.get("line_paid_currency", String.class))
                .one().block())
                .isEqualTo(submitted.serviceNo() + "|order-" + caseId + "|20.00|129.00|CNY");
    }

    @Test
    void aRejectedOrWithdrawnRequestIsClosedAndNeverDiagnosed() {
        UUID rejected = UUID.randomUUID();
        UUID withdrawn = UUID.randomUUID();
        writer.publish(fromIntake(submission(rejected, ServiceType.REPAIR, "broken", DEMO_MERCHANT, null)));
        writer.publish(fromIntake(review(rejected, ReviewDecision.NOT_APPLICABLE)));
        writer.publish(fromIntake(submission(withdrawn, ServiceType.REPAIR, "broken", DEMO_MERCHANT, null)));
        writer.publish(fromIntake(new CaseWithdrawn(withdrawn, "found the manual",
                new Actor("customer-demo-1", ActorRole.CUSTOMER, Channel.ORDER_DETAIL))));
        // An approval arriving after the withdrawal (intake would not send one) must not revive the case.
        var lateApproval = fromIntake(review(withdrawn, ReviewDecision.APPROVED));
        writer.publish(lateApproval);

        awaitStatus(rejected, "CLOSED");
        await().atMost(WAIT).until(() -> inboxHas(lateApproval.id()));
        assertThat(statusOf(withdrawn)).isEqualTo("CLOSED");
        assertThat(outboxTypesOf(rejected)).isEmpty();
        assertThat(outboxTypesOf(withdrawn)).isEmpty();
    }

    @Test
    void anApprovalOfACaseNeverSubmittedIsParkedInTheDeadLetterTopic() {
        UUID caseId = UUID.randomUUID();
        try (TopicProbe deadLetters = new TopicProbe(INFRA.bootstrapServers(),
                Topics.deadLetter(com.marketplace.aftersales.contracts.Component.DIAGNOSIS_SERVICE).name())) {

            writer.publish(fromIntake(review(caseId, ReviewDecision.APPROVED)));

            ConsumerRecord<String, byte[]> parked = deadLetters.awaitRecords(records -> records.stream()
                    .anyMatch(r -> caseId.toString().equals(r.key())), WAIT).stream()
                    .filter(r -> caseId.toString().equals(r.key())).findFirst().orElseThrow();
            assertThat(header(parked, "aftersales_dlt_reason")).contains("never seen submitted");
        }
        assertThat(outboxTypesOf(caseId)).isEmpty();
    }

    private List<String> evidenceHashesOf(UUID caseId) {
        return db.sql("select sha256 from case_evidence where case_id = :id").bind("id", caseId)
                .map((row, meta) -> row.get("sha256", String.class)).all().collectList().block();
    }

    private boolean inboxHas(String eventId) {
        return db.sql("select count(*) as n from inbox_event where event_id = :id").bind("id", eventId)
                .map((row, meta) -> row.get("n", Long.class)).one().block() > 0;
    }
}
