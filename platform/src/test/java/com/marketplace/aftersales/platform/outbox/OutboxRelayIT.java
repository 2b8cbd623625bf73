package com.marketplace.aftersales.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.contracts.CloudEventHeaders;
import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.diagnosis.HandlerAssigned;
import com.marketplace.aftersales.contracts.diagnosis.PriorityChanged;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.Priority;
import com.marketplace.aftersales.contracts.intake.CaseWithdrawn;
import com.marketplace.aftersales.platform.PlatformIntegrationTest;
import com.marketplace.aftersales.platform.PlatformProperties;
import com.marketplace.aftersales.platform.ServiceIdentity;
import com.marketplace.aftersales.testsupport.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.ConnectionFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;

class OutboxRelayIT extends PlatformIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelayIT.class);
    private static final String TOPIC = Topics.DIAGNOSIS.name();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired Outbox outbox;
    @Autowired OutboxRelay contextRelay;
    @Autowired OutboxStore store;
    @Autowired OutboxMetrics metrics;
    @Autowired ConnectionFactory connectionFactory;
    @Autowired ServiceIdentity identity;
    @Autowired KafkaProperties kafka;
    @Autowired PlatformProperties properties;
    @Autowired ReactiveTransactionManager transactionManager;
    @Autowired MeterRegistry registry;

    private TransactionalOperator tx;
    private TopicProbe probe;
    private final List<OutboxRelay> testRelays = new ArrayList<>();

    @BeforeEach
    void setUp() {
        tx = TransactionalOperator.create(transactionManager);
        probe = new TopicProbe(INFRA.bootstrapServers(), TOPIC);
    }

    @AfterEach
    void tearDown() {
        testRelays.forEach(OutboxRelay::stop);
        probe.close();
        contextRelay.start();
    }

    @Test
    void anIdleRelayPublishesACommittedEventAtOnceRatherThanAtTheNextPoll() {
        // The safety-net poll is 10 minutes in this test; arrival within seconds means the commit woke the relay.
        List<Long> latenciesMillis = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            UUID caseId = UUID.randomUUID();
            Instant committed = commit(assigned(caseId));
            List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(
                    received -> received.stream().anyMatch(r -> r.key().equals(caseId.toString())), WAIT);
            latenciesMillis.add(Duration.between(committed, Instant.now()).toMillis());
            assertThat(records).anyMatch(r -> r.key().equals(caseId.toString()));
        }
        latenciesMillis.sort(Long::compare);
        log.info("Idle relay, commit to consumer receipt (ms): p50={} max={} all={}", latenciesMillis.get(9),
                latenciesMillis.get(19), latenciesMillis);
    }

    @Test
    void aPublishedEventCarriesCloudEventHeadersAndTheTimeItWasCommitted() {
        UUID caseId = UUID.randomUUID();
        commit(assigned(caseId));

        ConsumerRecord<String, byte[]> record = single(caseId);

        var envelope = EventCodec.decode(record.value()).orElseThrow();
        assertThat(header(record, CloudEventHeaders.ID)).isEqualTo(envelope.id());
        assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo("aftersales.diagnosis.HandlerAssigned");
        assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/aftersales/diagnosis-service");
        assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(caseId.toString());
        assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(record, CloudEventHeaders.TIME)).isEqualTo(envelope.time().toString());
        Instant storedCreatedAt = db.sql("select created_at from outbox_event where event_id = :id")
                .bind("id", UUID.fromString(envelope.id()))
                .map((row, meta) -> row.get("created_at", Instant.class)).one().block();
        assertThat(envelope.time()).isEqualTo(storedCreatedAt);
        assertThat(record.timestamp()).isEqualTo(storedCreatedAt.toEpochMilli());
    }

    @Test
    void aCrashBetweenTheCommitAndTheSendLosesNothingAndPublishesOnce() {
        contextRelay.stop();
        OutboxRelay crashing = relay(new RelayFaultInjector() {
            @Override
            public void beforeSend(List<UUID> eventIds) {
                throw new SimulatedCrash("after reading, before sending");
            }
        });
        UUID caseId = UUID.randomUUID();
        String eventId = commitAndGetEventId(assigned(caseId));
        await().atMost(WAIT).until(() -> !crashing.isRunning());
        assertThat(isPublished(eventId)).isFalse();

        relay(RelayFaultInjector.NONE);
        String fence = commitAndGetEventId(assigned(caseId));

        await().atMost(WAIT).until(() -> applications(fence) == 1);
        assertThat(applications(eventId)).isEqualTo(1);
        assertThat(idsFor(caseId, fence)).containsExactly(eventId, fence);
    }

    @Test
    void aCrashAfterTheSendBeforeTheMarkResendsAndTheConsumerAppliesOnce() {
        contextRelay.stop();
        OutboxRelay crashing = relay(new RelayFaultInjector() {
            @Override
            public void afterSendBeforeMark(List<UUID> eventIds) {
                throw new SimulatedCrash("after the broker acknowledged, before marking the rows sent");
            }
        });
        UUID caseId = UUID.randomUUID();
        String eventId = commitAndGetEventId(assigned(caseId));
        await().atMost(WAIT).until(() -> !crashing.isRunning());
        assertThat(isPublished(eventId)).isFalse();

        relay(RelayFaultInjector.NONE);
        String fence = commitAndGetEventId(assigned(caseId));

        await().atMost(WAIT).until(() -> applications(fence) == 1);
        // Kafka holds the event twice (sent, then resent after the "restart"); the consumer applied it once.
        assertThat(idsFor(caseId, fence)).containsExactly(eventId, eventId, fence);
        assertThat(applications(eventId)).isEqualTo(1);
        assertThat(isPublished(eventId)).isTrue();
    }

    @Test
    void concurrentChangesOfOneCaseReachKafkaInCommitOrder() {
        UUID caseId = UUID.randomUUID();
        int changes = 40;
        // Each transaction appends its event, then records its label in commit_log; the outbox serialises a case's
        // writers up to commit, so commit_log's order is the commit order.
        Flux.range(0, changes)
                .flatMap(i -> {
                    String label = "change-" + i;
                    return outbox.append(new PriorityChanged(caseId, Priority.HIGH, label, system()))
                            .then(db.sql("insert into commit_log (case_id, label) values (:caseId, :label)")
                                    .bind("caseId", caseId).bind("label", label).then())
                            .as(tx::transactional);
                }, 10)
                .blockLast(WAIT);
        List<String> commitOrder = db.sql("select label from commit_log where case_id = :id order by seq")
                .bind("id", caseId)
                .map((row, meta) -> row.get("label", String.class)).all().collectList().block();

        List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(
                received -> forCase(received, caseId).size() >= changes, WAIT);

        List<String> kafkaOrder = forCase(records, caseId).stream()
                .map(r -> ((PriorityChanged) EventCodec.decode(r.value()).orElseThrow().data()).reason())
                .toList();
        assertThat(kafkaOrder).hasSize(changes).isEqualTo(commitOrder);
    }

    @Test
    void anEventTheBrokerRefusesIsParkedAndLaterEventsStillFlow() {
        UUID tooLarge = UUID.randomUUID();
        String refusedId = commitAndGetEventId(new HandlerAssigned(tooLarge, "agent-1", "x".repeat(2_000_000),
                system()));
        UUID fine = UUID.randomUUID();
        commit(assigned(fine));

        probe.awaitRecords(received -> received.stream().anyMatch(r -> r.key().equals(fine.toString())), WAIT);
        await().atMost(WAIT).until(() -> isParked(refusedId));
        assertThat(registry.get("aftersales.outbox.parked").tag("topic", TOPIC).counter().count())
                .isGreaterThanOrEqualTo(1);
        String error = db.sql("select last_error from outbox_event where event_id = :id")
                .bind("id", UUID.fromString(refusedId))
                .map((row, meta) -> row.get("last_error", String.class)).one().block();
        assertThat(error).contains("RecordTooLarge");
    }

    @Test
    void onlyTheTopicsWriterMayAppendAndOnlyInsideATransaction() {
        UUID caseId = UUID.randomUUID();
        assertThatThrownBy(() -> outbox.append(new CaseWithdrawn(caseId, "no", system())).as(tx::transactional)
                .block())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("aftersales.intake.v1 has one writer, intake-service");
        assertThatThrownBy(() -> outbox.append(assigned(caseId)).block())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside the transaction");
        assertThat(db.sql("select count(*) as n from outbox_event where message_key = :key")
                .bind("key", caseId.toString()).map((row, meta) -> row.get("n", Long.class)).one().block())
                .isZero();
    }

    private OutboxRelay relay(RelayFaultInjector faults) {
        OutboxRelay relay = OutboxAutoConfiguration.OutboxRelays.create(store, connectionFactory, identity,
                kafka.buildProducerProperties(), metrics, properties.outbox(), Clock.systemUTC(), faults, registry);
        testRelays.add(relay);
        relay.start();
        return relay;
    }

    private Instant commit(HandlerAssigned event) {
        outbox.append(event).as(tx::transactional).block();
        return Instant.now();
    }

    private String commitAndGetEventId(HandlerAssigned event) {
        commit(event);
        return db.sql("select event_id from outbox_event where message_key = :key order by id desc limit 1")
                .bind("key", event.caseId().toString())
                .map((row, meta) -> row.get("event_id", UUID.class).toString()).one().block();
    }

    private boolean isPublished(String eventId) {
        return flag("published_at", eventId);
    }

    private boolean isParked(String eventId) {
        return flag("parked_at", eventId);
    }

    private boolean flag(String column, String eventId) {
        return Boolean.TRUE.equals(db.sql("select " + column + " is not null as flag from outbox_event where event_id = :id")
                .bind("id", UUID.fromString(eventId))
                .map((row, meta) -> row.get("flag", Boolean.class)).one().block());
    }

    private ConsumerRecord<String, byte[]> single(UUID caseId) {
        List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(
                received -> !forCase(received, caseId).isEmpty(), WAIT);
        return forCase(records, caseId).get(0);
    }

    /** The event ids Kafka holds for the case, read up to the fence event appended last. */
    private List<String> idsFor(UUID caseId, String fence) {
        List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(received -> forCase(received, caseId)
                .stream().anyMatch(r -> header(r, CloudEventHeaders.ID).equals(fence)), WAIT);
        return forCase(records, caseId).stream().map(r -> header(r, CloudEventHeaders.ID)).toList();
    }

    private static List<ConsumerRecord<String, byte[]>> forCase(List<ConsumerRecord<String, byte[]>> records,
                                                                 UUID caseId) {
        return records.stream().filter(r -> r.key().equals(caseId.toString())).toList();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static HandlerAssigned assigned(UUID caseId) {
        return new HandlerAssigned(caseId, "agent-1", "Agent One", system());
    }

    private static Actor system() {
        return Actor.system("diagnosis-service");
    }
}
