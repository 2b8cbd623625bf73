package com.marketplace.aftersales.caseview;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.contracts.notification.NotificationRequested;
import com.marketplace.aftersales.contracts.sla.ClockOutcome;
import com.marketplace.aftersales.contracts.sla.SlaClockStopped;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.testsupport.TestTokens;
import com.marketplace.aftersales.testsupport.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;

/** The walking skeleton's return-and-refund path, as the customer's app shows it. */
class CaseLifecycleIT extends CaseViewIntegrationTest {

    private static final List<String> NOTIFIED = List.of("submitted", "approved", "awaiting_merchant",
            "awaiting_return", "return_in_transit", "return_received", "refund_pending", "refunded", "closed");

    @Test
    void eachStepShowsItsStatusHandlerExpectedCompletionAndTimelineAndTheCustomerIsNotified() {
        Events events = newCase();
        String customer = TestTokens.customer(events.customerId());
        try (TopicProbe notifications = new TopicProbe(INFRA.bootstrapServers(), Topics.NOTIFICATIONS.name())) {
            step(events, "SUBMITTED", events.submitted());
            step(events, "APPROVED", events.reviewed(ReviewDecision.APPROVED));
            step(events, "AWAITING_MERCHANT", events.diagnosed(), events.handlerAssigned("agent-7", "Li Na"),
                    events.verificationRequested());

            Instant dueAt = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);
            publish(events.clockStarted(SlaPolicy.MERCHANT_RESPONSE, Instant.now(), dueAt.minus(Duration.ofDays(1)),
                    dueAt));
            JsonNode awaiting = awaitCase(events.caseId(), body -> body.get("expectedCompletionAt").isString());
            assertThat(Instant.parse(text(awaiting, "expectedCompletionAt"))).isEqualTo(dueAt);
            assertThat(awaiting.get("handler").get("id").asString()).isEqualTo("agent-7");
            assertThat(awaiting.get("handler").get("name").asString()).isEqualTo("Li Na");
            assertThat(text(awaiting, "category")).isEqualTo("QUALITY_DEFECT");
            assertThat(text(awaiting, "priority")).isEqualTo("HIGH");

            publish(events.merchantAccepted());
            publish(new SlaClockStopped(events.caseId(), SlaPolicy.MERCHANT_RESPONSE, 1, Instant.now(),
                    ClockOutcome.MET, Events.system("sla-monitor")));
            JsonNode accepted = awaitCase(events.caseId(), body -> body.get("expectedCompletionAt").isNull());
            assertThat(text(accepted, "status")).as("no status of its own").isEqualTo("AWAITING_MERCHANT");

            step(events, "AWAITING_RETURN", events.remedyDecided(), events.executionOrderCreated(),
                    events.returnAuthorized());
            step(events, "RETURN_IN_TRANSIT", events.returnShipped());
            step(events, "RETURN_RECEIVED", events.returnReceived());
            step(events, "REFUND_PENDING", events.inspectionPassed(), events.refundRequested());
            step(events, "REFUNDED", events.refundIssued(), events.resolved());
            step(events, "CLOSED", events.rated(5), events.closed());

            JsonNode closed = getJson("/api/v1/cases/" + events.caseId(), customer);
            assertThat(types(closed)).containsExactly("CaseSubmitted", "CaseReviewed", "CaseDiagnosed",
                    "HandlerAssigned", "MerchantVerificationRequested", "MerchantResponded", "RemedyDecided",
                    "ExecutionOrderCreated", "ReturnAuthorized", "ReturnShipped", "ReturnReceived",
                    "InspectionCompleted", "RefundRequested", "RefundIssued", "CaseResolved", "FeedbackSubmitted",
                    "CaseClosed");
            JsonNode first = closed.get("timeline").get(0);
            assertThat(first.get("actor").get("id").asString()).isEqualTo(events.customerId());
            assertThat(first.get("actor").get("role").asString()).isEqualTo("CUSTOMER");
            assertThat(first.get("actor").get("channel").asString()).isEqualTo("ORDER_DETAIL");
            assertThat(entry(closed, "ReturnReceived").get("actor").get("role").asString()).isEqualTo("WAREHOUSE");
            assertThat(entry(closed, "RefundIssued").get("summary").asString()).isEqualTo("Refund of 129.00 CNY issued");
            assertThat(entry(closed, "MerchantResponded").get("summary").asString())
                    .isEqualTo("Merchant accepted the request");
            assertThat(closed.get("refund").get("amount").asString()).isEqualTo("129.00");
            assertThat(closed.get("refund").get("currency").asString()).isEqualTo("CNY");
            assertThat(closed.get("refund").get("status").asString()).isEqualTo("ISSUED");
            assertThat(text(closed, "remedy")).isEqualTo("RETURN_REFUND");
            assertThat(text(closed, "warehouseId")).isEqualTo(events.warehouseId());
            assertThat(text(closed, "serviceNo")).isEqualTo(events.serviceNo());

            JsonNode asStaff = getJson("/api/v1/cases/" + events.caseId(), AGENT);
            assertThat(types(asStaff)).as("staff also see the deadline bookkeeping")
                    .contains("SlaClockStarted", "SlaClockStopped");

            List<NotificationRequested> sent = notificationsOf(notifications, events, NOTIFIED.size());
            assertThat(sent).extracting(NotificationRequested::template)
                    .containsExactlyElementsOf(NOTIFIED.stream().map(s -> "case-status-" + s).toList());
            assertThat(sent).allSatisfy(notification -> {
                assertThat(notification.recipient().id()).isEqualTo(events.customerId());
                assertThat(notification.recipient().role()).isEqualTo(ActorRole.CUSTOMER);
                assertThat(notification.params()).containsEntry("serviceNo", events.serviceNo());
            });
            assertThat(sent.get(sent.size() - 1).params()).containsEntry("status", "CLOSED");
        }
    }

    @Test
    void theCaseCarriesItsVersionAsETagAndAnUnchangedCaseIsNotSentAgain() {
        Events events = newCase();
        publish(events.submitted());
        awaitStatus(events.caseId(), "SUBMITTED");
        String customer = TestTokens.customer(events.customerId());

        EntityExchangeResult<String> first = get("/api/v1/cases/" + events.caseId(), customer);
        String etag = first.getResponseHeaders().getETag();
        assertThat(etag).isEqualTo("\"1\"");

        client.get().uri("/api/v1/cases/" + events.caseId())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + customer)
                .header(HttpHeaders.IF_NONE_MATCH, etag)
                .exchange()
                .expectStatus().isNotModified();

        publish(events.reviewed(ReviewDecision.APPROVED));
        awaitStatus(events.caseId(), "APPROVED");
        assertThat(get("/api/v1/cases/" + events.caseId(), customer).getResponseHeaders().getETag())
                .isEqualTo("\"2\"");
    }

    /** Publishes the step's events and waits until the customer's app shows the step's status. */
    private void step(Events events, String status, CaseEvent... stepEvents) {
        publishAll(stepEvents);
        awaitStatus(events.caseId(), status);
        JsonNode asCustomer = getJson("/api/v1/cases/" + events.caseId(), TestTokens.customer(events.customerId()));
        assertThat(text(asCustomer, "status")).isEqualTo(status);
    }

    private static JsonNode entry(JsonNode caseBody, String type) {
        return StreamSupport.stream(caseBody.get("timeline").spliterator(), false)
                .filter(e -> type.equals(e.get("type").asString()))
                .findFirst().orElseThrow();
    }

    private static List<NotificationRequested> notificationsOf(TopicProbe probe, Events events, int count) {
        String key = events.caseId().toString();
        return probe.awaitRecords(records -> records.stream().filter(r -> key.equals(r.key())).count() >= count,
                        WAIT).stream()
                .filter(r -> key.equals(r.key()))
                .map(ConsumerRecord::value)
                .map(value -> (NotificationRequested) EventCodec.decode(value).orElseThrow().data())
                .toList();
    }
}
