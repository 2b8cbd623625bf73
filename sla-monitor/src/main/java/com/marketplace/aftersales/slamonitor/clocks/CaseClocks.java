package com.marketplace.aftersales.slamonitor.clocks;

import com.marketplace.aftersales.contracts.Component;
import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.sla.ClockOutcome;
import com.marketplace.aftersales.contracts.sla.SlaBreached;
import com.marketplace.aftersales.contracts.sla.SlaClockStarted;
import com.marketplace.aftersales.contracts.sla.SlaClockStopped;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.contracts.sla.SlaWarning;
import com.marketplace.aftersales.slamonitor.policies.CaseEnd;
import com.marketplace.aftersales.slamonitor.policies.ClockPolicy;
import com.marketplace.aftersales.slamonitor.policies.DeadlineConsequence;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The deadline clocks of one case: the open ones, how many of each policy have run, the event ids recently applied,
 * stops that arrived before their start, and whether the case has ended. Decides what an input event or a due timer
 * means and returns it as {@link Changes}; the stream processor stores and publishes them.
 *
 * <p>Rules worth knowing:
 * <ul>
 *   <li>A redelivered event (same {@code ce_id}) changes nothing.</li>
 *   <li>A policy has at most one open clock; a start while one runs is not a restart.</li>
 *   <li>A stop judges the clock on event time ({@link Clock#outcomeOfStopAt}); a stop older than the running clock's
 *       start belongs to an earlier cycle and is ignored.</li>
 *   <li>A stop with no clock to stop is remembered (a few per case). If its start arrives later and is not younger
 *       than the stop, the clock is published as started and at once stopped, and never runs: events from different
 *       topics can arrive out of order, and an orphan clock would otherwise breach a deadline that was met.</li>
 *   <li>A policy's own stop wins over the terminal rule: an agent rejecting a request in time met the first-response
 *       deadline. Every clock still open after that is cancelled, and no clock starts on an ended case.</li>
 * </ul>
 */
public final class CaseClocks {

    static final int EARLY_STOPS_KEPT = 8;
    private static final Actor MONITOR = Actor.system(Component.SLA_MONITOR.serviceName());

    private final UUID caseId;
    private final List<Clock> open;
    private final Map<SlaPolicy, Integer> lastSequence;
    private final ArrayDeque<String> recentEventIds;
    private final List<EarlyStop> earlyStops;
    private Instant endedAt;

    private CaseClocks(UUID caseId, List<Clock> open, Map<SlaPolicy, Integer> lastSequence,
                       ArrayDeque<String> recentEventIds, List<EarlyStop> earlyStops, Instant endedAt) {
        this.caseId = caseId;
        this.open = open;
        this.lastSequence = lastSequence;
        this.recentEventIds = recentEventIds;
        this.earlyStops = earlyStops;
        this.endedAt = endedAt;
    }

    public static CaseClocks none(UUID caseId) {
        return new CaseClocks(caseId, new ArrayList<>(), new EnumMap<>(SlaPolicy.class), new ArrayDeque<>(),
                new ArrayList<>(), null);
    }

    /** A stop that arrived while its policy had no clock open. */
    record EarlyStop(SlaPolicy policy, Instant at) {
    }

    public Changes onEvent(EventEnvelope<? extends CaseEvent> envelope, ClockRules rules) {
        if (recentEventIds.contains(envelope.id())) {
            return Changes.duplicateInput();
        }
        Changes changes = new Changes();
        remember(envelope.id(), rules.rememberedEventIds());
        changes.stateChanged();
        CaseEvent event = envelope.data();
        Instant at = envelope.time();
        for (ClockPolicy policy : rules.policies().all()) {
            if (policy.stopsOn(event)) {
                stop(policy, at, changes);
            }
        }
        if (CaseEnd.endsCase(event) && endedAt == null) {
            end(at, rules, changes);
        }
        if (endedAt == null) {
            for (ClockPolicy policy : rules.policies().all()) {
                if (policy.startsOn(event)) {
                    start(policy, at, rules, changes);
                }
            }
        }
        return changes;
    }

    public Changes onTimer(TimerKey timer, Instant now, ClockRules rules) {
        Changes changes = new Changes();
        if (timer.kind() == TimerKind.EXPIRE) {
            if (endedAt != null) {
                changes.forgetCase();
            }
            return changes;
        }
        Optional<Clock> found = open.stream().filter(c -> c.is(timer.policy(), timer.sequence())).findFirst();
        Optional<ClockPolicy> policy = rules.policies().byId(timer.policy());
        if (found.isEmpty() || policy.isEmpty()) {
            return changes; // stopped meanwhile, or a policy this version no longer runs
        }
        Clock clock = found.get();
        switch (timer.kind()) {
            case WARN -> warn(clock, policy.get(), now, changes);
            case BREACH -> breach(clock, policy.get(), now, changes);
            case ACTION -> act(clock, policy.get(), now, changes);
            case EXPIRE -> throw new IllegalStateException("handled above");
        }
        return changes;
    }

    /** Open clocks by policy, for the open-clocks gauge. */
    public Map<SlaPolicy, Integer> openByPolicy() {
        Map<SlaPolicy, Integer> counts = new EnumMap<>(SlaPolicy.class);
        open.forEach(clock -> counts.merge(clock.policy(), 1, Integer::sum));
        return counts;
    }

    public List<Clock> openClocks() {
        return List.copyOf(open);
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    private void start(ClockPolicy policy, Instant at, ClockRules rules, Changes changes) {
        if (openClock(policy.id()).isPresent()) {
            return;
        }
        int sequence = lastSequence.getOrDefault(policy.id(), 0) + 1;
        lastSequence.put(policy.id(), sequence);
        Clock clock = Clock.started(policy.id(), sequence, at, rules.deadlines().timesFrom(policy, at));
        changes.emit(new SlaClockStarted(caseId, policy.id(), sequence, at, clock.dueAt(), clock.warnAt(), MONITOR),
                idOf(clock, "started"), at);
        Optional<EarlyStop> early = takeEarlyStop(policy.id(), at);
        if (early.isPresent()) {
            Instant stoppedAt = early.get().at();
            changes.emit(new SlaClockStopped(caseId, policy.id(), sequence, stoppedAt,
                            Clock.outcomeOfStopAt(stoppedAt, clock.dueAt()), MONITOR),
                    idOf(clock, "stopped"), stoppedAt);
            return;
        }
        open.add(clock);
        clock.pendingTimers(caseId, policy.atDeadline().isPresent()).forEach(changes::schedule);
    }

    private void stop(ClockPolicy policy, Instant at, Changes changes) {
        Optional<Clock> running = openClock(policy.id());
        if (running.isEmpty()) {
            if (endedAt == null) {
                rememberEarlyStop(policy.id(), at);
            }
            return;
        }
        Clock clock = running.get();
        if (at.isBefore(clock.startedAt())) {
            return;
        }
        close(clock, policy, at, Clock.outcomeOfStopAt(at, clock.dueAt()), changes);
    }

    private void end(Instant at, ClockRules rules, Changes changes) {
        endedAt = at;
        for (Clock clock : List.copyOf(open)) {
            ClockPolicy policy = rules.policies().byId(clock.policy()).orElse(null);
            close(clock, policy, at, ClockOutcome.CANCELLED, changes);
        }
        earlyStops.clear();
        changes.schedule(TimerKey.caseLevel(at.plus(rules.endedCaseRetention()), caseId, TimerKind.EXPIRE));
    }

    private void close(Clock clock, ClockPolicy policy, Instant at, ClockOutcome outcome, Changes changes) {
        open.remove(clock);
        boolean hasAction = policy == null || policy.atDeadline().isPresent();
        changes.cancel(clock.pendingTimers(caseId, hasAction));
        changes.emit(new SlaClockStopped(caseId, clock.policy(), clock.sequence(), at, outcome, MONITOR),
                idOf(clock, "stopped"), at);
    }

    private void warn(Clock clock, ClockPolicy policy, Instant now, Changes changes) {
        if (clock.state() != ClockState.RUNNING) {
            return;
        }
        replace(clock, clock.warned());
        changes.stateChanged();
        // A warning that would arrive after the deadline (the monitor was behind) tells nobody anything useful.
        if (now.isBefore(clock.dueAt())) {
            changes.emit(new SlaWarning(caseId, clock.policy(), clock.sequence(), clock.dueAt(), policy.warns(),
                    MONITOR), idOf(clock, "warning"), now);
        }
    }

    private void breach(Clock clock, ClockPolicy policy, Instant now, Changes changes) {
        int level = clock.lastLevel() + 1;
        replace(clock, clock.breached(level));
        changes.emit(new SlaBreached(caseId, clock.policy(), clock.sequence(), level, clock.dueAt(),
                policy.escalationTarget(level), MONITOR), idOf(clock, "breached:" + level), now);
    }

    private void act(Clock clock, ClockPolicy policy, Instant now, Changes changes) {
        Optional<DeadlineConsequence> consequence = policy.atDeadline();
        if (consequence.isEmpty()) {
            return;
        }
        // The action belongs to the first breach level; a ladder that acts again would use its own level here.
        String actionId = SlaDeadlineAction.actionId(caseId, clock.policy(), clock.sequence(), 1);
        changes.emit(new SlaDeadlineAction(caseId, actionId, consequence.get().action(), clock.policy(),
                        clock.sequence(), consequence.get().expectedStatus(), clock.dueAt(), MONITOR),
                UUID.nameUUIDFromBytes(actionId.getBytes(StandardCharsets.UTF_8)), now);
    }

    private Optional<Clock> openClock(SlaPolicy policy) {
        return open.stream().filter(clock -> clock.policy() == policy).findFirst();
    }

    private void replace(Clock old, Clock updated) {
        open.set(open.indexOf(old), updated);
    }

    private void remember(String eventId, int capacity) {
        recentEventIds.addLast(eventId);
        while (recentEventIds.size() > capacity) {
            recentEventIds.removeFirst();
        }
    }

    private void rememberEarlyStop(SlaPolicy policy, Instant at) {
        earlyStops.add(new EarlyStop(policy, at));
        while (earlyStops.size() > EARLY_STOPS_KEPT) {
            earlyStops.remove(0);
        }
    }

    /** The earliest remembered stop of the policy at or after {@code start}; older ones are dropped as stale. */
    private Optional<EarlyStop> takeEarlyStop(SlaPolicy policy, Instant start) {
        earlyStops.removeIf(stop -> stop.policy() == policy && stop.at().isBefore(start));
        Optional<EarlyStop> earliest = earlyStops.stream()
                .filter(stop -> stop.policy() == policy)
                .min(Comparator.comparing(EarlyStop::at));
        earliest.ifPresent(earlyStops::remove);
        return earliest;
    }

    private UUID idOf(Clock clock, String what) {
        String name = "sla:" + caseId + ":" + clock.policy().id() + ":" + clock.sequence() + ":" + what;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    // --- the stored form: JSON, read tolerantly so fields can be added without a migration ---

    /** The JSON of the {@code case-clocks} store. */
    record Stored(UUID caseId, List<Clock> clocks, Map<String, Integer> sequences, List<String> recentEventIds,
                  List<EarlyStop> earlyStops, Instant endedAt) {
    }

    public String toJson() {
        Map<String, Integer> sequences = new LinkedHashMap<>();
        lastSequence.forEach((policy, sequence) -> sequences.put(policy.id(), sequence));
        return EventCodec.mapper().writeValueAsString(new Stored(caseId, open, sequences,
                List.copyOf(recentEventIds), earlyStops, endedAt));
    }

    public static CaseClocks fromJson(String json) {
        Stored stored = EventCodec.mapper().readValue(json, Stored.class);
        List<Clock> clocks = new ArrayList<>();
        if (stored.clocks() != null) {
            stored.clocks().stream().filter(c -> c.policy() != null && c.policy() != SlaPolicy.UNKNOWN)
                    .forEach(clocks::add);
        }
        Map<SlaPolicy, Integer> sequences = new EnumMap<>(SlaPolicy.class);
        if (stored.sequences() != null) {
            stored.sequences().forEach((id, sequence) -> policyById(id).ifPresent(p -> sequences.put(p, sequence)));
        }
        ArrayDeque<String> recent = stored.recentEventIds() == null ? new ArrayDeque<>()
                : new ArrayDeque<>(stored.recentEventIds());
        List<EarlyStop> early = stored.earlyStops() == null ? new ArrayList<>() : new ArrayList<>(stored.earlyStops());
        return new CaseClocks(stored.caseId(), clocks, sequences, recent, early, stored.endedAt());
    }

    private static Optional<SlaPolicy> policyById(String id) {
        for (SlaPolicy policy : SlaPolicy.values()) {
            if (policy.id().equals(id) && policy != SlaPolicy.UNKNOWN) {
                return Optional.of(policy);
            }
        }
        return Optional.empty();
    }
}
