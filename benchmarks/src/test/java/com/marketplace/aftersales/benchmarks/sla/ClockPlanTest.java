package com.marketplace.aftersales.benchmarks.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClockPlanTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private final CaseIds ids = new CaseIds(0x5eedL, 50_000);
    private final ClockPlan plan = ClockPlan.create(ids, NOW, Duration.ofMinutes(10), Duration.ofHours(3), 7);

    @Test
    void everyDeadlineLiesBetweenWarmupAndSpreadAndEachClockStartedFiveDaysBefore() {
        long from = NOW.plus(Duration.ofMinutes(10)).toEpochMilli();
        long to = NOW.plus(Duration.ofHours(3)).toEpochMilli();
        for (int i = 0; i < plan.count(); i++) {
            assertThat(plan.dueMillis(i)).isBetween(from, to);
            assertThat(plan.startOf(i)).isEqualTo(Instant.ofEpochMilli(plan.dueMillis(i)).minus(Duration.ofDays(5)));
        }
        assertThat(plan.firstDueMillis()).isGreaterThanOrEqualTo(from);
        assertThat(plan.lastDueMillis()).isLessThanOrEqualTo(to);
        assertThat(plan.dueRatePerSecond()).isCloseTo(50_000 / 10_200.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void countsInARangeAgreeWithLookingAtEveryDeadline() {
        SplittableRandom random = new SplittableRandom(3);
        for (int round = 0; round < 200; round++) {
            long a = plan.firstDueMillis() - 1000 + random.nextLong(plan.lastDueMillis() - plan.firstDueMillis() + 2000);
            long b = a + random.nextLong(600_000);
            int brute = 0;
            for (int i = 0; i < plan.count(); i++) {
                if (plan.dueMillis(i) >= a && plan.dueMillis(i) <= b) {
                    brute++;
                }
            }
            assertThat(plan.countDueBetween(a, b)).isEqualTo(brute);
            assertThat(plan.indicesDueBetween(a, b)).hasSize(brute);
        }
        assertThat(plan.countDueBetween(Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo(plan.count());
        assertThat(plan.countDueBetween(plan.firstDueMillis(), plan.firstDueMillis())).isPositive();
        assertThat(plan.countDueBetween(10, 5)).isZero();
    }

    @Test
    void theSameSeedGivesTheSameDeadlines() {
        ClockPlan again = ClockPlan.create(ids, NOW, Duration.ofMinutes(10), Duration.ofHours(3), 7);
        ClockPlan other = ClockPlan.create(ids, NOW, Duration.ofMinutes(10), Duration.ofHours(3), 8);

        assertThat(again.dueMillis(4242)).isEqualTo(plan.dueMillis(4242));
        assertThat(other.dueMillis(4242)).isNotEqualTo(plan.dueMillis(4242));
    }

    @Test
    void deadlinesFiveDaysAheadOrAWarmupLongerThanTheSpreadAreRefused() {
        assertThatThrownBy(() -> ClockPlan.create(ids, NOW, Duration.ofHours(3), Duration.ofHours(3), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClockPlan.create(ids, NOW, Duration.ZERO, Duration.ofDays(5), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCaseIdTellsItsIndexAndForeignIdsAreNotOurs() {
        UUID id = ids.of(49_999);

        assertThat(ids.indexOf(id)).isEqualTo(49_999);
        assertThat(ids.indexOf(ids.of(0))).isZero();
        assertThat(ids.indexOf(new UUID(0x5eedL, 50_000))).isEqualTo(-1);
        assertThat(ids.indexOf(new UUID(0x5eedL + 1, 7))).isEqualTo(-1);
        assertThat(ids.indexOf(UUID.fromString(id.toString()))).isEqualTo(49_999);
    }
}
