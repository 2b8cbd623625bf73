package com.marketplace.aftersales.intake.progress;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.intake.IntakeMetrics;
import com.marketplace.aftersales.intake.cases.AfterSalesCase;
import com.marketplace.aftersales.intake.cases.CaseChange;
import com.marketplace.aftersales.intake.cases.CaseChanges;
import com.marketplace.aftersales.platform.consumer.CaseEventHandler;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Builds the handlers that apply later stages' events to intake's cases. */
@Component
class CaseProgress {

    private final CaseChanges cases;
    private final IntakeMetrics metrics;

    CaseProgress(CaseChanges cases, IntakeMetrics metrics) {
        this.cases = cases;
        this.metrics = metrics;
    }

    /** After an event of this type goods or money have moved: the case can no longer be withdrawn. */
    <E extends CaseEvent> CaseEventHandler<E> goodsOrMoneyMovedOn(Class<E> type) {
        return handler(type, (found, name) -> found.goodsOrMoneyMoved(name));
    }

    /** An event of this type approved the case by rule: there is nothing left to review. */
    <E extends CaseEvent> CaseEventHandler<E> approvedOn(Class<E> type) {
        return handler(type, (found, name) -> found.approvedByRule());
    }

    /** After an event of this type the case has ended: its order line is free for a new request. */
    <E extends CaseEvent> CaseEventHandler<E> endedOn(Class<E> type) {
        return handler(type, (found, name) -> found.ended());
    }

    private <E extends CaseEvent> CaseEventHandler<E> handler(
            Class<E> type, BiFunction<AfterSalesCase, String, CaseChange> decision) {
        String name = type.getSimpleName();
        return new CaseEventHandler<>() {
            @Override
            public Class<E> eventType() {
                return type;
            }

            @Override
            public Mono<Void> handle(EventEnvelope<E> event) {
                return cases.apply(event.data().caseId(), found -> decision.apply(found, name))
                        .doOnNext(change -> {
                            if (change.isChange()) {
                                metrics.downstreamApplied(name);
                            }
                        })
                        .then();
            }

            @Override
            public String toString() {
                return "intake handler of " + name;
            }
        };
    }
}
