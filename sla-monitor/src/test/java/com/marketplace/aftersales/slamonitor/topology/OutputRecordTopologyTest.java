package com.marketplace.aftersales.slamonitor.topology;

import static com.marketplace.aftersales.slamonitor.Events.at;
import static com.marketplace.aftersales.slamonitor.Events.merchantResponded;
import static com.marketplace.aftersales.slamonitor.Events.verificationRequested;
import static com.marketplace.aftersales.slamonitor.topology.MonitorHarness.START;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.CloudEventHeaders;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.diagnosis.MerchantVerificationRequested;
import com.marketplace.aftersales.contracts.sla.SlaClockStarted;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.slamonitor.SlaProperties;
import com.marketplace.aftersales.slamonitor.topology.MonitorHarness.Published;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What other teams read on aftersales.sla.v1: CloudEvents in body and headers, keyed and stamped by the case. */
class OutputRecordTopologyTest {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @TempDir
    Path stateDir;
    @TempDir
    Path otherStateDir;

    @Test
    void everyRecordCarriesTheCloudEventAsBodyAndHeadersKeyedAndStampedByTheCase() {
        UUID caseId = UUID.randomUUID();
        try (MonitorHarness monitor = new MonitorHarness(SlaProperties.defaults(), stateDir, StoreType.ROCKSDB)) {
            RecordHeaders traced = new RecordHeaders();
            traced.add(CloudEventHeaders.TRACEPARENT, TRACEPARENT.getBytes(StandardCharsets.UTF_8));
            monitor.publish(at(START, verificationRequested(caseId)), START, traced);
            monitor.advanceTo(START.plus(Duration.ofDays(4)));
            monitor.advanceTo(START.plus(Duration.ofDays(5)));

            List<Published> published = monitor.published();
            assertThat(published).hasSize(4); // started, warning, action, breach
            for (Published record : published) {
                EventEnvelope<?> envelope = record.envelope();
                assertThat(record.key()).isEqualTo(caseId.toString());
                assertThat(envelope.subject()).isEqualTo(caseId.toString());
                assertThat(envelope.source()).isEqualTo("/aftersales/sla-monitor");
                assertThat(envelope.type()).isEqualTo("aftersales.sla." + envelope.data().getClass().getSimpleName());
                assertThat(record.timestamp()).isEqualTo(envelope.time());
                assertThat(record.header(CloudEventHeaders.ID)).isEqualTo(envelope.id());
                assertThat(record.header(CloudEventHeaders.TYPE)).isEqualTo(envelope.type());
                assertThat(record.header(CloudEventHeaders.SOURCE)).isEqualTo(envelope.source());
                assertThat(record.header(CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
                assertThat(record.header(CloudEventHeaders.TIME)).isEqualTo(envelope.time().toString());
                assertThat(record.header(CloudEventHeaders.SUBJECT)).isEqualTo(caseId.toString());
                assertThat(record.header(CloudEventHeaders.CONTENT_TYPE))
                        .isEqualTo(CloudEventHeaders.STRUCTURED_CONTENT_TYPE);
            }
            Published started = published.get(0);
            assertThat(started.is(SlaClockStarted.class)).isTrue();
            assertThat(started.timestamp()).as("a clock starts when its event happened").isEqualTo(START);
            assertThat(started.header(CloudEventHeaders.TRACEPARENT)).isEqualTo(TRACEPARENT);
            assertThat(published).filteredOn(p -> p.is(SlaDeadlineAction.class)).singleElement()
                    .satisfies(action -> assertThat(action.timestamp()).isEqualTo(START.plus(Duration.ofDays(5))));
        }
    }

    @Test
    void replayingTheSameHistoryIntoAFreshMonitorYieldsTheSameEventIds() {
        UUID caseId = UUID.randomUUID();
        EventEnvelope<MerchantVerificationRequested> requested = at(START, verificationRequested(caseId));
        List<String> first = idsAfterHistory(stateDir, requested, caseId);
        List<String> second = idsAfterHistory(otherStateDir, requested, caseId);

        assertThat(first).hasSize(5).doesNotHaveDuplicates();
        assertThat(second).isEqualTo(first);
    }

    private static List<String> idsAfterHistory(Path stateDir, EventEnvelope<MerchantVerificationRequested> requested,
                                                UUID caseId) {
        try (MonitorHarness monitor = new MonitorHarness(SlaProperties.defaults(), stateDir, StoreType.ROCKSDB)) {
            monitor.publish(requested);
            monitor.advanceTo(START.plus(Duration.ofDays(4)));
            monitor.advanceTo(START.plus(Duration.ofDays(5)));
            monitor.publish(at(START.plus(Duration.ofDays(6)), merchantResponded(caseId)));
            return monitor.published().stream().map(p -> p.envelope().id()).toList();
        }
    }
}
