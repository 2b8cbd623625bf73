package com.marketplace.aftersales.slamonitor.clocks;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What one input event or one timer did to a case: events to publish, timers to add and remove, state to save. */
public final class Changes {

    private final List<Emitted> emitted = new ArrayList<>();
    private final List<TimerKey> scheduled = new ArrayList<>();
    private final List<TimerKey> cancelled = new ArrayList<>();
    private boolean duplicate;
    private boolean stateChanged;
    private boolean forgetCase;

    static Changes duplicateInput() {
        Changes changes = new Changes();
        changes.duplicate = true;
        return changes;
    }

    void emit(CaseEvent event, UUID id, Instant time) {
        emitted.add(new Emitted(event, id, time));
        stateChanged = true;
    }

    void schedule(TimerKey timer) {
        scheduled.add(timer);
        stateChanged = true;
    }

    void cancel(List<TimerKey> timers) {
        cancelled.addAll(timers);
        stateChanged = true;
    }

    void stateChanged() {
        stateChanged = true;
    }

    void forgetCase() {
        forgetCase = true;
        stateChanged = true;
    }

    public List<Emitted> emitted() {
        return emitted;
    }

    public List<TimerKey> scheduled() {
        return scheduled;
    }

    public List<TimerKey> cancelled() {
        return cancelled;
    }

    /** The input was seen before (same {@code ce_id}): nothing happened. */
    public boolean duplicate() {
        return duplicate;
    }

    public boolean stateChangedAtAll() {
        return stateChanged;
    }

    /** The case's retention ran out: delete its state. */
    public boolean caseForgotten() {
        return forgetCase;
    }
}
