package com.marketplace.aftersales.slamonitor.clocks;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.sla.SlaBreached;
import com.marketplace.aftersales.contracts.sla.SlaClockPaused;
import com.marketplace.aftersales.contracts.sla.SlaClockResumed;
import com.marketplace.aftersales.contracts.sla.SlaClockStarted;
import com.marketplace.aftersales.contracts.sla.SlaClockStopped;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.contracts.sla.SlaWarning;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The monitor's metrics, {@code aftersales.sla.*}; the ops dashboards query exactly these names.
 *
 * <p>The open-clocks gauge is summed over the stream tasks this instance runs: each task counts its clocks from its
 * store when it starts (after restoring it) and keeps the count as clocks open and close, and drops out when the task
 * moves to another instance. Across instances, sum by policy.
 */
public final class SlaMetrics {

    public static final String OPEN_CLOCKS = "aftersales.sla.clocks.open";
    public static final String CLOCKS_STARTED = "aftersales.sla.clocks.started";
    public static final String CLOCKS_STOPPED = "aftersales.sla.clocks.stopped";
    public static final String CLOCKS_PAUSED = "aftersales.sla.clocks.paused";
    public static final String CLOCKS_RESUMED = "aftersales.sla.clocks.resumed";
    public static final String WARNINGS = "aftersales.sla.warnings";
    public static final String BREACHES = "aftersales.sla.breaches";
    public static final String ACTIONS = "aftersales.sla.actions";
    public static final String DETECTION_LAG = "aftersales.sla.detection.lag";
    public static final String PUNCTUATION_DURATION = "aftersales.sla.punctuation.duration";
    public static final String INPUT_SKIPPED = "aftersales.sla.input.skipped";
    public static final String PROCESSING_FAILED = "aftersales.sla.processing.failed";

    private final MeterRegistry registry;
    private final Timer punctuation;
    private final Map<String, AtomicLongArray> openByTask = new ConcurrentHashMap<>();

    public SlaMetrics(MeterRegistry registry, Collection<SlaPolicy> policies) {
        this.registry = registry;
        for (SlaPolicy policy : policies) {
            Gauge.builder(OPEN_CLOCKS, this, metrics -> metrics.openClocks(policy))
                    .description("Open deadline clocks (approximate: summed over this instance's tasks)")
                    .tag("policy", policy.id())
                    .register(registry);
        }
        punctuation = Timer.builder(PUNCTUATION_DURATION)
                .description("Time one look for due timers took, firing included")
                .publishPercentileHistogram()
                .register(registry);
    }

    /** Counts what was published. */
    public void published(CaseEvent event) {
        if (event instanceof SlaClockStarted started) {
            registry.counter(CLOCKS_STARTED, "policy", started.policy().id()).increment();
        } else if (event instanceof SlaClockStopped stopped) {
            registry.counter(CLOCKS_STOPPED, "policy", stopped.policy().id(), "outcome", stopped.outcome().name())
                    .increment();
        } else if (event instanceof SlaClockPaused paused) {
            registry.counter(CLOCKS_PAUSED, "policy", paused.policy().id()).increment();
        } else if (event instanceof SlaClockResumed resumed) {
            registry.counter(CLOCKS_RESUMED, "policy", resumed.policy().id()).increment();
        } else if (event instanceof SlaWarning warning) {
            registry.counter(WARNINGS, "policy", warning.policy().id()).increment();
        } else if (event instanceof SlaBreached breached) {
            registry.counter(BREACHES, "policy", breached.policy().id(), "level", String.valueOf(breached.level()))
                    .increment();
        } else if (event instanceof SlaDeadlineAction action) {
            registry.counter(ACTIONS, "action", action.action().name(), "policy", action.policy().id()).increment();
        }
    }

    /**
     * How long after its due time a timer's event went out, by what it announced: {@code WARN} (warning), {@code BREACH}
     * (any level), {@code ACTION} (deadline action). Other events are not timed.
     */
    public void detectionLag(CaseEvent announced, Duration lag) {
        String kind = announced instanceof SlaWarning ? "WARN"
                : announced instanceof SlaBreached ? "BREACH"
                : announced instanceof SlaDeadlineAction ? "ACTION" : null;
        if (kind == null) {
            return;
        }
        Timer.builder(DETECTION_LAG)
                .description("Wall time between a warning point or deadline and the event announcing it")
                .tag("kind", kind)
                .publishPercentileHistogram()
                .register(registry)
                .record(lag.isNegative() ? Duration.ZERO : lag);
    }

    public void punctuation(Duration took) {
        punctuation.record(took);
    }

    /** An input record the monitor did not apply: {@code malformed}, {@code unknown-type}, {@code duplicate}, … */
    public void skipped(String reason) {
        registry.counter(INPUT_SKIPPED, "reason", reason).increment();
    }

    /**
     * A record or timer whose processing threw: {@code stage} is {@code record} (skipped and copied to the dead-letter
     * topic) or {@code timer} (dropped). Each one deserves an alert: a deadline may have gone unannounced.
     */
    public void processingFailed(String stage) {
        registry.counter(PROCESSING_FAILED, "stage", stage).increment();
    }

    /** The open-clock counts of one stream task; set from its store at task start, adjusted as clocks change. */
    public TaskOpenClocks openClocksOf(String taskId) {
        AtomicLongArray counts = new AtomicLongArray(SlaPolicy.values().length);
        openByTask.put(taskId, counts);
        return new TaskOpenClocks(taskId, counts);
    }

    private double openClocks(SlaPolicy policy) {
        long sum = 0;
        for (AtomicLongArray counts : openByTask.values()) {
            sum += counts.get(policy.ordinal());
        }
        return sum;
    }

    public final class TaskOpenClocks {
        private final String taskId;
        private final AtomicLongArray counts;

        private TaskOpenClocks(String taskId, AtomicLongArray counts) {
            this.taskId = taskId;
            this.counts = counts;
        }

        public void add(SlaPolicy policy, long delta) {
            counts.addAndGet(policy.ordinal(), delta);
        }

        /** The task moved away or closed: its clocks are counted by whoever runs it next. */
        public void close() {
            openByTask.remove(taskId, counts);
        }
    }
}
