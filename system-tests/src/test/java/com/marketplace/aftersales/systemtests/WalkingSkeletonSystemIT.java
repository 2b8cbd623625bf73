package com.marketplace.aftersales.systemtests;

import static com.marketplace.aftersales.systemtests.Journey.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.CloudEventHeaders;
import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.TopicSpec;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.notification.NotificationRequested;
import com.marketplace.aftersales.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A quality-defect return with refund, from the customer's request to the closed case, through the gateway and every
 * service, with what the app shows checked after each step and the events checked on every lifecycle topic.
 */
@Order(2)
class WalkingSkeletonSystemIT {

    private static final List<TopicSpec> LIFECYCLE = List.of(Topics.INTAKE, Topics.DIAGNOSIS, Topics.FULFILLMENT,
            Topics.FEEDBACK, Topics.SLA, Topics.NOTIFICATIONS);

    private final RunningSuite suite = RunningSuite.get();
    private final Map<String, TopicProbe> probes = new LinkedHashMap<>();

    @BeforeEach
    void listenToEveryLifecycleTopic() {
        LIFECYCLE.forEach(topic -> probes.put(topic.name(), new TopicProbe(suite.kafkaBootstrap(), topic.name())));
    }

    @AfterEach
    void close() {
        probes.values().forEach(TopicProbe::close);
    }

    @Test
    void aQualityDefectReturnIsRefundedAndClosed() throws Exception {
        Journey journey = new Journey(suite).withDeliveredOrder();

        GatewayClient.Response created = journey.submit();
        assertThat(journey.serviceNo).matches("AS-\\d{8}-\\d{6}");
        assertThat(created.text("status")).isEqualTo("SUBMITTED");
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/cases/" + journey.caseId);
        journey.awaitStatus("SUBMITTED");

        GatewayClient.Response photo = succeeded(journey.addPhoto());
        assertThat(photo.text("sha256")).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(journey.photo)));
        assertThat(photo.text("contentType")).isEqualTo("image/png");

        succeeded(journey.approve());
        journey.awaitStatus("AWAITING_MERCHANT");
        // The deadline comes from the sla-monitor's clock, projected a moment after the status.
        JsonNode awaitingMerchant = journey.awaitView("the merchant's deadline as expected completion",
                view -> view.hasNonNull("expectedCompletionAt"));
        assertThat(awaitingMerchant.get("handler").get("id").asString()).startsWith("agent-");
        assertThat(awaitingMerchant.get("category").asString()).isEqualTo("QUALITY_DEFECT");
        // the suite runs with the merchant's 5 days shortened to 40 s: due within 40 s of the request
        assertThat(Instant.parse(awaitingMerchant.get("expectedCompletionAt").asString()))
                .isBetween(Instant.now().minusSeconds(40), Instant.now().plusSeconds(41));

        succeeded(journey.merchantAccepts());
        journey.awaitStatus("AWAITING_RETURN");
        succeeded(journey.shipReturn());
        journey.awaitStatus("RETURN_IN_TRANSIT");
        succeeded(journey.confirmReceipt());
        journey.awaitStatus("RETURN_RECEIVED");
        succeeded(journey.inspectionPassed());
        JsonNode refunded = journey.awaitStatus("REFUNDED");
        assertThat(refunded.get("refund").get("amount").asString()).isEqualTo("129.00");

        succeeded(journey.rate(5));
        JsonNode closed = journey.awaitStatus("CLOSED");

        assertThat(types(closed)).containsSubsequence("CaseSubmitted", "EvidenceAdded", "CaseReviewed",
                "CaseDiagnosed", "HandlerAssigned", "MerchantVerificationRequested", "MerchantResponded",
                "RemedyDecided", "ExecutionOrderCreated", "ReturnAuthorized", "ReturnShipped", "ReturnReceived",
                "InspectionCompleted", "RefundRequested", "RefundIssued", "CaseResolved", "FeedbackSubmitted",
                "CaseClosed");
        for (JsonNode entry : closed.get("timeline")) {
            assertThat(entry.get("at").asString()).isNotBlank();
            assertThat(entry.get("actor").get("id").asString()).isNotBlank();
            assertThat(entry.get("actor").get("role").asString()).isNotBlank();
            assertThat(entry.get("summary").asString()).isNotBlank();
        }
        assertThat(statusesShown(journey.caseId)).containsExactly("SUBMITTED", "APPROVED", "AWAITING_MERCHANT",
                "AWAITING_RETURN", "RETURN_IN_TRANSIT", "RETURN_RECEIVED", "REFUND_PENDING", "REFUNDED", "CLOSED");
        for (TopicSpec topic : List.of(Topics.INTAKE, Topics.DIAGNOSIS, Topics.FULFILLMENT, Topics.FEEDBACK,
                Topics.SLA)) {
            List<ConsumerRecord<String, byte[]>> records = recordsOf(topic, journey.caseId, 1);
            assertThat(records).allSatisfy(record -> {
                assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(journey.caseId);
                assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo(topic.writer().eventSource());
                assertThat(header(record, CloudEventHeaders.TYPE)).startsWith("aftersales." + topic.stage() + ".");
                assertThat(header(record, CloudEventHeaders.ID))
                        .isEqualTo(EventCodec.decode(record.value()).orElseThrow().id());
                assertThat(header(record, CloudEventHeaders.TIME)).isNotBlank();
            });
        }
    }

    /** The status sequence as case-view announced it on the notifications topic: one notification per change. */
    private List<String> statusesShown(String caseId) {
        List<ConsumerRecord<String, byte[]>> records = probes.get(Topics.NOTIFICATIONS.name()).awaitRecords(
                received -> templates(received, caseId).contains("case-status-closed"), Duration.ofSeconds(30));
        List<String> statuses = new ArrayList<>();
        for (String template : templates(records, caseId)) {
            statuses.add(template.substring("case-status-".length()).toUpperCase());
        }
        return statuses;
    }

    private static List<String> templates(List<ConsumerRecord<String, byte[]>> records, String caseId) {
        return records.stream()
                .filter(r -> caseId.equals(r.key()))
                .map(r -> EventCodec.decode(r.value()).orElseThrow().data())
                .filter(NotificationRequested.class::isInstance)
                .map(e -> ((NotificationRequested) e).template())
                .filter(t -> t.startsWith("case-status-"))
                .toList();
    }

    private List<ConsumerRecord<String, byte[]>> recordsOf(TopicSpec topic, String caseId, int atLeast) {
        return probes.get(topic.name()).awaitRecords(received -> received.stream()
                        .filter(r -> caseId.equals(r.key())).count() >= atLeast, Duration.ofSeconds(30)).stream()
                .filter(r -> caseId.equals(r.key()))
                .toList();
    }

    private static List<String> types(JsonNode view) {
        List<String> types = new ArrayList<>();
        view.get("timeline").forEach(entry -> types.add(entry.get("type").asString()));
        return types;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
