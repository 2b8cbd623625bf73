package com.marketplace.aftersales.slamonitor.topology;

import static com.marketplace.aftersales.slamonitor.Events.at;
import static com.marketplace.aftersales.slamonitor.Events.submitted;
import static com.marketplace.aftersales.slamonitor.Events.verificationRequested;
import static com.marketplace.aftersales.slamonitor.topology.MonitorHarness.START;
import static org.assertj.core.api.Assertions.assertThat;

import static com.marketplace.aftersales.contracts.sla.SlaPolicy.FIRST_RESPONSE;
import static com.marketplace.aftersales.contracts.sla.SlaPolicy.MERCHANT_RESPONSE;

import com.marketplace.aftersales.contracts.sla.SlaBreached;
import com.marketplace.aftersales.contracts.sla.SlaClockStarted;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaWarning;
import com.marketplace.aftersales.slamonitor.SlaProperties;
import com.marketplace.aftersales.slamonitor.topology.MonitorHarness.Published;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Test time: the time scale shrinks every deadline, a per-policy limit replaces one policy's. */
class TimeScaleTopologyTest {

    private static final Duration PUNCTUATION = Duration.ofMillis(100);

    @TempDir
    Path stateDir;
    private MonitorHarness monitor;
    private final UUID caseId = UUID.randomUUID();

    @AfterEach
    void stop() {
        monitor.close();
    }

    @Test
    void aTimeScaleShrinksTheDueTimeAndTheWarningPointAlike() {
        monitor = new MonitorHarness(settings(0.001, Map.of()), stateDir);
        monitor.publish(at(START, submitted(caseId)));

        // 30 minutes × 0.001 = 1.8 s, warning at 80 % = 1.44 s
        SlaClockStarted started = monitor.published().get(0).as(SlaClockStarted.class);
        assertThat(started.dueAt()).isEqualTo(START.plusMillis(1800));
        assertThat(started.warnAt()).isEqualTo(START.plusMillis(1440));

        monitor.advance(Duration.ofMillis(1400));
        assertThat(monitor.published()).isEmpty();
        monitor.advance(Duration.ofMillis(100));
        assertThat(monitor.published()).extracting(Published::event).singleElement()
                .isInstanceOf(SlaWarning.class);
        monitor.advance(Duration.ofMillis(300));
        assertThat(monitor.published()).extracting(Published::event).singleElement()
                .isInstanceOf(SlaBreached.class);
    }

    @Test
    void aPolicyLimitOverrideChangesThatPolicyOnly() {
        monitor = new MonitorHarness(settings(1.0,
                Map.of("merchant-response", SlaProperties.PolicySettings.limit(Duration.ofSeconds(20)))), stateDir);
        monitor.publish(at(START, verificationRequested(caseId)));
        monitor.publish(at(START, submitted(caseId)));

        List<SlaClockStarted> started = monitor.published(MERCHANT_RESPONSE, FIRST_RESPONSE).stream()
                .map(p -> p.as(SlaClockStarted.class)).toList();
        assertThat(started).extracting(SlaClockStarted::dueAt)
                .containsExactly(START.plusSeconds(20), START.plus(Duration.ofMinutes(30)));
        assertThat(started.get(0).warnAt()).isEqualTo(START.plusSeconds(16));

        monitor.advance(Duration.ofSeconds(20));
        assertThat(monitor.published()).extracting(Published::event)
                .anySatisfy(event -> assertThat(event).isInstanceOf(SlaDeadlineAction.class));
    }

    @Test
    void theScaleAppliesOnTopOfAnOverriddenLimit() {
        monitor = new MonitorHarness(settings(0.5,
                Map.of("merchant-response", SlaProperties.PolicySettings.limit(Duration.ofSeconds(20)))), stateDir);
        monitor.publish(at(START, verificationRequested(caseId)));

        assertThat(monitor.published().get(0).as(SlaClockStarted.class).dueAt()).isEqualTo(START.plusSeconds(10));
    }

    private static SlaProperties settings(double scale, Map<String, SlaProperties.PolicySettings> policies) {
        SlaProperties settings = SlaProperties.defaults().withTimeScale(scale).withPunctuationInterval(PUNCTUATION);
        for (var policy : policies.entrySet()) {
            settings = settings.withPolicy(policy.getKey(), policy.getValue());
        }
        return settings;
    }
}
