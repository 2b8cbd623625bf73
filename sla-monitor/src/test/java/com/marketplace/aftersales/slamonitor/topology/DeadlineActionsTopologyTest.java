package com.marketplace.aftersales.slamonitor.topology;

import static com.marketplace.aftersales.slamonitor.Events.at;
import static com.marketplace.aftersales.slamonitor.topology.MonitorHarness.START;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.contracts.sla.DeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import com.marketplace.aftersales.slamonitor.Events;
import com.marketplace.aftersales.slamonitor.SlaProperties;
import com.marketplace.aftersales.slamonitor.clocks.SlaMetrics;
import com.marketplace.aftersales.slamonitor.topology.MonitorHarness.Published;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each deadline action goes out exactly once per clock, with the id {@code case:policy:sequence:level} (its envelope id
 * derived from it) and the status the owning service must still find: whatever the monitor is fed twice, however late
 * it looks, and however far the ladder climbs after it.
 */
class DeadlineActionsTopologyTest {

    record ActionCase(DeadlineAction action, SlaPolicy policy, CaseStatus expectedStatus,
                      Function<UUID, CaseEvent> start, Duration limit) {
        @Override
        public String toString() {
            return action.name();
        }
    }

    static Stream<ActionCase> actions() {
        return Stream.of(
                new ActionCase(DeadlineAction.AUTO_ACCEPT, SlaPolicy.MERCHANT_RESPONSE, CaseStatus.AWAITING_MERCHANT,
                        Events::verificationRequested, Duration.ofDays(5)),
                new ActionCase(DeadlineAction.ABANDON, SlaPolicy.CUSTOMER_SHIPS_RETURN, CaseStatus.AWAITING_RETURN,
                        Events::returnAuthorized, Duration.ofDays(7)),
                new ActionCase(DeadlineAction.AUTO_REFUND, SlaPolicy.MERCHANT_CONFIRMS_RECEIPT,
                        CaseStatus.RETURN_IN_TRANSIT, Events::returnShipped, Duration.ofDays(10)),
                new ActionCase(DeadlineAction.RAISE_PRIORITY, SlaPolicy.UNRESOLVED, null, Events::submitted,
                        Duration.ofHours(48)));
    }

    @TempDir
    Path stateDir;
    private MonitorHarness monitor;
    private final UUID caseId = UUID.randomUUID();

    @BeforeEach
    void start() {
        monitor = new MonitorHarness(SlaProperties.defaults(), stateDir);
    }

    @AfterEach
    void stop() {
        monitor.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void goesOutOnceWithItsDeterministicIdAndTheStatusItExpects(ActionCase actionCase) {
        EventEnvelope<CaseEvent> started = at(START, actionCase.start().apply(caseId));
        monitor.publish(started);
        monitor.publish(started); // redelivered
        monitor.advanceTo(START.plus(actionCase.limit()).minusSeconds(1));
        monitor.advance(Duration.ofSeconds(1));
        monitor.publish(started); // redelivered after the deadline
        monitor.advance(actionCase.limit().multipliedBy(3)); // past level 2 and beyond

        String actionId = caseId + ":" + actionCase.policy().id() + ":1:1";
        List<Published> actions = monitor.published(actionCase.policy()).stream()
                .filter(p -> p.is(SlaDeadlineAction.class)).toList();
        assertThat(actions).singleElement().satisfies(action -> {
            assertThat(action.event()).isEqualTo(new SlaDeadlineAction(caseId, actionId, actionCase.action(),
                    actionCase.policy(), 1, actionCase.expectedStatus(), START.plus(actionCase.limit()),
                    action.event().actor()));
            assertThat(action.envelope().id()).isEqualTo(
                    UUID.nameUUIDFromBytes(actionId.getBytes(StandardCharsets.UTF_8)).toString());
            assertThat(action.timestamp()).isEqualTo(START.plus(actionCase.limit()));
        });
        assertThat(monitor.count(SlaMetrics.ACTIONS, "action", actionCase.action().name())).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void goesOutOnceWhenTheMonitorLearnsOfTheClockOnlyAfterItsDeadline(ActionCase actionCase) {
        monitor.publish(at(START.minus(actionCase.limit()).minusSeconds(30), actionCase.start().apply(caseId)));
        monitor.advance(Duration.ofSeconds(1));
        monitor.advance(actionCase.limit().multipliedBy(2));

        assertThat(monitor.published(actionCase.policy())).filteredOn(p -> p.is(SlaDeadlineAction.class)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void isNotRepeatedWhenThePausedClockResumesAfterItsDeadline(ActionCase actionCase) {
        monitor.publish(at(START, actionCase.start().apply(caseId)));
        monitor.advanceTo(START.plus(actionCase.limit()));
        monitor.publish(at(monitor.now().plusSeconds(5), Events.reviewed(caseId, ReviewDecision.NEEDS_MORE_INFO)));
        monitor.advance(Duration.ofHours(1));
        monitor.publish(at(monitor.now(), Events.infoProvided(caseId)));
        monitor.advance(actionCase.limit().multipliedBy(3));

        assertThat(monitor.published(actionCase.policy())).filteredOn(p -> p.is(SlaDeadlineAction.class)).hasSize(1);
    }
}
