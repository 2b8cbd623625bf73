package com.marketplace.aftersales.diagnosis.cases;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.List;

/**
 * What a decision of the case did: the events it caused, or why it changed nothing. Used where doing nothing is a
 * legitimate answer (a deadline action for a case that moved on), as opposed to a refused command.
 */
public record Transition(List<CaseEvent> events, String skippedBecause) {

    public Transition {
        events = List.copyOf(events);
    }

    public static Transition applied(List<CaseEvent> events) {
        return new Transition(events, null);
    }

    public static Transition skipped(String reason) {
        return new Transition(List.of(), reason);
    }

    public boolean isApplied() {
        return skippedBecause == null;
    }
}
