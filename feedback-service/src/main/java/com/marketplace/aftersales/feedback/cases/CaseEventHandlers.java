package com.marketplace.aftersales.feedback.cases;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.platform.consumer.CaseEventHandler;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/** Declares a platform {@link CaseEventHandler} from a function, so a handler bean is one line of what it does. */
public final class CaseEventHandlers {

    private CaseEventHandlers() {
    }

    public static <E extends CaseEvent> CaseEventHandler<E> on(Class<E> type,
                                                               Function<EventEnvelope<E>, Mono<Void>> apply) {
        return new CaseEventHandler<>() {
            @Override
            public Class<E> eventType() {
                return type;
            }

            @Override
            public Mono<Void> handle(EventEnvelope<E> event) {
                return apply.apply(event);
            }
        };
    }
}
