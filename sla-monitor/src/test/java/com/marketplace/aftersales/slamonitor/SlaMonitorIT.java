package com.marketplace.aftersales.slamonitor;

import static com.marketplace.aftersales.slamonitor.Events.at;
import static com.marketplace.aftersales.slamonitor.Events.verificationRequested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.testsupport.PrometheusScrape;
import com.marketplace.aftersales.contracts.CloudEventHeaders;
import com.marketplace.aftersales.contracts.Component;
import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.diagnosis.MerchantDecision;
import com.marketplace.aftersales.contracts.diagnosis.MerchantResponded;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.sla.ClockOutcome;
import com.marketplace.aftersales.contracts.sla.DeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaClockStarted;
import com.marketplace.aftersales.contracts.sla.SlaClockStopped;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import com.marketplace.aftersales.testsupport.TopicProbe;
import com.marketplace.aftersales.testsupport.TopicWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.test.web.reactive.server.WebTestClient;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

class SlaMonitorIT extends SlaMonitorIntegrationTest {

    @Value("${local.server.port}")
    int serverPort;

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static TopicWriter writer;

    @Autowired
    HealthEndpointGroups healthGroups;
    @Value("${local.server.port}")
    int port;
    private WebTestClient client;

    @BeforeAll
    static void writer() {
        writer = new TopicWriter(INFRA.bootstrapServers());
    }

    @AfterAll
    static void closeWriter() {
        writer.close();
    }

    @BeforeEach
    void readyMonitor() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        assertThat(healthGroups.get("readiness").isMember("slaStreams")).isTrue();
        await().atMost(WAIT).until(() -> client.get().uri("/actuator/health/readiness").exchange()
                .returnResult(String.class).getStatus().is2xxSuccessful());
    }

    @Test
    void aSilentMerchantIsAcceptedOnItsBehalfExactlyOnceAfterTheShortenedDeadline() {
        UUID caseId = UUID.randomUUID();
        try (TopicProbe sla = new TopicProbe(INFRA.bootstrapServers(), Topics.SLA.name())) {
            Instant requestedAt = Instant.now();
            writer.publish(at(requestedAt, verificationRequested(caseId)));

            List<ConsumerRecord<String, byte[]>> untilAction = sla.awaitRecords(
                    received -> !of(received, caseId, SlaDeadlineAction.class).isEmpty(), WAIT);
            SlaClockStarted started = of(untilAction, caseId, SlaClockStarted.class).get(0);
            assertThat(started.dueAt()).isEqualTo(requestedAt.plus(MERCHANT_RESPONSE_LIMIT)
                    .truncatedTo(ChronoUnit.MILLIS));

            // diagnosis answers the action as the merchant's deadline response: the clock stops, breached
            writer.publish(at(Instant.now(), new MerchantResponded(caseId, MerchantDecision.ACCEPT, null, true,
                    Actor.system("diagnosis-service"))));
            List<ConsumerRecord<String, byte[]>> all = sla.awaitRecords(
                    received -> !of(received, caseId, SlaClockStopped.class).isEmpty(), WAIT);

            // Everything the monitor published for the case before the stop has arrived: one action, no repeat.
            List<SlaDeadlineAction> actions = of(all, caseId, SlaDeadlineAction.class);
            assertThat(actions).singleElement().satisfies(action -> {
                assertThat(action.action()).isEqualTo(DeadlineAction.AUTO_ACCEPT);
                assertThat(action.expectedStatus()).isEqualTo(CaseStatus.AWAITING_MERCHANT);
                assertThat(action.actionId()).isEqualTo(caseId + ":merchant-response:1:1");
            });
            assertThat(of(all, caseId, SlaClockStopped.class)).singleElement()
                    .satisfies(stopped -> assertThat(stopped.outcome()).isEqualTo(ClockOutcome.BREACHED));
            assertThat(types(all, caseId)).containsSubsequence("SlaClockStarted", "SlaDeadlineAction",
                    "SlaClockStopped");
            ConsumerRecord<String, byte[]> actionRecord = all.stream()
                    .filter(r -> caseId.toString().equals(r.key()))
                    .filter(r -> "aftersales.sla.SlaDeadlineAction".equals(header(r, CloudEventHeaders.TYPE)))
                    .findFirst().orElseThrow();
            assertThat(header(actionRecord, CloudEventHeaders.ID)).isEqualTo(UUID.nameUUIDFromBytes(
                    actions.get(0).actionId().getBytes(StandardCharsets.UTF_8)).toString());
        }

        String metrics = PrometheusScrape.at(serverPort);
        assertThat(metrics).contains("aftersales_sla_actions_total{action=\"AUTO_ACCEPT\"")
                .contains("aftersales_sla_clocks_open{")
                .contains("aftersales_sla_detection_lag_seconds_bucket")
                .contains("aftersales_sla_punctuation_duration_seconds_count");
    }

    @Test
    void aMalformedRecordIsParkedOnTheDeadLetterTopicAndTheMonitorCarriesOn() {
        UUID caseId = UUID.randomUUID();
        byte[] garbage = ("not an event " + caseId).getBytes(StandardCharsets.UTF_8);
        try (TopicProbe sla = new TopicProbe(INFRA.bootstrapServers(), Topics.SLA.name());
             TopicProbe parked = new TopicProbe(INFRA.bootstrapServers(),
                     Topics.deadLetter(Component.SLA_MONITOR).name())) {
            writer.send(Topics.DIAGNOSIS.name(), caseId.toString(), garbage);
            writer.publish(at(Instant.now(), verificationRequested(caseId)));

            sla.awaitRecords(received -> !of(received, caseId, SlaClockStarted.class).isEmpty(), WAIT);
            parked.awaitRecords(received -> received.stream()
                    .anyMatch(r -> Arrays.equals(r.value(), garbage)), WAIT);
        }
    }

    private static <E extends CaseEvent> List<E> of(List<ConsumerRecord<String, byte[]>> records, UUID caseId,
                                                   Class<E> type) {
        return records.stream()
                .filter(r -> caseId.toString().equals(r.key()))
                .map(r -> EventCodec.decode(r.value()).map(EventEnvelope::data).orElse(null))
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    private static List<String> types(List<ConsumerRecord<String, byte[]>> records, UUID caseId) {
        return records.stream()
                .filter(r -> caseId.toString().equals(r.key()))
                .map(r -> header(r, CloudEventHeaders.TYPE).substring("aftersales.sla.".length()))
                .toList();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
