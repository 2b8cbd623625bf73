package com.marketplace.aftersales.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.intake.CaseSubmitted;
import com.marketplace.aftersales.platform.Fixtures;
import com.marketplace.aftersales.platform.PlatformIntegrationTest;
import com.marketplace.aftersales.platform.testapp.SubmissionHandler;
import com.marketplace.aftersales.testsupport.TopicProbe;
import com.marketplace.aftersales.testsupport.TopicWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.beans.factory.annotation.Autowired;

class ConsumerPolicyIT extends PlatformIntegrationTest {

    private static final String INTAKE = Topics.INTAKE.name();
    private static final String DEAD_LETTERS = "aftersales.diagnosis-service.dlt";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static TopicWriter intake;

    @Autowired InboundConsumer consumer;
    @org.springframework.beans.factory.annotation.Value("${local.server.port}") int port;
    @Autowired DeadLetterReplayer replayer;
    @Autowired SubmissionHandler submissionHandler;

    @BeforeAll
    static void writer() {
        intake = new TopicWriter(INFRA.bootstrapServers());
    }

    @AfterAll
    static void closeWriter() {
        intake.close();
    }

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnce() {
        UUID caseId = UUID.randomUUID();
        EventEnvelope<CaseSubmitted> event = Fixtures.fromIntake(Fixtures.submitted(caseId, "broken"));

        intake.publish(event);
        intake.publish(event);
        EventEnvelope<CaseSubmitted> later = Fixtures.fromIntake(Fixtures.submitted(caseId, "again"));
        intake.publish(later);

        await().atMost(WAIT).until(() -> inboxHas(later.id()));
        // The first id counted once, the later event once: the redelivery in between was skipped.
        assertThat(appliedSubmissions(caseId)).isEqualTo(2);
    }

