package com.marketplace.aftersales.intake.cases;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.List;
import java.util.Objects;

/**
 * What a decision of {@link AfterSalesCase} did: the case before (null for a new case) and after, and the events it
 * caused, in order. The application service stores {@code after} and appends the events in one transaction.
 */
public record CaseChange(AfterSalesCase before, AfterSalesCase after, List<CaseEvent> events) {

    public CaseChange {
        Objects.requireNonNull(after, "after");
        events = List.copyOf(events);
    }

    static CaseChange none(AfterSalesCase unchanged) {
        return new CaseChange(unchanged, unchanged, List.of());
    }

    /** Whether there is anything to store: a new state or an event (evidence and messages change no state). */
    public boolean isChange() {
        return !events.isEmpty() || !after.equals(before);
    }

    /** The one event of a change that caused exactly one. */
    public <E extends CaseEvent> E only(Class<E> type) {
        if (events.size() != 1 || !type.isInstance(events.get(0))) {
            throw new IllegalStateException("Expected one " + type.getSimpleName() + " but got " + events);
        }
        return type.cast(events.get(0));
    }
}
