package com.marketplace.aftersales.slamonitor.clocks;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The stream processor of one task: applies lifecycle events to the clocks of their case, and every punctuation fires
 * the timers that fell due. Both paths load the case from {@code case-clocks}, let {@link CaseClocks} decide, then
 * save the case, add and remove timers in {@code timers} and forward the resulting events, all inside the task's
 * transaction ({@code exactly_once_v2}): an event is published exactly when the state that produced it is committed.
 *
 * <p>Both paths decide first (in memory) and write afterwards, so an exception while deciding leaves no half-written
 * state: for an input record the {@code ProcessingFailureHandler} then skips it (logged, counted, copied to the
 * dead-letter topic), for a timer the punctuation drops that timer and fires the others.
 */
final class ClockProcessor implements Processor<String, EventEnvelope<CaseEvent>, String, EventEnvelope<CaseEvent>> {

    private static final Logger log = LoggerFactory.getLogger(ClockProcessor.class);

    private final ClockRules rules;
    private final SlaMetrics metrics;
    private final ClockStores stores;
    private final TimerFiring firing;
    private BacklogGuard backlog;

    private ProcessorContext<String, EventEnvelope<CaseEvent>> context;
    private KeyValueStore<String, String> cases;
    private DueTimers timers;
    private SlaMetrics.TaskOpenClocks openClocks;

    ClockProcessor(ClockRules rules, SlaMetrics metrics, ClockStores stores, TimerFiring firing) {
        this.rules = rules;
        this.metrics = metrics;
        this.stores = stores;
        this.firing = firing;
    }

    @Override
    public void init(ProcessorContext<String, EventEnvelope<CaseEvent>> context) {
        this.context = context;
        this.cases = context.getStateStore(stores.caseClocks());
        this.timers = new DueTimers(new KeyValueTimerStore(context.getStateStore(stores.timers())));
        this.openClocks = metrics.openClocksOf(context.taskId().toString());
        this.backlog = new BacklogGuard(firing.backlogLagThreshold(), firing.backlogQuietPeriod(),
                context.currentSystemTimeMs());
        countOpenClocks();
        context.schedule(firing.interval(), PunctuationType.WALL_CLOCK_TIME, this::fireDueTimers);
    }

    @Override
    public void process(Record<String, EventEnvelope<CaseEvent>> record) {
        backlog.read(record.timestamp(), context.currentSystemTimeMs());
        EventEnvelope<CaseEvent> envelope = record.value();
        if (envelope == null) {
            metrics.skipped("unknown-type"); // a type newer than this reader, or an empty record
            return;
        }
        CaseEvent event = envelope.data();
        String caseId = event.caseId().toString();
        MDC.put("caseId", caseId);
        try {
            if (!caseId.equals(record.key())) {
                // Its case's clocks live on another partition; applying it here would split the case's state.
                log.warn("Skipped {} {}: its key '{}' is not its case id", envelope.type(), envelope.id(),
                        record.key());
                metrics.skipped("key-mismatch");
                return;
            }
            if (!rules.policies().concern(event)) {
                return;
            }
            CaseClocks clocks = load(caseId);
            Map<SlaPolicy, Integer> openBefore = clocks.openByPolicy();
            Changes changes = clocks.onEvent(envelope, rules);
            if (changes.duplicate()) {
                log.debug("Skipped {} {}: applied before", envelope.type(), envelope.id());
                metrics.skipped("duplicate");
                return;
            }
            apply(caseId, clocks, openBefore, changes, SlaRecords.traceparentOf(record.headers()));
        } finally {
            MDC.remove("caseId");
        }
    }

    private void fireDueTimers(long nowMillis) {
        if (backlog.replaying(nowMillis)) {
            log.debug("Timers wait: task {} is replaying a backlog", context.taskId());
            return;
        }
        long began = System.nanoTime();
        int limit = firing.maxPerPunctuation();
        List<TimerKey> due = timers.beginScan(nowMillis, limit);
        try {
            for (TimerKey timer : due) {
                fire(timer, nowMillis);
            }
        } finally {
            timers.scanDone(nowMillis, due, limit);
        }
        metrics.punctuation(Duration.ofNanos(System.nanoTime() - began));
        if (due.size() == limit) {
            log.info("Fired {} timers, the most one punctuation may; the rest follow in the next", due.size());
        }
    }

    private void fire(TimerKey timer, long nowMillis) {
        timers.fired(timer); // deleted first: a timer fires at most once, even if deciding what it means fails
        String caseId = timer.caseId().toString();
        String json = cases.get(caseId);
        if (json == null) {
            return;
        }
        MDC.put("caseId", caseId);
        try {
            CaseClocks clocks;
            Map<SlaPolicy, Integer> openBefore;
            Changes changes;
            try {
                clocks = CaseClocks.fromJson(json);
                openBefore = clocks.openByPolicy();
                changes = clocks.onTimer(timer, Instant.ofEpochMilli(nowMillis), rules);
            } catch (RuntimeException e) {
                // Nothing is written for this timer; the other due timers still fire. A timer that failed once would
                // fail again, so it is dropped (and counted: aftersales.sla.processing.failed{stage=timer}).
                log.error("Timer {} could not be fired and is dropped", timer, e);
                metrics.processingFailed("timer");
                return;
            }
            for (Emitted emitted : changes.emitted()) {
                metrics.detectionLag(emitted.event(), Duration.ofMillis(nowMillis - timer.dueAtMillis()));
            }
            apply(caseId, clocks, openBefore, changes, null);
        } finally {
            MDC.remove("caseId");
        }
    }

    private void apply(String caseId, CaseClocks clocks, Map<SlaPolicy, Integer> openBefore, Changes changes,
                       String traceparent) {
        if (!changes.stateChangedAtAll()) {
            return;
        }
        changes.cancelled().forEach(timers::cancel);
        changes.scheduled().forEach(timers::schedule);
        Map<SlaPolicy, Integer> openAfter;
        if (changes.caseForgotten()) {
            cases.delete(caseId);
            openAfter = Map.of();
        } else {
            cases.put(caseId, clocks.toJson());
            openAfter = clocks.openByPolicy();
        }
        countChange(openBefore, openAfter);
        for (Emitted emitted : changes.emitted()) {
            context.forward(SlaRecords.of(emitted, traceparent));
            metrics.published(emitted.event());
        }
    }

    private CaseClocks load(String caseId) {
        String json = cases.get(caseId);
        return json == null ? CaseClocks.none(UUID.fromString(caseId)) : CaseClocks.fromJson(json);
    }

    /** Runs once the task's stores are restored, so the gauge starts from what the task really holds. */
    private void countOpenClocks() {
        Map<SlaPolicy, Integer> counts = new EnumMap<>(SlaPolicy.class);
        try (KeyValueIterator<String, String> all = cases.all()) {
            all.forEachRemaining(entry -> CaseClocks.fromJson(entry.value).openByPolicy()
                    .forEach((policy, count) -> counts.merge(policy, count, Integer::sum)));
        }
        counts.forEach((policy, count) -> openClocks.add(policy, count));
    }

    private void countChange(Map<SlaPolicy, Integer> before, Map<SlaPolicy, Integer> after) {
        for (SlaPolicy policy : SlaPolicy.values()) {
            int delta = after.getOrDefault(policy, 0) - before.getOrDefault(policy, 0);
            if (delta != 0) {
                openClocks.add(policy, delta);
            }
        }
    }

    @Override
    public void close() {
        if (openClocks != null) {
            openClocks.close();
        }
    }
}
