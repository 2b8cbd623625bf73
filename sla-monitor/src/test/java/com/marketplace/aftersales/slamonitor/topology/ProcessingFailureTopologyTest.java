package com.marketplace.aftersales.slamonitor.topology;

import static com.marketplace.aftersales.contracts.sla.SlaPolicy.MERCHANT_RESPONSE;
import static com.marketplace.aftersales.slamonitor.Events.at;
import static com.marketplace.aftersales.slamonitor.Events.merchantResponded;
import static com.marketplace.aftersales.slamonitor.Events.verificationRequested;
import static com.marketplace.aftersales.slamonitor.topology.MonitorHarness.START;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.sla.SlaClockStarted;
import com.marketplace.aftersales.contracts.sla.SlaWarning;
import com.marketplace.aftersales.slamonitor.SlaProperties;
import com.marketplace.aftersales.slamonitor.clocks.ClockStores;
import com.marketplace.aftersales.slamonitor.clocks.SlaMetrics;
import com.marketplace.aftersales.slamonitor.topology.MonitorHarness.Published;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record or timer whose processing throws is skipped, counted and logged (a record also copied to the dead-letter
 * topic with Kafka Streams' error headers); the stream thread lives on and every other
 * case's clocks keep working. (Before the handler, one such record killed the client, and the restart met it again.)
 * The cause here is a case whose stored state this version cannot read, as after a rollback to an older version.
 */
class ProcessingFailureTopologyTest {

    private static final String UNREADABLE = "{\"clocks\": \"not a list\"}";

    @TempDir
    Path stateDir;
    private MonitorHarness monitor;
    private final UUID broken = UUID.randomUUID();
    private final UUID healthy = UUID.randomUUID();

    @BeforeEach
    void start() {
        monitor = new MonitorHarness(SlaProperties.defaults(), stateDir);
    }

    @AfterEach
    void stop() {
        monitor.close();
    }

    @Test
    void aRecordThatCannotBeAppliedIsSkippedAndTheNextOneIsApplied() {
        monitor.store(ClockStores.STANDARD.caseClocks()).put(broken.toString(), UNREADABLE);

        EventEnvelope<?> poisoned = monitor.publish(at(START, verificationRequested(broken)));
        monitor.publish(at(START, verificationRequested(healthy)));

        assertThat(monitor.published(MERCHANT_RESPONSE)).singleElement().satisfies(published -> {
            assertThat(published.caseId()).isEqualTo(healthy);
            assertThat(published.is(SlaClockStarted.class)).isTrue();
        });
        assertThat(monitor.count(SlaMetrics.PROCESSING_FAILED, "stage", "record")).isEqualTo(1);
        assertThat(monitor.deadLetters()).as("parked for a replay after the fix").singleElement().satisfies(parked -> {
            assertThat(parked.key()).isEqualTo(broken.toString());
            assertThat(parked.value()).isEqualTo(EventCodec.encode(poisoned));
            assertThat(parked.headers().lastHeader(ExceptionHandlerUtils.HEADER_ERRORS_TOPIC_NAME).value())
                    .asString(StandardCharsets.UTF_8).isEqualTo(Topics.DIAGNOSIS.name());
            assertThat(parked.headers().lastHeader(ExceptionHandlerUtils.HEADER_ERRORS_EXCEPTION_NAME)).isNotNull();
        });
        assertThat(monitor.store(ClockStores.STANDARD.caseClocks()).get(broken.toString()))
                .as("nothing half-written").isEqualTo(UNREADABLE);
    }

    @Test
    void aTimerThatCannotBeFiredIsDroppedAndTheOthersDueWithItFire() {
        monitor.publish(at(START, verificationRequested(broken)));
        monitor.publish(at(START, verificationRequested(healthy)));
        monitor.published();
        monitor.store(ClockStores.STANDARD.caseClocks()).put(broken.toString(), UNREADABLE);

        monitor.advanceTo(START.plus(Duration.ofDays(4)));

        assertThat(monitor.published(MERCHANT_RESPONSE)).extracting(Published::caseId).containsExactly(healthy);
        assertThat(monitor.count(SlaMetrics.PROCESSING_FAILED, "stage", "timer")).isEqualTo(1);

        monitor.publish(at(monitor.now(), merchantResponded(healthy)));
        assertThat(monitor.published(MERCHANT_RESPONSE)).as("the task is alive").hasSize(1);
        monitor.advanceTo(START.plus(Duration.ofDays(6)));
        assertThat(monitor.published()).filteredOn(p -> p.is(SlaWarning.class)).isEmpty();
    }
}
