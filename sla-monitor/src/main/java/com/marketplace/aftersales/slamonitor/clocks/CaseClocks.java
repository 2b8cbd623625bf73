package com.marketplace.aftersales.slamonitor.clocks;

import com.marketplace.aftersales.contracts.Component;
import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.sla.ClockOutcome;
import com.marketplace.aftersales.contracts.sla.SlaBreached;
import com.marketplace.aftersales.contracts.sla.SlaClockPaused;
import com.marketplace.aftersales.contracts.sla.SlaClockResumed;
import com.marketplace.aftersales.contracts.sla.SlaClockStarted;
import com.marketplace.aftersales.contracts.sla.SlaClockStopped;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.contracts.sla.SlaWarning;
import com.marketplace.aftersales.slamonitor.policies.CaseEnd;
import com.marketplace.aftersales.slamonitor.policies.CaseFacts;
import com.marketplace.aftersales.slamonitor.policies.ClockPolicy;
import com.marketplace.aftersales.slamonitor.policies.DeadlineConsequence;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The deadline clocks of one case: the open ones, how many of each policy have run, the event ids recently applied,
 * stops that arrived before their start, what a start depends on ({@link CaseFacts}) and whether the case has ended.
 * Decides what an input event or a due timer means and returns it as {@link Changes}; the stream processor stores and
 * publishes them.
 *
 * <p>Rules worth knowing:
 * <ul>
 *   <li>A redelivered event (same {@code ce_id}) changes nothing.</li>
 *   <li>A policy has at most one open clock per subject (one per case, or per complaint); a start while it runs is not
 *       a restart.</li>
 *   <li>A stop judges the clock on event time ({@link Clock#outcomeOfStopAt}); a stop older than the running clock's
 *       start belongs to an earlier cycle and is ignored.</li>
 *   <li>A stop with no clock to stop is remembered (a few per case). If its start arrives later and is not younger
 *       than the stop, the clock is published as started and at once stopped, and never runs: events from different
 *       topics can arrive out of order, and an orphan clock would otherwise breach a deadline that was met.</li>
 *   <li>A policy's own stop wins over the terminal rule: an agent rejecting a request in time met the first-response
 *       deadline. Every other clock still open is then cancelled (or stopped as breached, if its deadline had passed),
 *       and no clock starts on an ended case — except those of policies that outlive the case (follow-up of a negative
 *       review, complaints: {@link ClockPolicy#endsWithCase()}).</li>
 *   <li>While the case waits on the customer, clocks of pausing policies stand still: the policy time used so far is
 *       kept, their timers are cancelled, and on resume the rest is measured from the resume.</li>
 *   <li>At the deadline, breach level 1 goes out with the policy's deadline action (action first), in one step; level
 *       2, 3 … follow after each further full limit, as long as the ladder has roles.</li>
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
    private CaseFacts facts;

    private CaseClocks(UUID caseId, List<Clock> open, Map<SlaPolicy, Integer> lastSequence,
                       ArrayDeque<String> recentEventIds, List<EarlyStop> earlyStops, Instant endedAt,
                       CaseFacts facts) {
        this.caseId = caseId;
        this.open = open;
        this.lastSequence = lastSequence;
        this.recentEventIds = recentEventIds;
        this.earlyStops = earlyStops;
        this.endedAt = endedAt;
        this.facts = facts;
    }

    public static CaseClocks none(UUID caseId) {
        return new CaseClocks(caseId, new ArrayList<>(), new EnumMap<>(SlaPolicy.class), new ArrayDeque<>(),
                new ArrayList<>(), null, CaseFacts.NONE);
    }

    /** A stop that arrived while its policy had no clock open (for that subject). */
    record EarlyStop(SlaPolicy policy, String subject, Instant at) {
    }

    public Changes onEvent(EventEnvelope<? extends CaseEvent> envelope, ClockRules rules) {
        if (recentEventIds.contains(envelope.id())) {
            return Changes.duplicateInput();
        }
        Changes changes = new Changes();
        remember(envelope.id(), rules.rememberedEventIds());
        changes.stateChanged();
        CaseEvent event = envelope.data();
        // Whole milliseconds, like the due times derived from it (timer keys and record timestamps are milliseconds):
        // a resumed clock's remaining time is then exactly what it had left.
        Instant at = envelope.time().truncatedTo(ChronoUnit.MILLIS);
        CaseFacts before = facts;
        facts = facts.after(event, at);
        for (ClockPolicy policy : rules.policies().all()) {
            if (policy.stopsOn(event)) {
                stop(policy, policy.subjectOf(event), at, changes);
            }
        }
        if (CaseEnd.endsCase(event) && endedAt == null) {
            end(at, rules, changes);
        }
        if (!before.awaitingCustomer() && facts.awaitingCustomer()) {
            pauseWhileCustomerIsAsked(at, rules, changes);
        } else if (before.awaitingCustomer() && !facts.awaitingCustomer()) {
            resumeAfterCustomerAnswered(at, rules, changes);
        }
        for (ClockPolicy policy : rules.policies().all()) {
            if (policy.startsOn(event) && policy.appliesTo(event, facts)
                    && (endedAt == null || !policy.endsWithCase())) {
                start(policy, policy.subjectOf(event), at, rules, changes);
            }
        }
        return changes;
    }

    public Changes onTimer(TimerKey timer, Instant now, ClockRules rules) {
        Changes changes = new Changes();
        if (timer.kind() == TimerKind.EXPIRE) {
            expire(now, rules, changes);
            return changes;
        }
        Optional<Clock> found = open.stream().filter(c -> c.is(timer.policy(), timer.sequence())).findFirst();
        Optional<ClockPolicy> policy = rules.policies().byId(timer.policy());
        if (found.isEmpty() || policy.isEmpty() || found.get().paused()) {
            return changes; // stopped or paused meanwhile, or a policy this version no longer runs
        }
        Clock clock = found.get();
        ClockTiming timing = rules.deadlines().of(clock.policy());
        switch (timer.kind()) {
            case WARN -> {
                if (clock.state() == ClockState.RUNNING && timer.dueAtMillis() == clock.warnAt().toEpochMilli()) {
                    warn(clock, timing, now, changes);
                }
            }
            case BREACH -> {
                if (clock.nextLevelAt() != null && timer.dueAtMillis() == clock.nextLevelAt().toEpochMilli()) {
                    breach(clock, policy.get(), timing, now, changes);
                }
            }
            case ACTION, EXPIRE -> {
                // ACTION: a timer of the first version; its breach publishes the action. EXPIRE: handled above.
            }
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

    public CaseFacts facts() {
        return facts;
    }

    private void start(ClockPolicy policy, String subject, Instant at, ClockRules rules, Changes changes) {
        if (openClock(policy.id(), subject).isPresent()) {
            return;
        }
        int sequence = lastSequence.getOrDefault(policy.id(), 0) + 1;
        lastSequence.put(policy.id(), sequence);
        ClockTiming timing = rules.deadlines().of(policy.id());
        Clock clock = Clock.started(policy.id(), sequence, subject, at, timing.startingAt(at));
        changes.emit(new SlaClockStarted(caseId, policy.id(), sequence, at, clock.dueAt(), clock.warnAt(), MONITOR),
                idOf(clock, "started"), at);
        Optional<EarlyStop> early = takeEarlyStop(policy.id(), subject, at);
        if (early.isPresent()) {
            Instant stoppedAt = early.get().at();
            changes.emit(new SlaClockStopped(caseId, policy.id(), sequence, stoppedAt, clock.outcomeOfStopAt(stoppedAt),
                    MONITOR), idOf(clock, "stopped"), stoppedAt);
            return;
        }
        open.add(clock);
        if (policy.pausesWhileCustomerIsAsked() && facts.awaitingCustomer()) {
            // Started while the customer is being asked (or the start reached the monitor after the request): it runs
            // only until the wait began, if at all.
            pause(clock, latest(at, facts.awaitingCustomerSince()), timing, changes, false);
        } else {
            clock.pendingTimers(caseId).forEach(changes::schedule);
        }
    }

    private void stop(ClockPolicy policy, String subject, Instant at, Changes changes) {
        Optional<Clock> running = openClock(policy.id(), subject);
        if (running.isEmpty()) {
            if (endedAt == null || !policy.endsWithCase()) {
                rememberEarlyStop(policy.id(), subject, at);
            }
            return;
        }
        Clock clock = running.get();
        // Whole milliseconds on both sides: a clock stored before event times were truncated may carry finer ones.
        if (at.isBefore(clock.startedAt().truncatedTo(ChronoUnit.MILLIS))) {
            return;
        }
        close(clock, at, clock.outcomeOfStopAt(at), changes);
    }

    private void end(Instant at, ClockRules rules, Changes changes) {
        endedAt = at;
        for (Clock clock : List.copyOf(open)) {
            Optional<ClockPolicy> policy = rules.policies().byId(clock.policy());
            if (policy.isPresent() && !policy.get().endsWithCase()) {
                continue;
            }
            // A clock whose deadline had already passed was breached, whatever ended the case afterwards.
            ClockOutcome outcome = clock.outcomeOfStopAt(at) == ClockOutcome.BREACHED
                    ? ClockOutcome.BREACHED : ClockOutcome.CANCELLED;
            close(clock, at, outcome, changes);
        }
        earlyStops.removeIf(stop -> rules.policies().byId(stop.policy()).map(ClockPolicy::endsWithCase).orElse(true));
        changes.schedule(TimerKey.caseLevel(at.plus(rules.endedCaseRetention()), caseId, TimerKind.EXPIRE));
    }

    /** The retention of an ended case ran out: forget it, unless a clock that outlives the case still runs. */
    private void expire(Instant now, ClockRules rules, Changes changes) {
        if (endedAt == null) {
            return;
        }
        if (open.isEmpty()) {
            changes.forgetCase();
        } else {
            changes.schedule(TimerKey.caseLevel(now.plus(rules.endedCaseRetention()), caseId, TimerKind.EXPIRE));
        }
    }

    private void close(Clock clock, Instant at, ClockOutcome outcome, Changes changes) {
        open.remove(clock);
        changes.cancel(clock.pendingTimers(caseId));
        changes.emit(new SlaClockStopped(caseId, clock.policy(), clock.sequence(), at, outcome, MONITOR),
                idOf(clock, "stopped"), at);
    }

    private void pauseWhileCustomerIsAsked(Instant at, ClockRules rules, Changes changes) {
        for (Clock clock : List.copyOf(open)) {
            if (pauses(clock, rules) && !clock.paused()) {
                pause(clock, latest(at, clock.runningSince()), rules.deadlines().of(clock.policy()), changes, true);
            }
        }
    }

    private void resumeAfterCustomerAnswered(Instant at, ClockRules rules, Changes changes) {
        for (Clock clock : List.copyOf(open)) {
            if (pauses(clock, rules) && clock.paused()) {
                resume(clock, latest(at, clock.pausedAt()), rules.deadlines().of(clock.policy()), changes);
            }
        }
    }

    private static boolean pauses(Clock clock, ClockRules rules) {
        return rules.policies().byId(clock.policy()).map(ClockPolicy::pausesWhileCustomerIsAsked).orElse(false);
    }

    private void pause(Clock clock, Instant at, ClockTiming timing, Changes changes, boolean timersScheduled) {
        Duration consumed = clock.consumed().plus(timing.usedBetween(clock.runningSince(), at));
        if (timersScheduled) {
            changes.cancel(clock.pendingTimers(caseId));
        }
        Clock paused = clock.pausedAt(at, consumed);
        replace(clock, paused);
        Duration remaining = timing.limit().minus(consumed);
        changes.emit(new SlaClockPaused(caseId, clock.policy(), clock.sequence(), at,
                        remaining.isNegative() ? Duration.ZERO : remaining, MONITOR),
                idOf(clock, "paused:" + paused.pauses()), at);
    }

    private void resume(Clock clock, Instant at, ClockTiming timing, Changes changes) {
        Duration consumed = clock.consumed();
        // Points already passed before the pause keep their instant (their timer fires at once if it has not yet).
        Instant warnAt = clock.state() == ClockState.RUNNING && consumed.compareTo(timing.warningPoint()) < 0
                ? timing.reach(at, consumed, timing.warningPoint()) : clock.warnAt();
        Instant dueAt = clock.lastLevel() == 0 && consumed.compareTo(timing.limit()) < 0
                ? timing.reach(at, consumed, timing.limit()) : clock.dueAt();
        Instant nextLevelAt = clock.lastLevel() < timing.levels()
                ? timing.reach(at, consumed, timing.levelPoint(clock.lastLevel() + 1)) : null;
        Clock resumed = clock.resumedAt(at, warnAt, dueAt, nextLevelAt);
        replace(clock, resumed);
        resumed.pendingTimers(caseId).forEach(changes::schedule);
        changes.emit(new SlaClockResumed(caseId, clock.policy(), clock.sequence(), at, dueAt, warnAt, MONITOR),
                idOf(clock, "resumed:" + resumed.pauses()), at);
    }

    private void warn(Clock clock, ClockTiming timing, Instant now, Changes changes) {
        replace(clock, clock.warned());
        changes.stateChanged();
        // A warning that would arrive after the deadline (the monitor was behind) tells nobody anything useful.
        if (now.isBefore(clock.dueAt())) {
            changes.emit(new SlaWarning(caseId, clock.policy(), clock.sequence(), clock.dueAt(), timing.warns(),
                    MONITOR), idOf(clock, "warning"), now);
        }
    }

    private void breach(Clock clock, ClockPolicy policy, ClockTiming timing, Instant now, Changes changes) {
        int level = clock.lastLevel() + 1;
        if (level > timing.levels()) {
            return;
        }
        Instant next = level < timing.levels()
                ? timing.reach(clock.runningSince(), clock.consumed(), timing.levelPoint(level + 1)) : null;
        Clock breached = clock.breached(level, next);
        replace(clock, breached);
        if (next != null) {
            changes.schedule(TimerKey.of(next, caseId, clock.policy(), clock.sequence(), TimerKind.BREACH));
        }
        if (level == 1) {
            policy.atDeadline().ifPresent(consequence -> act(clock, consequence, now, changes));
        }
        changes.emit(new SlaBreached(caseId, clock.policy(), clock.sequence(), level, clock.dueAt(),
                timing.escalationTarget(level), MONITOR), idOf(clock, "breached:" + level), now);
    }

    private void act(Clock clock, DeadlineConsequence consequence, Instant now, Changes changes) {
        // The action belongs to breach level 1; a ladder that acted again would use its own level here.
        String actionId = SlaDeadlineAction.actionId(caseId, clock.policy(), clock.sequence(), 1);
        changes.emit(new SlaDeadlineAction(caseId, actionId, consequence.action(), clock.policy(), clock.sequence(),
                        consequence.expectedStatus(), clock.dueAt(), MONITOR),
                UUID.nameUUIDFromBytes(actionId.getBytes(StandardCharsets.UTF_8)), now);
    }

    private Optional<Clock> openClock(SlaPolicy policy, String subject) {
        return open.stream().filter(clock -> clock.policy() == policy && Objects.equals(clock.subject(), subject))
                .findFirst();
    }

    private void replace(Clock old, Clock updated) {
        open.set(open.indexOf(old), updated);
    }

    private static Instant latest(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    private void remember(String eventId, int capacity) {
        recentEventIds.addLast(eventId);
        while (recentEventIds.size() > capacity) {
            recentEventIds.removeFirst();
        }
    }

    private void rememberEarlyStop(SlaPolicy policy, String subject, Instant at) {
        earlyStops.add(new EarlyStop(policy, subject, at));
        while (earlyStops.size() > EARLY_STOPS_KEPT) {
            earlyStops.remove(0);
        }
    }

    /** The earliest remembered stop of the policy (and subject) at or after {@code start}; older ones are stale. */
    private Optional<EarlyStop> takeEarlyStop(SlaPolicy policy, String subject, Instant start) {
        earlyStops.removeIf(stop -> stop.policy() == policy && Objects.equals(stop.subject(), subject)
                && stop.at().isBefore(start));
        Optional<EarlyStop> earliest = earlyStops.stream()
                .filter(stop -> stop.policy() == policy && Objects.equals(stop.subject(), subject))
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
                  List<EarlyStop> earlyStops, Instant endedAt, CaseFacts facts) {
    }

    public String toJson() {
        Map<String, Integer> sequences = new LinkedHashMap<>();
        lastSequence.forEach((policy, sequence) -> sequences.put(policy.id(), sequence));
        return EventCodec.mapper().writeValueAsString(new Stored(caseId, open, sequences,
                List.copyOf(recentEventIds), earlyStops, endedAt, facts));
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
        return new CaseClocks(stored.caseId(), clocks, sequences, recent, early, stored.endedAt(),
                stored.facts() == null ? CaseFacts.NONE : stored.facts());
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
