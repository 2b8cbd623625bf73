package com.marketplace.aftersales.caseview;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.intake.CaseSubmitted;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.contracts.notification.NotificationRequested;
import com.marketplace.aftersales.testsupport.TestTokens;
import com.marketplace.aftersales.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Topics are read in parallel: a case's events arrive in any order across topics, and sometimes twice. */
class OutOfOrderDeliveryIT extends CaseViewIntegrationTest {

    @Test
    void aFulfillmentEventBeforeTheSubmissionKeepsItsStatusAndTheSubmissionFillsInTheCase() {
        Events events = newCase();
        String customer = TestTokens.customer(events.customerId());
        try (TopicProbe notifications = new TopicProbe(INFRA.bootstrapServers(), Topics.NOTIFICATIONS.name())) {
            publish(events.returnAuthorized());
            awaitStatus(events.caseId(), "AWAITING_RETURN");
            assertThat(get("/api/v1/cases/" + events.caseId(), customer).getStatus().value())
                    .as("nobody but staff can tell whose case it is yet").isEqualTo(404);

            publish(events.submitted());
            JsonNode submitted = awaitCase(events.caseId(), body -> events.serviceNo().equals(text(body, "serviceNo")));

            assertThat(text(submitted, "status")).isEqualTo("AWAITING_RETURN");
            assertThat(types(submitted)).containsExactly("ReturnAuthorized", "CaseSubmitted");
            JsonNode asCustomer = getJson("/api/v1/cases/" + events.caseId(), customer);
            assertThat(text(asCustomer, "status")).isEqualTo("AWAITING_RETURN");
            assertThat(text(asCustomer, "orderId")).isEqualTo("order-" + events.caseId());
            assertThat(text(asCustomer, "warehouseId")).isEqualTo(events.warehouseId());
            // Told once the customer is known: the status the case shows, not the one it would have had.
            NotificationRequested told = (NotificationRequested) EventCodec.decode(notifications.awaitRecords(
                            records -> records.stream().anyMatch(r -> events.caseId().toString().equals(r.key())),
                            WAIT).stream()
                    .filter(r -> events.caseId().toString().equals(r.key()))
                    .findFirst().orElseThrow().value()).orElseThrow().data();
            assertThat(told.template()).isEqualTo("case-status-awaiting_return");
        }
    }

    @Test
    void aLateMerchantVerificationRequestNeverMovesTheCaseBack() {
        Events events = newCase();
        publishAll(events.submitted(), events.reviewed(ReviewDecision.APPROVED), events.returnAuthorized());
        awaitStatus(events.caseId(), "AWAITING_RETURN");

        publish(events.verificationRequested());
        JsonNode after = awaitTimelineEntry(events.caseId(), "MerchantVerificationRequested");

        assertThat(text(after, "status")).isEqualTo("AWAITING_RETURN");
    }

    @Test
    void aRedeliveredEventAddsNoSecondTimelineEntryAndNoSecondChange() {
        Events events = newCase();
        EventEnvelope<CaseSubmitted> submitted = publish(events.submitted());
        redeliver(submitted);
        // Same case, same partition: once this is applied, both deliveries before it were handled.
        publish(events.reviewed(ReviewDecision.APPROVED));

        JsonNode approved = awaitTimelineEntry(events.caseId(), "CaseReviewed");

        assertThat(types(approved)).containsExactly("CaseSubmitted", "CaseReviewed");
        assertThat(get("/api/v1/cases/" + events.caseId(), AGENT).getResponseHeaders().getETag())
                .as("two events applied, two versions").isEqualTo("\"2\"");
    }
}
