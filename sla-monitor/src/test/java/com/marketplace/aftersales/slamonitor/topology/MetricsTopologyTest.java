package com.marketplace.aftersales.slamonitor.topology;

import static com.marketplace.aftersales.slamonitor.Events.at;
import static com.marketplace.aftersales.slamonitor.Events.merchantResponded;
import static com.marketplace.aftersales.slamonitor.Events.submitted;
import static com.marketplace.aftersales.slamonitor.Events.verificationRequested;
import static com.marketplace.aftersales.slamonitor.topology.MonitorHarness.START;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.slamonitor.SlaProperties;
import com.marketplace.aftersales.slamonitor.clocks.SlaMetrics;
import io.micrometer.core.instrument.Timer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The names the ops dashboards query exist and count what happened. */
class MetricsTopologyTest {

    @TempDir
    Path stateDir;

    /**
     * A submitted case (first-response 30 min, review-feedback 1 business day, unresolved 48 h) also awaiting its
     * merchant (5 days). The wall clock jumps to 24 min, 30 min, 4 days and 5 days + 3 s; what was due in between fires
     * late at the next jump, and warnings whose deadline had passed by then are not published.
     */
    @Test
    void clocksWarningsBreachesActionsAndTheirTimingAreMeasured() {
        UUID caseId = UUID.randomUUID();
        try (MonitorHarness monitor = new MonitorHarness(SlaProperties.defaults(), stateDir)) {
            monitor.publish(at(START, verificationRequested(caseId)));
            monitor.publish(at(START, submitted(caseId)));
            assertThat(openClocks(monitor, "merchant-response")).isEqualTo(1);
            assertThat(openClocks(monitor, "first-response")).isEqualTo(1);
            assertThat(openClocks(monitor, "review-feedback")).isEqualTo(1);
            assertThat(openClocks(monitor, "unresolved")).isEqualTo(1);

            monitor.advanceTo(START.plus(Duration.ofMinutes(24)));
            monitor.advanceTo(START.plus(Duration.ofMinutes(30)));
            monitor.advanceTo(START.plus(Duration.ofDays(4)));
            monitor.advanceTo(START.plus(Duration.ofDays(5)).plusSeconds(3));
            monitor.publish(at(monitor.now(), merchantResponded(caseId)));

            assertThat(openClocks(monitor, "merchant-response")).isZero();
            assertThat(openClocks(monitor, "first-response")).as("breached but still open").isEqualTo(1);
            assertThat(monitor.count(SlaMetrics.CLOCKS_STARTED, "policy", "merchant-response")).isEqualTo(1);
            assertThat(monitor.count(SlaMetrics.CLOCKS_STOPPED, "policy", "merchant-response", "outcome", "BREACHED"))
                    .isEqualTo(1);
            assertThat(monitor.count(SlaMetrics.WARNINGS, "policy", "merchant-response")).isEqualTo(1);
            assertThat(monitor.count(SlaMetrics.WARNINGS, "policy", "first-response")).isEqualTo(1);
            assertThat(monitor.count(SlaMetrics.WARNINGS, "policy", "unresolved")).as("its deadline passed first")
                    .isZero();
            assertThat(monitor.count(SlaMetrics.BREACHES, "policy", "merchant-response", "level", "1")).isEqualTo(1);
            assertThat(monitor.count(SlaMetrics.BREACHES, "policy", "first-response", "level", "1")).isEqualTo(1);
            assertThat(monitor.count(SlaMetrics.BREACHES, "policy", "first-response", "level", "2")).isEqualTo(1);
            assertThat(monitor.count(SlaMetrics.BREACHES, "policy", "unresolved", "level", "2")).isEqualTo(1);
            assertThat(monitor.count(SlaMetrics.ACTIONS, "action", "AUTO_ACCEPT")).isEqualTo(1);
            assertThat(monitor.count(SlaMetrics.ACTIONS, "action", "RAISE_PRIORITY")).isEqualTo(1);

            Timer actionLag = monitor.registry.find(SlaMetrics.DETECTION_LAG).tags("kind", "ACTION").timer();
            assertThat(actionLag).isNotNull();
            assertThat(actionLag.count()).isEqualTo(2);
            assertThat(actionLag.totalTime(TimeUnit.SECONDS)).as("unresolved 2 days late, merchant-response 3 s")
                    .isEqualTo(Duration.ofDays(2).plusSeconds(3).toSeconds());
            assertThat(monitor.registry.find(SlaMetrics.DETECTION_LAG).tags("kind", "WARN").timer().count())
                    .isEqualTo(2);
            assertThat(monitor.registry.find(SlaMetrics.DETECTION_LAG).tags("kind", "BREACH").timer().count())
                    .as("first-response 1+2, review-feedback 1+2, unresolved 1+2, merchant-response 1").isEqualTo(7);
            assertThat(monitor.registry.find(SlaMetrics.PUNCTUATION_DURATION).timer().count()).isPositive();
        }
    }

    private static double openClocks(MonitorHarness monitor, String policy) {
        return monitor.registry.find(SlaMetrics.OPEN_CLOCKS).tags("policy", policy).gauge().value();
    }
}
