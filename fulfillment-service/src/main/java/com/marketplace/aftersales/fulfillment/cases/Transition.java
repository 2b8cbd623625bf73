package com.marketplace.aftersales.fulfillment.cases;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * What a decision did to a case: the case as it is afterwards and the events that say so, in order. Steps chain, so
 * one command can pass several states (inspection passed, then refund requested) and commit them together.
 */
public record Transition(FulfillmentCase next, List<CaseEvent> events) {

    public Transition {
        Objects.requireNonNull(next, "next");
        events = List.copyOf(events);
    }

    /** No change yet: the starting point of a chain. */
    public static Transition none(FulfillmentCase current) {
        return new Transition(current, List.of());
    }

    public Transition then(Function<FulfillmentCase, Transition> step) {
        return append(step.apply(next));
    }

    public Mono<Transition> thenAsync(Function<FulfillmentCase, Mono<Transition>> step) {
        return step.apply(next).map(this::append);
    }

    private Transition append(Transition later) {
        List<CaseEvent> all = new ArrayList<>(events);
        all.addAll(later.events);
        return new Transition(later.next, all);
    }
}
