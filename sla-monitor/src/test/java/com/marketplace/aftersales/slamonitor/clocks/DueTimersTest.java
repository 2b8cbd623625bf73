package com.marketplace.aftersales.slamonitor.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DueTimersTest {

    private static final long NOW = Instant.parse("2026-11-23T02:00:00Z").toEpochMilli();

    private final SortedMapTimerStore store = new SortedMapTimerStore();
    private final DueTimers timers = new DueTimers(store);

    @Test
    void aScanResumesWhereTheLastOneEndedInsteadOfStartingOver() {
        timers.schedule(timer(NOW - 10));
        scan(NOW);
        scan(NOW + 1000);

        assertThat(store.rangeStarts).hasSize(2);
        assertThat(store.rangeStarts.get(0)).isNull();
        assertThat(store.rangeStarts.get(1)).isEqualTo(TimerKey.upperBoundOfDueBy(NOW));
    }

    @Test
    void aTimerScheduledBehindTheCursorIsFoundByTheNextScan() {
        scan(NOW);
        TimerKey late = timer(NOW - 60_000);
        timers.schedule(late);

        assertThat(scan(NOW + 1000)).containsExactly(late);
    }

    @Test
    void aTimerScheduledWhileAScanFiresIsNotSkippedWhenItSortsBetweenTheFiredOnes() {
        TimerKey first = timer(NOW - 3000);
        TimerKey last = timer(NOW - 1000);
        timers.schedule(first);
        timers.schedule(last);
        TimerKey inBetween = timer(NOW - 2000);

        List<TimerKey> due = timers.beginScan(NOW, 10);
        timers.fired(due.get(0));
        timers.schedule(inBetween); // e.g. the next escalation level, already due
        timers.fired(due.get(1));
        timers.scanDone(NOW, due, 10);

        assertThat(due).containsExactly(first, last);
        assertThat(scan(NOW)).containsExactly(inBetween);
    }

    @Test
    void aWallClockSteppingBackNeitherFiresEarlyNorLosesItsPlace() {
        TimerKey due = timer(NOW + 500);
        timers.schedule(due);
        scan(NOW);

        assertThat(scan(NOW - 5000)).isEmpty();
        assertThat(scan(NOW + 500)).containsExactly(due);
    }

    /**
     * A random mix of scheduling (often already due), cancelling and scanning with small batches: every timer that is
     * due and not cancelled fires exactly once, never before its time, and a cancelled one never.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void everyDueTimerFiresOnceAndNoneEarly(long seed) {
        Random random = new Random(seed);
        long now = NOW;
        Map<TimerKey, Integer> fired = new HashMap<>();
        Set<TimerKey> live = new HashSet<>();
        Set<TimerKey> cancelled = new HashSet<>();
        for (int step = 0; step < 400; step++) {
            int action = random.nextInt(10);
            if (action < 5) {
                TimerKey timer = timer(now + random.nextInt(20_000) - 10_000);
                if (!live.contains(timer) && !fired.containsKey(timer)) {
                    timers.schedule(timer);
                    live.add(timer);
                }
            } else if (action < 6 && !live.isEmpty()) {
                TimerKey victim = new ArrayList<>(live).get(random.nextInt(live.size()));
                timers.cancel(victim);
                live.remove(victim);
                cancelled.add(victim);
            } else {
                now += random.nextInt(3000);
                for (TimerKey timer : scan(now, 1 + random.nextInt(4))) {
                    assertThat(timer.dueAtMillis()).as("never early").isLessThanOrEqualTo(now);
                    fired.merge(timer, 1, Integer::sum);
                    live.remove(timer);
                }
            }
        }
        now += 30_000;
        List<TimerKey> rest;
        do {
            rest = scan(now, 3);
            rest.forEach(timer -> {
                fired.merge(timer, 1, Integer::sum);
                live.remove(timer);
            });
        } while (!rest.isEmpty());

        assertThat(live).as("nothing due was left behind").isEmpty();
        assertThat(fired.values()).as("each fired once").allMatch(count -> count == 1);
        assertThat(fired.keySet()).doesNotContainAnyElementsOf(cancelled);
    }

    private List<TimerKey> scan(long now) {
        return scan(now, 100);
    }

    private List<TimerKey> scan(long now, int limit) {
        List<TimerKey> due = timers.beginScan(now, limit);
        due.forEach(timers::fired);
        timers.scanDone(now, due, limit);
        return due;
    }

    private static TimerKey timer(long dueAt) {
        return new TimerKey(dueAt, UUID.randomUUID(), SlaPolicy.FIRST_RESPONSE, 1, TimerKind.BREACH);
    }
}