    @Test
    void recordsRedeliveredAfterAnOffsetResetAreNotAppliedAgain() throws Exception {
        UUID caseId = UUID.randomUUID();
        EventEnvelope<CaseSubmitted> event = Fixtures.fromIntake(Fixtures.submitted(caseId, "broken"));
        intake.publish(event);
        await().atMost(WAIT).until(() -> appliedSubmissions(caseId) == 1);

        consumer.stop();
        try (Admin admin = admin()) {
            await().atMost(WAIT).until(() -> groupIsEmpty(admin));
            Map<TopicPartition, OffsetAndMetadata> beginning = admin.describeTopics(List.of(INTAKE))
                    .allTopicNames().get().get(INTAKE).partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(INTAKE, p.partition()),
                            p -> new OffsetAndMetadata(0)));
            admin.alterConsumerGroupOffsets("diagnosis-service", beginning).all().get();
        }
        consumer.start();
        EventEnvelope<CaseSubmitted> fence = Fixtures.fromIntake(Fixtures.submitted(caseId, "fence"));
        intake.publish(fence);

        await().atMost(WAIT).until(() -> inboxHas(fence.id()));
        assertThat(appliedSubmissions(caseId)).isEqualTo(2);
    }

    @Test
    void aPoisonRecordIsDeadLetteredWithItsReasonAndThePartitionKeepsMoving() {
        try (TopicProbe deadLetters = new TopicProbe(INFRA.bootstrapServers(), DEAD_LETTERS)) {
            UUID caseId = UUID.randomUUID();
            intake.send(INTAKE, caseId.toString(), "{not json".getBytes(StandardCharsets.UTF_8));
            intake.publish(Fixtures.fromIntake(Fixtures.submitted(caseId, "after the poison")));

            await().atMost(WAIT).until(() -> appliedSubmissions(caseId) == 1);
            ConsumerRecord<String, byte[]> parked = awaitDeadLetter(deadLetters, caseId);
            assertThat(new String(parked.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
            assertThat(DeadLetterHeaders.text(parked.headers(), DeadLetterHeaders.REASON))
                    .contains("MalformedEventException").contains("Not JSON");
            assertThat(DeadLetterHeaders.text(parked.headers(), DeadLetterHeaders.SERVICE))
                    .isEqualTo("diagnosis-service");
            assertThat(DeadLetterHeaders.text(parked.headers(), DeadLetterHeaders.ORIGINAL_TOPIC)).isEqualTo(INTAKE);
        }
    }

    @Test
    void aRecordItsHandlerKeepsFailingOnIsRetriedThenDeadLetteredThenReplayedAfterTheFix() {
        submissionHandler.brokenForFailingCases.set(true);
        try (TopicProbe deadLetters = new TopicProbe(INFRA.bootstrapServers(), DEAD_LETTERS)) {
            UUID failing = UUID.randomUUID();
            UUID next = samePartitionAs(failing);
            intake.publish(Fixtures.fromIntake(Fixtures.submitted(failing, "fail")));
            intake.publish(Fixtures.fromIntake(Fixtures.submitted(next, "fine")));

            await().atMost(WAIT).until(() -> appliedSubmissions(next) == 1);
            ConsumerRecord<String, byte[]> parked = awaitDeadLetter(deadLetters, failing);
            assertThat(DeadLetterHeaders.text(parked.headers(), DeadLetterHeaders.REASON))
                    .contains("cannot handle case " + failing);
            assertThat(appliedSubmissions(failing)).isZero();

            submissionHandler.brokenForFailingCases.set(false);
            DeadLetterReplayer.Result result = replayer.replay();

            assertThat(appliedSubmissions(failing)).isEqualTo(1);
            assertThat(result.applied()).isGreaterThanOrEqualTo(1);
            // Whatever still fails (the malformed record of another test) is parked again, never lost.
            List<ConsumerRecord<String, byte[]>> afterReplay = deadLetters.awaitRecords(
                    received -> received.size() >= 1 + result.failedAgain(), WAIT);
            assertThat(afterReplay.stream().skip(1))
                    .allSatisfy(again -> assertThat(DeadLetterHeaders.text(again.headers(),
                            DeadLetterHeaders.REPLAY_COUNT)).isNotNull())
                    .noneMatch(again -> failing.toString().equals(again.key()));
        }
    }

    @Test
    void aDatabaseThatIsAwayIsWaitedForInsteadOfParkingTheRecord() {
        try (TopicProbe deadLetters = new TopicProbe(INFRA.bootstrapServers(), DEAD_LETTERS)) {
            UUID caseId = UUID.randomUUID();
            // Six failed attempts: twice the retries a record's own failure gets before it is dead-lettered.
            intake.publish(Fixtures.fromIntake(Fixtures.submitted(caseId, "database away for 6")));
            intake.send(INTAKE, caseId.toString(), "{not json".getBytes(StandardCharsets.UTF_8));

            await().atMost(WAIT).until(() -> appliedSubmissions(caseId) == 1);
            // The poison record behind it on the same partition is parked; the one before it never was.
            List<ConsumerRecord<String, byte[]>> parked = deadLetters.awaitRecords(received -> received.stream()
                    .anyMatch(r -> caseId.toString().equals(r.key())), WAIT);
            assertThat(parked).filteredOn(r -> caseId.toString().equals(r.key())).singleElement()
                    .satisfies(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("{not json"));
        }
    }

    @Test
    void readinessFollowsTheConsumer() {
        WebTestClient client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        consumer.stop();
        try {
            client.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);
        } finally {
            consumer.start();
        }
        await().atMost(WAIT).untilAsserted(() ->
                client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk());
    }

    private ConsumerRecord<String, byte[]> awaitDeadLetter(TopicProbe deadLetters, UUID caseId) {
        return deadLetters.awaitRecords(received -> received.stream()
                        .anyMatch(r -> caseId.toString().equals(r.key())), WAIT).stream()
                .filter(r -> caseId.toString().equals(r.key()))
                .findFirst().orElseThrow();
    }

    private boolean inboxHas(String eventId) {
        return Boolean.TRUE.equals(db.sql("select count(*) > 0 as seen from inbox_event where event_id = :id")
                .bind("id", eventId).map((row, meta) -> row.get("seen", Boolean.class)).one().block());
    }

    private static UUID samePartitionAs(UUID caseId) {
        int partition = partitionOf(caseId);
        UUID candidate;
        do {
            candidate = UUID.randomUUID();
        } while (partitionOf(candidate) != partition);
        return candidate;
    }

    private static int partitionOf(UUID caseId) {
        byte[] key = caseId.toString().getBytes(StandardCharsets.UTF_8);
        return Utils.toPositive(Utils.murmur2(key)) % Topics.LIFECYCLE_PARTITIONS;
    }

    private static boolean groupIsEmpty(Admin admin) throws Exception {
        return admin.listGroups().all().get().stream()
                .filter(g -> g.groupId().equals("diagnosis-service"))
                .map(GroupListing::groupState)
                .allMatch(state -> state.isEmpty() || state.get() == GroupState.EMPTY);
    }

    private static Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, INFRA.bootstrapServers());
        return Admin.create(props);
    }
}
