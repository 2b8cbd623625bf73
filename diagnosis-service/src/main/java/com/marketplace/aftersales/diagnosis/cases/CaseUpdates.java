package com.marketplace.aftersales.diagnosis.cases;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.diagnosis.DiagnosisMetrics;
import com.marketplace.aftersales.platform.outbox.Outbox;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Saves a decided case and appends the events it caused, in the caller's transaction: both commit or neither does.
 * A concurrent change of the same case fails the save with {@link ConcurrentCaseUpdate} before anything is appended.
 */
@Component
public class CaseUpdates {

    private final CaseRepository cases;
    private final Outbox outbox;
    private final DiagnosisMetrics metrics;

    CaseUpdates(CaseRepository cases, Outbox outbox, DiagnosisMetrics metrics) {
        this.cases = cases;
        this.outbox = outbox;
        this.metrics = metrics;
    }

    public Mono<Void> save(DiagnosisCase diagnosisCase, List<CaseEvent> events) {
        return cases.update(diagnosisCase)
                .then(outbox.append(events))
                .then(metrics.countWhenCommitted(events));
    }
}
