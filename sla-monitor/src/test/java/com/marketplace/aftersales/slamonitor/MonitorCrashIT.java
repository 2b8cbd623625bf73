package com.marketplace.aftersales.slamonitor;

import static com.marketplace.aftersales.slamonitor.Events.at;
import static com.marketplace.aftersales.slamonitor.Events.diagnosed;
import static com.marketplace.aftersales.slamonitor.Events.infoProvided;
import static com.marketplace.aftersales.slamonitor.Events.reviewed;
import static com.marketplace.aftersales.slamonitor.Events.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.contracts.sla.SlaBreached;
import com.marketplace.aftersales.contracts.sla.SlaClockPaused;
import com.marketplace.aftersales.contracts.sla.SlaClockResumed;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.contracts.sla.SlaWarning;
import com.marketplace.aftersales.testsupport.TestInfrastructure;
import com.marketplace.aftersales.testsupport.TopicProbe;
import com.marketplace.aftersales.testsupport.TopicWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monitor is killed while clocks are firing, and every escalation is still published exactly once for
 * {@code read_committed} readers.
 *
 * <p>How the crash is made: the production topology runs in a child JVM ({@link MonitorProcess}) that the test kills
 * with {@link Process#destroyForcibly()} (SIGKILL): no close, no commit, no leaving the group, an open transaction and
 * RocksDB files left as they were — what {@code kill -9} or a lost node does. Closing a {@code KafkaStreams} in the test
 * JVM would commit or abort cleanly and prove nothing. A second process with the same application id and state
 * directory then takes over, as a restarted pod would: it fences the dead one's transaction, restores the stores from
 * their changelogs (an unclean exactly-once shutdown leaves no checkpoint) and fires what fell due meanwhile.
 *
 * <p>Thirty cases are submitted with their event times spread over three seconds; first-response (4 s) and unresolved
 * (6 s, with RAISE_PRIORITY) clocks then warn, breach at level 1 and 2 and act over about twelve seconds. The kill comes
 * once forty escalations are out. A thirty-first case (a logistics problem, 24 h) is waiting on the customer when the
 * monitor dies: its paused clock must resume after the restart with exactly the time it had left.
 */
class MonitorCrashIT {

    private static final Logger log = LoggerFactory.getLogger(MonitorCrashIT.class);
    private static final TestInfrastructure INFRA = TestInfrastructure.shared();
    private static final int CASES = 30;
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path stateDir;
    private final String applicationId = "sla-crash-it-" + UUID.randomUUID();
    private final String outputTopic = applicationId + ".out";
    private final List<Process> processes = new ArrayList<>();
    /** What the monitor processes printed, in order. */
    private final List<String> lines = new CopyOnWriteArrayList<>();

    @AfterEach
    void killProcesses() throws InterruptedException {
        for (Process process : processes) {
            process.destroyForcibly().waitFor();
        }
    }

    @Test
    void afterAKillMidRunEveryEscalationIsPublishedExactlyOnce() throws Exception {
        createTopic(outputTopic);
        List<UUID> cases = new ArrayList<>();
        UUID waiting = UUID.randomUUID();
        try (TopicWriter writer = new TopicWriter(INFRA.bootstrapServers());
             TopicProbe output = new TopicProbe(INFRA.bootstrapServers(), outputTopic)) {
            awaitRunning(start());

            Instant now = Instant.now();
            writer.publish(at(now.minusSeconds(2), diagnosed(waiting, ProblemCategory.LOGISTICS)));
            writer.publish(at(now.minusSeconds(1), reviewed(waiting, ReviewDecision.NEEDS_MORE_INFO)));
            for (int i = 0; i < CASES; i++) {
                UUID caseId = UUID.randomUUID();
                cases.add(caseId);
                writer.publish(at(now.minusSeconds(3).plusMillis(100L * i), submitted(caseId)));
            }

            // Killed once the pause is committed (it must survive) and forty escalations are out (clocks are firing).
            List<ConsumerRecord<String, byte[]>> beforeKill = output.awaitRecords(received ->
                    escalations(received).size() >= 40 && !of(received, waiting, SlaClockPaused.class).isEmpty(), WAIT);
            processes.get(0).destroyForcibly().waitFor();
            int firedBeforeKill = escalations(beforeKill).size();

            start();
            writer.publish(at(Instant.now(), infoProvided(waiting)));
            Set<String> expected = expectedBreachesAndActions(cases);
            Predicate<EventEnvelope<CaseEvent>> breachOrActionOfTheThirty = e -> !(e.data() instanceof SlaWarning)
                    && cases.contains(e.data().caseId());
            List<ConsumerRecord<String, byte[]>> all = output.awaitRecords(received ->
                    ids(escalations(received), breachOrActionOfTheThirty).containsAll(expected)
                            && !of(received, waiting, SlaClockResumed.class).isEmpty(), WAIT);

            List<EventEnvelope<CaseEvent>> escalations = escalations(all);
            log.info("{} escalations before the kill, {} in all", firedBeforeKill, escalations.size());
            assertThat(firedBeforeKill).as("the kill came while clocks were firing")
                    .isLessThan(escalations.size());
            Map<String, Long> published = escalations.stream()
                    .collect(Collectors.groupingBy(EventEnvelope::id, Collectors.counting()));
            assertThat(published).as("no escalation twice").allSatisfy((id, count) -> assertThat(count).isOne());
            assertThat(ids(escalations, breachOrActionOfTheThirty))
                    .as("every breach level and deadline action of every case, once").isEqualTo(expected);

            SlaClockPaused paused = of(all, waiting, SlaClockPaused.class).get(0);
            SlaClockResumed resumed = of(all, waiting, SlaClockResumed.class).get(0);
            assertThat(paused.remaining()).isEqualTo(Duration.ofHours(24).minusSeconds(1));
            assertThat(Duration.between(resumed.resumedAt(), resumed.dueAt()))
                    .as("the paused clock's remaining time survived the crash").isEqualTo(paused.remaining());
        }
    }

    /**
     * The ids the monitor derives for level 1 and 2 of first-response and unresolved and unresolved's action: the same
     * whichever process publishes them, so duplicates are visible as repeated ids.
     */
    private static Set<String> expectedBreachesAndActions(List<UUID> cases) {
        Set<String> ids = new HashSet<>();
        for (UUID caseId : cases) {
            for (SlaPolicy policy : List.of(SlaPolicy.FIRST_RESPONSE, SlaPolicy.UNRESOLVED)) {
                for (int level = 1; level <= 2; level++) {
                    ids.add(UUID.nameUUIDFromBytes(("sla:" + caseId + ":" + policy.id() + ":1:breached:" + level)
                            .getBytes(StandardCharsets.UTF_8)).toString());
                }
            }
            ids.add(UUID.nameUUIDFromBytes(SlaDeadlineAction.actionId(caseId, SlaPolicy.UNRESOLVED, 1, 1)
                    .getBytes(StandardCharsets.UTF_8)).toString());
        }
        return ids;
    }

    private Process start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", classpath, MonitorProcess.class.getName(),
                INFRA.bootstrapServers(), applicationId, stateDir.toString(), outputTopic)
                .redirectErrorStream(true).start();
        processes.add(process);
        Thread output = new Thread(() -> drain(process), "monitor-process-" + process.pid());
        output.setDaemon(true);
        output.start();
        return process;
    }

    private void drain(Process process) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().forEach(line -> {
                lines.add(line);
                if (line.contains("ERROR") || line.contains(MonitorProcess.RUNNING)) {
                    log.info("monitor process {}: {}", process.pid(), line);
                }
            });
        } catch (IOException e) {
            log.debug("Output of {} ended", process.pid(), e);
        }
    }

    private void awaitRunning(Process process) {
        await().atMost(WAIT).until(() -> lines.stream().anyMatch(line -> line.contains(MonitorProcess.RUNNING))
                || !process.isAlive());
        assertThat(process.isAlive()).as("monitor process started; its output:\n%s", String.join("\n", lines))
                .isTrue();
    }

    /** Creates the topic (the broker creates none by itself) and waits until every partition has a leader. */
    private static void createTopic(String name) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, INFRA.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(name, Topics.LIFECYCLE_PARTITIONS, (short) 1))).all().get();
            await().atMost(WAIT).ignoreExceptions().until(() -> admin.describeTopics(List.of(name)).allTopicNames().get().get(name)
                    .partitions().stream().filter(p -> p.leader() != null).count() == Topics.LIFECYCLE_PARTITIONS);
        }
    }

    private static List<EventEnvelope<CaseEvent>> escalations(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> EventCodec.decode(r.value()).orElseThrow())
                .filter(e -> e.data() instanceof SlaWarning || e.data() instanceof SlaBreached
                        || e.data() instanceof SlaDeadlineAction)
                .toList();
    }

    private static Set<String> ids(Collection<EventEnvelope<CaseEvent>> events,
                                   Predicate<EventEnvelope<CaseEvent>> which) {
        return events.stream().filter(which).map(EventEnvelope::id).collect(Collectors.toSet());
    }

    private static <E extends CaseEvent> List<E> of(List<ConsumerRecord<String, byte[]>> records, UUID caseId,
                                                   Class<E> type) {
        return records.stream().filter(r -> caseId.toString().equals(r.key()))
                .map(r -> EventCodec.decode(r.value()).map(EventEnvelope::data).orElse(null))
                .filter(type::isInstance).map(type::cast).toList();
    }
}
